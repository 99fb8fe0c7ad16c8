import { describe, expect, it } from 'vitest';
import { acceptEvent } from '../extract/review-actions.ts';
import { sha256 } from '../generated-stamp.ts';
import { sourceFacts, talks, talksFile } from './fixtures.test-helper.ts';
import { orderQueue, reviewItem, type ReviewItem } from './review-item.ts';

describe('reviewItem', () => {
  it('reads an automatic event with its evidence, citations and first report', () => {
    expect(reviewItem(talks.id, talksFile, 'content/events', sourceFacts)).toEqual({
      id: '2026-01-28-putin-and-al-sharaa-hold-talks',
      file: 'content/events/2026-01-28-putin-and-al-sharaa-hold-talks.mdx',
      hash: sha256(talksFile),
      title: 'Putin and al-Sharaa hold talks in the Kremlin',
      date: '2026-01-28',
      precision: 'day',
      approximate: false,
      background: false,
      summary: 'The presidents met in Moscow on Wednesday. They discussed the Russian bases.',
      actors: ['Vladimir Putin', 'Ahmed al-Sharaa'],
      places: ['Moscow'],
      tags: [],
      citations: [
        {
          source: 'aa-2026-01-28',
          name: 'AA',
          published: '2026-01-28',
          quote: 'The presidents met in Moscow on Wednesday.',
        },
        {
          source: 'rt-2026-01-28',
          name: 'RT',
          published: '2026-01-28T21:10',
          quote: 'They discussed the Russian bases.',
        },
      ],
      evidence: { score: 7, sources: 2, mentions: 3, coverage: 5, recalled: 0 },
      // AA gives the day only, so RT's 21:10 on that day cannot be told apart from it.
      firstReport: { names: ['AA', 'RT'], date: '2026-01-28', tie: true },
    });
  });

  it('names a source it knows nothing of by its id, undated', () => {
    const item = reviewItem(talks.id, talksFile, 'content/events', () => undefined)!;
    expect(item.citations[0]).toMatchObject({ name: 'aa-2026-01-28', published: '' });
    expect(item.firstReport).toEqual({ names: [], date: undefined, tie: false });
  });

  it.each([
    ['an accepted event', acceptEvent(talksFile)],
    ['an event edited by hand', talksFile.replace('in the Kremlin', 'at the Kremlin')],
    ['a hand-written event', '---\ntitle: Talks\ndate: "2026-01-28"\nsources: []\n---\n\nText.\n'],
  ])('leaves out %s', (_, text) => {
    expect(reviewItem(talks.id, text, 'content/events', sourceFacts)).toBeUndefined();
  });
});

describe('orderQueue', () => {
  const item = (id: string, score: number, date: string) => ({ id, date, evidence: { score } }) as ReviewItem;
  it('puts the strongest evidence first, then the earliest date, as npm run review does', () => {
    const queue = [
      item('c', 2, '2026-01-26'),
      item('a', 10, '2026-01-28'),
      item('b', 2, '2025-10-15'),
      item('d', 2, '2025-10-15'),
    ];
    expect(orderQueue(queue).map((q) => q.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});
