import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';
import { stopwordsFor } from './stopwords.ts';
import { centroid, contentTerms, cosine, inverseDocumentFrequencies, termVector } from './term-vectors.ts';

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['He said “yes.” Then left.', ['He said “yes.”', 'Then left.']],
    ['Trade grew 4.5 percent. Next.', ['Trade grew 4.5 percent.', 'Next.']],
    // Real wire copy: a dotted acronym, a title and a clock time run on; the sentences still end.
    [
      "U.S. officials said on Tuesday they were looking for more cases. The CDC's Dr. Lyn Finelli told reporters in a briefing.",
      [
        'U.S. officials said on Tuesday they were looking for more cases.',
        "The CDC's Dr. Lyn Finelli told reporters in a briefing.",
      ],
    ],
    [
      'Protesters gathered at 10 a.m. ET Tuesday in the square. Police watched.',
      ['Protesters gathered at 10 a.m. ET Tuesday in the square.', 'Police watched.'],
    ],
    [
      'The rig sank on 22 April. Mr. Hayward testified on Jan. 17 in Washington.',
      ['The rig sank on 22 April.', 'Mr. Hayward testified on Jan. 17 in Washington.'],
    ],
  ])('%j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('term vectors', () => {
  const en = stopwordsFor('en-GB');
  const docs = ['The rig exploded in the Gulf', 'The rig sank in the Gulf', 'Oil reached the coast'].map((d) =>
    contentTerms(d, en),
  );

  it('keeps content words only: no stop words, one- or two-digit numbers, or single letters', () => {
    expect(contentTerms('The 11 workers were killed on 20 April 2010, BP said.', en)).toEqual([
      'workers',
      'killed',
      '2010',
      'bp',
    ]);
    expect(stopwordsFor('xx').size).toBe(0);
  });

  it('weighs rare terms above common ones, and measures cosine similarity of unit vectors', () => {
    const idf = inverseDocumentFrequencies(docs);
    expect(idf.get('oil')!).toBeGreaterThan(idf.get('rig')!);
    const [a, b, c] = docs.map((d) => termVector(d, idf)) as [
      ReturnType<typeof termVector>,
      ReturnType<typeof termVector>,
      ReturnType<typeof termVector>,
    ];
    expect(cosine(a, a)).toBeCloseTo(1);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c));
    expect(cosine(a, c)).toBe(0);
    const centre = centroid([a, b]);
    expect(cosine(centre, a)).toBeGreaterThan(cosine(b, a));
    expect(cosine(termVector([], idf), a)).toBe(0);
  });
});
