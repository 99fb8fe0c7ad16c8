/** The citation fields that can disagree. */
type Citation = { source: { id: string }; date?: string | undefined; says?: string | undefined };

/**
 * True when an event's sources disagree: an editor marked it so (a figure, a place), or its
 * citations give different dates.
 */
export function isDisputed(event: { data: { disputed: boolean; sources: readonly Citation[] } }): boolean {
  const dates = new Set(event.data.sources.flatMap((c) => (c.date ? [c.date] : [])));
  return event.data.disputed || dates.size > 1;
}

/** How many distinct sources back an event. */
export function corroboration(event: { data: { sources: readonly Citation[] } }): number {
  return new Set(event.data.sources.map((c) => c.source.id)).size;
}
