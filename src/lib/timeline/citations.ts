import { findFoldedQuote, foldForMatching } from './quote-match.ts';

/** An event as citation checking sees it (a structural subset of the `events` entry). */
export type CitingEvent = {
  id: string;
  filePath?: string | undefined;
  data: { title: string; sources: { source: { id: string }; quote: string }[] };
};

/** A citation pinned to the paragraph that holds its quote. */
export type ResolvedCitation = {
  eventId: string;
  index: number;
  sourceId: string;
  paragraph: number;
  start: number;
  end: number;
};

/**
 * Finds every event's quotes in the paragraphs of the sources they cite. Returns the resolved
 * citations, and one message per citation that cannot be found, naming the event file, the
 * source and the quote, so a build can fail with all of them at once.
 */
export function resolveCitations(
  events: readonly CitingEvent[],
  paragraphsBySource: ReadonlyMap<string, readonly string[]>,
): { citations: ResolvedCitation[]; errors: string[] } {
  const citations: ResolvedCitation[] = [];
  const errors: string[] = [];
  // A source cited many times is folded once, not once per citation.
  const folded = new Map<string, ReturnType<typeof foldForMatching>[]>();
  const foldedParagraphs = (id: string, paragraphs: readonly string[]) => {
    let f = folded.get(id);
    if (!f) folded.set(id, (f = paragraphs.map(foldForMatching)));
    return f;
  };
  for (const event of events) {
    const file = event.filePath ?? `content/events/${event.id}.mdx`;
    event.data.sources.forEach(({ source, quote }, index) => {
      const field = `sources[${index}]`;
      const paragraphs = paragraphsBySource.get(source.id);
      if (!paragraphs) {
        errors.push(
          `${file}: ${field}.source "${source.id}" is not a source id; expected one of: ${listSome([...paragraphsBySource.keys()])}`,
        );
        return;
      }
      const q = foldForMatching(quote).folded;
      for (const [i, text] of foldedParagraphs(source.id, paragraphs).entries()) {
        const at = findFoldedQuote(text, q);
        if (at) return void citations.push({ eventId: event.id, index, sourceId: source.id, paragraph: i + 1, ...at });
      }
      errors.push(
        `${file}: ${field}.quote is not in the text of source "${source.id}" (event "${event.data.title}"): "${quote}". ` +
          'Expected words copied from one paragraph of the source (whitespace, quote marks and dashes may differ).',
      );
    });
  }
  return { citations, errors };
}

/** Names the first few of many ids, in order: a large story has thousands. */
function listSome(ids: readonly string[], most = 12): string {
  const sorted = [...ids].sort();
  return sorted.length <= most
    ? sorted.join(', ')
    : `${sorted.slice(0, most).join(', ')} … (${sorted.length - most} more in content/sources/)`;
}
