/**
 * The tagger against the hand-annotated TIMEX3 gold sets in test/timex/<lang>/: each set must stay in
 * sync with its annotated source, and the tagger must reach a DATE+TIME value F1 of 0.85 on it, scored
 * as ../shared/tools/score-timex.py scores (a prediction is right when it overlaps a gold expression
 * with the same value; predictions over expressions of other types are left out).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldJsonl, parseAnnotated, type GoldTimex } from '../scripts/build-timex-gold.ts';
import { tagDates } from '../src/lib/dates/tag-dates.ts';

interface Span {
  start: number;
  end: number;
  value: string;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** DATE+TIME value precision, recall and F1 of predictions against gold, summed over documents. */
function valueF1(runs: { gold: GoldTimex[]; predicted: Span[] }[]): { p: number; r: number; f1: number } {
  let predicted = 0;
  let gold = 0;
  let rightPredictions = 0;
  let foundGold = 0;
  for (const run of runs) {
    const dated = run.gold.filter((g) => g.type === 'DATE' || g.type === 'TIME');
    const others = run.gold.filter((g) => g.type !== 'DATE' && g.type !== 'TIME');
    const scored = run.predicted.filter((p) => !others.some((o) => overlaps(p, o)));
    predicted += scored.length;
    gold += dated.length;
    rightPredictions += scored.filter((p) => dated.some((g) => overlaps(p, g) && p.value === g.value)).length;
    foundGold += dated.filter((g) => scored.some((p) => overlaps(p, g) && p.value === g.value)).length;
  }
  const p = predicted ? rightPredictions / predicted : 0;
  const r = gold ? foundGold / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

describe.each([
  ['ru', 60],
  ['ar', 60],
  ['fr', 30],
  ['de', 30],
  ['es', 30],
  ['ru-heldout', 25],
  ['ar-heldout', 25],
])('TIMEX3 gold set test/timex/%s', (lang, minimum) => {
  const dir = new URL(`./timex/${lang}/`, import.meta.url);
  const docs = parseAnnotated(readFileSync(new URL('annotated.txt', dir), 'utf8'));

  it(`holds at least ${minimum} expressions`, () => {
    expect(docs.reduce((n, d) => n + d.timexes.length, 0)).toBeGreaterThanOrEqual(minimum);
  });

  it('matches its annotated source (run `npm run timex:gold -- test/timex/<lang>` after editing it)', () => {
    expect(readFileSync(new URL('gold.jsonl', dir), 'utf8')).toBe(goldJsonl(docs));
    for (const d of docs) expect(readFileSync(new URL(`docs/${d.doc}.txt`, dir), 'utf8'), d.doc).toBe(d.text);
  });

  it('is tagged with a DATE+TIME value F1 of at least 0.85', () => {
    const runs = docs.map((d) => ({
      gold: d.timexes,
      predicted: tagDates(d.text, d.dct, lang.replace(/-heldout$/, '')),
    }));
    const score = valueF1(runs);
    expect(score.f1, `P ${score.p.toFixed(3)} R ${score.r.toFixed(3)}`).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the gold-set scorer', () => {
  const gold: GoldTimex[] = [
    { start: 0, end: 5, text: 'Вчера', type: 'DATE', value: '2024-12-10' },
    { start: 10, end: 18, text: 'два года', type: 'DURATION', value: 'P2Y' },
  ];
  it.each([
    ['a right value on an overlapping span', [{ start: 0, end: 3, value: '2024-12-10' }], 1],
    ['a wrong value', [{ start: 0, end: 5, value: '2024-12-11' }], 0],
    [
      'a prediction on a duration does not count against DATE+TIME',
      [
        { start: 0, end: 5, value: '2024-12-10' },
        { start: 10, end: 18, value: 'P2Y' },
      ],
      1,
    ],
  ])('%s', (_name, predicted, f1) => {
    expect(valueF1([{ gold, predicted }]).f1).toBe(f1);
  });
});
