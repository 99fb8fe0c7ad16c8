/** Candidates, their evidence, selection and summaries: the automatic timeline's first two stages. */
import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '../text/stopwords.ts';
import { centroid, contentTerms, inverseDocumentFrequencies, termVector } from '../text/term-vectors.ts';
import { collectCandidates, rankCandidates } from './candidates.ts';
import { mention } from './fixtures.test-helper.ts';
import { dayAfterPeriod, periodStart } from '../timeline/event-date.ts';
import { defaultEventCount, selectCandidates, withinSpan } from './select-candidates.ts';
import { placeInPeriod, storyPeriod } from './story-period.ts';
import { summarizeCandidate } from './summarize-candidate.ts';

describe('candidates and their evidence', () => {
  const mentions = [
    mention('bbc-1', 'The Deepwater Horizon rig exploded on 20 April, killing 11 workers.', '2010-04-20'),
    mention(
      'bbc-2',
      'Eleven workers were killed in the explosion on the Deepwater Horizon rig on 20 April.',
      '2010-04-20',
    ),
    mention('bbc-2', 'Oil has been leaking since the rig exploded on 20 April.', '2010-04-20'),
    mention('bbc-3', 'BP shares fell sharply on Tuesday.', '2010-06-01', '2010-06-01'),
    mention('bbc-3', 'Drilling in the Gulf began in 1947.', '1947'),
  ];
  const perDay = new Map([['2010-06-01', 3]]);

  it('makes one candidate per date, counting sources, sentences, the coverage of that day and the later days that recall it', () => {
    const byDate = new Map(collectCandidates(mentions, perDay).map((c) => [c.date, c.evidence]));
    expect(Object.fromEntries(byDate)).toEqual({
      // Named by two sources, both published on 1 May: one later day recalls it.
      '2010-04-20': { sources: 2, mentions: 3, coverage: 0, recalled: 1, score: 3 },
      '2010-06-01': { sources: 1, mentions: 1, coverage: 3, recalled: 0, score: 4 },
      // A year says less than a day: its evidence counts half.
      '1947': { sources: 1, mentions: 1, coverage: 0, recalled: 1, score: 1 },
    });
  });

  it('counts an article’s undated lead as words of its day, not as evidence that the day matters', () => {
    const lead = {
      ...mention('bbc-4', 'Ships prepare to resume work in the Gulf.', '2010-07-25', '2010-07-25'),
      implicit: true,
    };
    const [candidate] = collectCandidates([lead], new Map([['2010-07-25', 1]]));
    expect(candidate).toMatchObject({
      date: '2010-07-25',
      mentions: [lead],
      evidence: { sources: 0, mentions: 0, coverage: 1, recalled: 0, score: 1 },
    });
  });

  it('ranks a happening recalled on many later days above one as often named on its own day', () => {
    const ranked = rankCandidates(
      collectCandidates(
        [
          ...['05-02', '05-09', '05-16'].map((d, i) =>
            mention(`r${i}`, 'The well blew out on 20 April.', '2010-04-20', `2010-${d}`),
          ),
          ...[1, 2, 3].map((i) => mention(`s${i}`, 'Markets fell on Monday.', '2010-05-03', '2010-05-04')),
        ],
        new Map(),
      ),
    );
    expect(ranked.map((c) => [c.date, c.evidence.score])).toEqual([
      ['2010-04-20', 6],
      ['2010-05-03', 4],
    ]);
  });

  it('ranks by score, then sentences, then date, and marks a date approximate only when every mention is', () => {
    const ranked = rankCandidates(
      collectCandidates(
        [
          ...mentions,
          mention('x', 'Late 2009 saw talks.', '2009', '2010-05-01', true),
          mention('y', 'Talks began in late 2009.', '2009', '2010-05-01', true),
        ],
        perDay,
      ),
    );
    expect(ranked.map((c) => c.date)).toEqual(['2010-06-01', '2010-04-20', '2009', '1947']);
    expect(ranked.find((c) => c.date === '2009')?.approximate).toBe(true);
    expect(ranked.find((c) => c.date === '2010-04-20')?.approximate).toBe(false);
  });
});

describe('selection', () => {
  it.each([
    [5, Infinity, 7],
    [82, Infinity, 27],
    [375, 157, 58],
    // 271 articles published on 20 days: about one event a day of coverage.
    [271, 20, 20],
    [82, 14, 14],
    [5, 1, 5],
    [1, 1, 5],
    [5000, 900, 80],
  ])('a story of %i sources published on %s days gets %i events by default', (sources, days, events) => {
    expect(defaultEventCount(sources, days)).toBe(events);
  });

  it.each([
    ['2024', '2024-01-01', '2024-12-31', '2025-01-01'],
    ['2024-02', '2024-02-01', '2024-02-29', '2024-03-01'],
    ['2025-10-15', '2025-10-15', '2025-10-15', '2025-10-16'],
    ['2026-01-28T21:10', '2026-01-28', '2026-01-28', '2026-01-29'],
  ])('the period of %s runs from %s to %s', (date, first, last, after) => {
    expect([periodStart(date).slice(0, 10), dayAfterPeriod(date)]).toEqual([first, after]);
    expect(withinSpan(date, first, last)).toBe(true);
  });

  it('keeps a date only when its whole period is inside --from/--to', () => {
    expect(withinSpan('2010-04-20', '2010-04-20', '2010-09-19')).toBe(true);
    expect(withinSpan('2010-04', '2010-04-20', '2010-09-19')).toBe(false);
    expect(withinSpan('2010-05', '2010-04-20', '2010-09-19')).toBe(true);
    expect(withinSpan('1944', undefined, '2000')).toBe(true);
    expect(withinSpan('1944', '1945', undefined)).toBe(false);
  });

  it('reports every candidate it leaves out, with the reason', () => {
    const ranked = rankCandidates(
      collectCandidates(
        [
          mention('a', 'One thing happened today in the capital.', '2010-05-01'),
          mention('b', 'Another thing happened in 1990 in the capital.', '1990'),
        ],
        new Map(),
      ),
    );
    const { selected, skipped } = selectCandidates(ranked, {
      from: '2000',
      excluded: (c) => (c.date === '2010-05-01' ? 'covered by reviewed event x' : undefined),
    });
    expect(selected).toEqual([]);
    expect(skipped.map((s) => [s.candidate.date, s.reason])).toEqual([
      ['1990', 'outside --from/--to'],
      ['2010-05-01', 'covered by reviewed event x'],
    ]);
  });
});

