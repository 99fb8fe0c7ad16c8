import { describe, expect, it } from 'vitest';
import { anchorRelativePhrases } from './anchor-relative.ts';
import { analyse } from '../text/nlp.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { findDatedSentences, findLeadSentences, type DateTagger } from './dated-sentences.ts';
import { dated } from './fixtures.test-helper.ts';

/** Paragraphs as extract reads them: each a list of analysed sentences. */
const paragraphs = (...texts: string[]) => texts.map((t) => analyse(t));
const en = stopwordsFor('en');

// A stand-in tagger: each "<word>=<value>" token is a DATE, "<n>y" a duration. Keeps these tests
// about extract's own logic, independent of the real tagger's coverage.
const tag: DateTagger = (text) =>
  [...text.matchAll(/(\S+)=(\S+?)(?=[\s.,]|$)|(\d+)y\b/g)].map((m) =>
    m[3]
      ? { start: m.index, end: m.index + m[0].length, text: m[0], value: `P${m[3]}Y`, type: 'DURATION' }
      : { start: m.index, end: m.index + m[0].length, text: m[0], value: m[2]!, type: 'DATE' },
  );

describe('findDatedSentences', () => {
  it('keeps calendar dates, once per sentence and date, and skips durations and references', () => {
    const found = findDatedSentences(
      'a',
      paragraphs('It began in=2015 and again=2015. Now=PRESENT_REF nothing.'),
      '2026-01-28',
      tag,
    );
    expect(found.map((f) => [f.date, f.sentence])).toEqual([['2015', 'It began in=2015 and again=2015.']]);
  });

  it('places a quarter or season at its start, marked approximate', () => {
    const found = findDatedSentences(
      'a',
      paragraphs('Sales fell in q=2024-Q4 and rose in s=2025-SU again.'),
      '2026-01-28',
      tag,
    );
    expect(found.map((f) => [f.date, f.approximate])).toEqual([
      ['2024-10', true],
      ['2025-06', true],
    ]);
  });

  it('dates "X would mark one year since Y" as X minus a year', () => {
    const [found] = findDatedSentences(
      'a',
      paragraphs('Thursday=2026-01-29 would mark 1y since the first visit.'),
      '2026-01-28',
      tag,
    );
    expect(found?.date).toBe('2025-01-29');
  });
});

describe('findLeadSentences', () => {
  it('takes the first three sentences that name no date as news of the day the source was published', () => {
    const lead = findLeadSentences(
      'a',
      paragraphs(
        'Ships prepare to resume work in the Gulf. The storm weakened on=2010-07-24 overnight.',
        'Engineers will reopen the well. Crews returned to the site. A fourth sentence follows.',
      ),
      '2010-07-25',
      tag,
    );
    expect(lead.map((l) => [l.sentence, l.date, l.implicit, l.paragraph])).toEqual([
      ['Ships prepare to resume work in the Gulf.', '2010-07-25', true, 1],
      ['Engineers will reopen the well.', '2010-07-25', true, 2],
      ['Crews returned to the site.', '2010-07-25', true, 2],
    ]);
  });
});

describe('anchorRelativePhrases', () => {
  it('dates "weeks after X" by the date another source gives X', () => {
    const bySource = new Map([['b', paragraphs('Weeks after the coup, envoys arrived in the capital.')]]);
    const found = anchorRelativePhrases(
      bySource,
      [dated('a', 'The coup took place on 3 March 2024.', '2024-03-03')],
      en,
    );
    expect(found).toMatchObject([{ sourceId: 'b', date: '2024-03', approximate: true }]);
  });

  it('proposes nothing when no sentence dates the anchor', () => {
    expect(
      anchorRelativePhrases(new Map([['b', paragraphs('Weeks after the coup, envoys arrived.')]]), [], en),
    ).toEqual([]);
  });
});
