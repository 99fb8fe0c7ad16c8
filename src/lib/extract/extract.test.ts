import { describe, expect, it } from 'vitest';
import { anchorRelativePhrases } from './anchor-relative.ts';
import { clusterSentences, contentWords, similarity } from './cluster-sentences.ts';
import { findDatedSentences, splitSentences, type DatedSentence, type DateTagger } from './dated-sentences.ts';
import { draftEvent } from './draft-event.ts';

// A stand-in tagger: each "<word>=<value>" token is a DATE, "<n>y" a duration. Keeps these tests
// about extract's own logic, independent of the real tagger's coverage.
const tag: DateTagger = (text) =>
  [...text.matchAll(/(\S+)=(\S+?)(?=[\s.,]|$)|(\d+)y\b/g)].map((m) =>
    m[3] ? { start: m.index, end: m.index + m[0].length, text: m[0], value: `P${m[3]}Y`, type: 'DURATION' } : { start: m.index, end: m.index + m[0].length, text: m[0], value: m[2]!, type: 'DATE' },
  );

const dated = (sourceId: string, sentence: string, date: string, approximate = false): DatedSentence => ({ sourceId, paragraph: 1, sentence, date, approximate, expression: date });

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['He said “yes.” Then left.', ['He said “yes.”', 'Then left.']],
    ['Trade grew 4.5 percent. Next.', ['Trade grew 4.5 percent.', 'Next.']],
  ])('%j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('findDatedSentences', () => {
  it('keeps calendar dates, once per sentence and date, and skips durations and references', () => {
    const found = findDatedSentences('a', ['It began in=2015 and again=2015. Now=PRESENT_REF nothing.'], '2026-01-28', tag);
    expect(found.map((f) => [f.date, f.sentence])).toEqual([['2015', 'It began in=2015 and again=2015.']]);
  });

  it('places a quarter or season at its start, marked approximate', () => {
    const found = findDatedSentences('a', ['Sales fell in q=2024-Q4 and rose in s=2025-SU again.'], '2026-01-28', tag);
    expect(found.map((f) => [f.date, f.approximate])).toEqual([
      ['2024-10', true],
      ['2025-06', true],
    ]);
  });

  it('dates "X would mark one year since Y" as X minus a year', () => {
    const [found] = findDatedSentences('a', ['Thursday=2026-01-29 would mark 1y since the first visit.'], '2026-01-28', tag);
    expect(found?.date).toBe('2025-01-29');
  });
});

describe('clusterSentences', () => {
  it('groups same-date sentences with similar wording across sources, and splits different ones', () => {
    const clusters = clusterSentences([
      dated('a', 'Troops withdrew from the northern airbase overnight', '2026-01'),
      dated('b', 'The northern airbase was emptied as troops withdrew', '2026-01'),
      dated('c', 'Bread prices doubled in the capital markets', '2026-01'),
    ]);
    expect(clusters.map((c) => c.map((s) => s.sourceId))).toEqual([['a', 'b'], ['c']]);
  });

  it('groups any mentions of the same specific past day, but not of a busy publication day', () => {
    const s = [dated('a', 'Leaders met in the capital', '2025-10-15'), dated('b', 'A long visit took place', '2025-10-15'), dated('a', 'Talks today', '2026-01-28'), dated('b', 'Snow fell', '2026-01-28')];
    expect(clusterSentences(s, new Set(['2026-01-28'])).map((c) => c.length)).toEqual([2, 1, 1]);
  });

  it('measures similarity on content words', () => {
    expect(similarity(contentWords('the troops withdrew'), contentWords('troops withdrew quickly'))).toBeCloseTo(2 / 3);
    expect(similarity(new Set(), new Set())).toBe(0);
  });
});

describe('anchorRelativePhrases', () => {
  it('dates "weeks after X" by the date another source gives X', () => {
    const paragraphs = new Map([['b', ['Weeks after the coup, envoys arrived in the capital.']]]);
    const found = anchorRelativePhrases(paragraphs, [dated('a', 'The coup took place on 3 March 2024.', '2024-03-03')]);
    expect(found).toMatchObject([{ sourceId: 'b', date: '2024-03', approximate: true }]);
  });

  it('proposes nothing when no sentence dates the anchor', () => {
    expect(anchorRelativePhrases(new Map([['b', ['Weeks after the coup, envoys arrived.']]]), [])).toEqual([]);
  });
});

describe('draftEvent', () => {
  it('names drafts in the script of their text', () => {
    expect(draftEvent([dated('a', 'التقى الرئيسان في موسكو.', '2026-01-28')]).slug).toBe('2026-01-28-التقى-الرئيسان-في-موسكو');
  });

  it('drafts one citation per source, quoting the sentence, with MDX-safe summary', () => {
    const draft = draftEvent([dated('a', 'Envoys met {secretly} in <b>Geneva</b>.', '2025-05'), dated('b', 'Envoys met in Geneva.', '2025-05'), dated('a', 'Another line.', '2025-05')]);
    expect(draft.slug).toBe('2025-05-envoys-met-secretly-in-b-geneva-b');
    expect(draft.sources).toBe(2);
    expect(draft.mdx).toContain('date: "2025-05"');
    expect(draft.mdx).toContain('quote: "Envoys met {secretly} in <b>Geneva</b>."');
    expect(draft.mdx).toMatch(/\n\nEnvoys met \\\{secretly} in \\<b>Geneva\\<\/b>\. Envoys met in Geneva\.\n$/);
  });
});
