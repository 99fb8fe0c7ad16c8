/** An automatic event file as extract writes it, for the review's tests. */
import { renderAutomaticEvent, type AutomaticEvent } from '../extract/automatic-event-file.ts';
import type { EventChanges } from './edit-changes.ts';
import type { SourceFacts } from './review-item.ts';

/** The talks of 28 January 2026, reported by two sources, as extract would write them. */
export const talks: AutomaticEvent = {
  id: '2026-01-28-putin-and-al-sharaa-hold-talks',
  title: 'Putin and al-Sharaa hold talks in the Kremlin',
  date: '2026-01-28',
  approximate: false,
  background: false,
  actors: ['Vladimir Putin', 'Ahmed al-Sharaa'],
  places: ['Moscow'],
  tags: [],
  summary: ['The presidents met in Moscow on Wednesday.', 'They discussed the Russian bases.'],
  citations: [
    { source: 'aa-2026-01-28', quote: 'The presidents met in Moscow on Wednesday.' },
    { source: 'rt-2026-01-28', quote: 'They discussed the Russian bases.' },
  ],
  evidence: { sources: 2, mentions: 3, coverage: 5, recalled: 0, score: 7 },
  aliases: [],
};

/** The file extract writes for {@link talks}. */
export const talksFile = renderAutomaticEvent(talks);

/** The two sources {@link talks} cites: AA dated to the day, RT to the minute on the same day. */
export const sourceFacts = (id: string): SourceFacts | undefined =>
  (
    ({
      'aa-2026-01-28': { name: 'AA', published: '2026-01-28' },
      'rt-2026-01-28': { name: 'RT', published: '2026-01-28T21:10' },
    }) as Record<string, SourceFacts>
  )[id];

/** {@link talks} as the edit form shows it before any change: every field as the file has it. */
export const talksUnchanged: EventChanges = {
  title: 'Putin and al-Sharaa hold talks in the Kremlin',
  date: '2026-01-28',
  precision: 'day',
  approximate: false,
  summary: 'The presidents met in Moscow on Wednesday. They discussed the Russian bases.',
  actors: ['Vladimir Putin', 'Ahmed al-Sharaa'],
  places: ['Moscow'],
  tags: [],
  citations: [0, 1],
};
