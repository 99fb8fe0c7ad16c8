import { foldForMatching } from '../timeline/quote-match.ts';
import type { Candidate } from './candidates.ts';
import type { ExistingEvent } from './automatic-event-file.ts';

/**
 * What editors have settled, as a test on candidates: a candidate is left out when a reviewed
 * event covers it (same date, or it quotes one of the candidate's sentences) or when an editor
 * rejected an event for it (same test against `_rejected/`), so no happening appears twice and a
 * rejected one never comes back.
 */
export function editorialExclusions(existing: readonly ExistingEvent[]): (candidate: Candidate) => string | undefined {
  const settled = existing.filter((e) => e.status !== 'automatic');
  const byDate = Map.groupBy(settled, (e) => e.date);
  // Quotes indexed by source, so a candidate is checked against its own sources' quotes only.
  const quotes = Map.groupBy(
    settled.flatMap((e) =>
      e.citations.map((c) => ({ event: e, source: c.source, folded: foldForMatching(c.quote).folded })),
    ),
    (q) => q.source,
  );
  const reason = (e: ExistingEvent) =>
    e.status === 'rejected' ? `rejected by an editor (${e.id})` : `covered by reviewed event ${e.id}`;
  return (candidate) => {
    const sameDate = byDate.get(candidate.date)?.[0];
    if (sameDate) return reason(sameDate);
    for (const m of candidate.mentions) {
      const own = quotes.get(m.sourceId);
      if (!own) continue;
      const sentence = foldForMatching(m.sentence).folded;
      const hit = own.find((q) => q.folded.length > 0 && sentence.includes(q.folded));
      if (hit) return reason(hit.event);
    }
    return undefined;
  };
}