describe('summarizeCandidate', () => {
  // Real sentences of the BP oil spill story (BBC), all naming 20 April 2010.
  const sentences = [
    ['bbc-1', 'The Deepwater Horizon rig exploded on 20 April, killing 11 workers.'],
    ['bbc-2', 'Eleven workers were killed in the explosion on the Deepwater Horizon rig on 20 April.'],
    ['bbc-3', 'The Deepwater Horizon rig exploded on 20 April, killing 11 workers.'],
    [
      'bbc-4',
      'Oil began leaking into the Gulf on 20 April when the Deepwater Horizon rig exploded, killing 11 workers.',
    ],
    ['bbc-5', 'Shares in the company have lost a third of their value since 20 April.'],
    ['bbc-6', 'Tuesday (8 a.m. ET Monday to 1 a.m. ET Tuesday).'],
  ] as const;
  const mentions = sentences.map(([id, s]) => mention(id, s, '2010-04-20'));
  const [candidate] = collectCandidates(mentions, new Map());
  const en = stopwordsFor('en');
  const idf = inverseDocumentFrequencies(sentences.map(([, s]) => contentTerms(s, en)));
  // Every sentence counts as on the story's subject here: the test is about centrality.
  const corpus = {
    idf,
    lang: 'en',
    languages: new Map([
      [
        'en',
        { stopwords: en, centre: centroid(sentences.map(([, s]) => termVector(contentTerms(s, en), idf))), onTopic: 0 },
      ],
    ]),
  };

  it('summarises in K sentences of the sources, the most central first, with no near-duplicates', () => {
    const words = summarizeCandidate(candidate!, corpus, { sentences: 2 })!;
    expect(words.summary).toHaveLength(2);
    expect(words.summary[0]!.text).toMatch(/Deepwater Horizon rig exploded/);
    expect(new Set(words.summary.map((s) => s.text)).size).toBe(2);
    for (const s of words.summary) expect(sentences.some(([, t]) => t === s.text)).toBe(true);
  });

  it('cites every source that reports the happening once, and leaves out what is about something else', () => {
    const words = summarizeCandidate(candidate!, corpus, { sentences: 1 })!;
    const cited = words.citations.map((c) => c.sourceId);
    expect(new Set(cited).size).toBe(cited.length);
    expect(cited).toEqual(expect.arrayContaining(['bbc-1', 'bbc-2', 'bbc-4']));
    expect(cited).not.toContain('bbc-6');
  });

  it('gives nothing when no mention reads as a sentence', () => {
    const [fragments] = collectCandidates([mention('a', 'Tuesday (8 a.m. ET).', '2010-04-20')], new Map());
    expect(summarizeCandidate(fragments!, corpus, { sentences: 2 })).toBeUndefined();
  });
});

describe('storyPeriod', () => {
  it('is where the coverage is dense, opened on the run-up its reports look back on', () => {
    // 20 articles over three weeks, and one stray article a year before.
    const published = [
      '2010-05-01',
      ...Array.from({ length: 20 }, (_, i) => `2011-01-${String(10 + i).padStart(2, '0')}`),
    ];
    const period = storyPeriod(published)!;
    expect(period).toEqual({
      from: '2010-12-27',
      coverageFrom: '2011-01-10',
      to: '2011-01-29',
      lastReport: '2011-01-29',
    });
    expect(
      ['2011-01-05', '2011-01', '2010-12-20', '2010', '1981', '2011-02-03'].map((d) => [d, placeInPeriod(d, period)]),
    ).toEqual([
      ['2011-01-05', 'inside'],
      ['2011-01', 'inside'],
      ['2010-12-20', 'background'],
      ['2010', 'background'],
      ['1981', 'background'],
      ['2011-02-03', 'after'],
    ]);
    expect(storyPeriod(['', 'undated'])).toBeUndefined();
  });

  it('opens a story covered on one day on the two weeks before it', () => {
    expect(storyPeriod(['2026-01-28T21:10', '2026-01-28'])).toEqual({
      from: '2026-01-14',
      coverageFrom: '2026-01-28',
      to: '2026-01-28',
      lastReport: '2026-01-28',
    });
  });
});
