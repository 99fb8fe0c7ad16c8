/**
 * An automatic event as the browser review shows it: what the editor reads (title, date, summary,
 * actors, places, tags, each citation with its source), the evidence it was chosen on, who reported
 * it first, and the hash of its file as read, which every decision sends back so that a file
 * changed on disk in the meantime is never overwritten.
 */
import { splitFrontmatter } from '../frontmatter.ts';
import { sha256 } from '../generated-stamp.ts';
import { compareQueueItems, queueItem } from '../extract/review-actions.ts';
import { firstReport } from '../timeline/first-report.ts';
import { precisionOf, type Precision } from '../timeline/event-date.ts';
import { plainText } from '../timeline/source-paragraphs.ts';

/** What the review needs to know of a cited source. */
export type SourceFacts = { name: string; published: string };

/** One citation of an event under review. */
export type ReviewCitation = {
  source: string;
  /** The name a reader knows the source by (its publisher, else its id). */
  name: string;
  /** Its publication date, empty when unknown. */
  published: string;
  quote: string;
  /** The date this source gives, when sources disagree. */
  date?: string;
};

/** An automatic event awaiting review, with everything the review page and the edit form show. */
export type ReviewItem = {
  id: string;
  /** The file, relative to the project: `content/events/<id>.mdx`. */
  file: string;
  /** SHA-256 of the file's text as read: a decision applies only while the file still has it. */
  hash: string;
  title: string;
  date: string;
  precision: Precision;
  approximate: boolean;
  end?: string;
  background: boolean;
  /** The summary as a reader sees it (plain text). */
  summary: string;
  actors: string[];
  places: string[];
  tags: string[];
  citations: ReviewCitation[];
  evidence: { score: number; sources: number; mentions: number; coverage: number; recalled: number };
  /** Who reported it first, by name, and when (undefined when no cited source is dated). */
  firstReport: { names: string[]; date: string | undefined; tie: boolean };
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []);
const count = (v: unknown): number => (typeof v === 'number' ? v : 0);

/**
 * Reads an event file as an item of the browser review; undefined when it does not await review
 * (it is reviewed, or edited since extract wrote it), exactly as `npm run review` decides.
 */
export function reviewItem(
  id: string,
  text: string,
  eventsDir: string,
  sourceFacts: (source: string) => SourceFacts | undefined,
): ReviewItem | undefined {
  const queued = queueItem(id, text);
  if (!queued) return undefined;
  const { data, body } = splitFrontmatter(text)!;
  const evidence = (data['evidence'] ?? {}) as Record<string, unknown>;
  const citations = (Array.isArray(data['sources']) ? data['sources'] : []).flatMap((c): ReviewCitation[] => {
    const { source, quote, date } = (c ?? {}) as Record<string, unknown>;
    if (typeof source !== 'string' || typeof quote !== 'string') return [];
    const facts = sourceFacts(source);
    return [
      {
        source,
        name: facts?.name || source,
        published: facts?.published ?? '',
        quote,
        ...(typeof date === 'string' ? { date } : {}),
      },
    ];
  });
  const first = firstReport(citations.map((c) => ({ source: c.source, published: c.published })));
  const nameOf = new Map(citations.map((c) => [c.source, c.name]));
  return {
    id,
    file: `${eventsDir}/${id}.mdx`,
    hash: sha256(text),
    title: queued.title,
    date: queued.date,
    precision: precisionOf(queued.date),
    approximate: data['approximate'] === true,
    ...(typeof data['end'] === 'string' ? { end: data['end'] } : {}),
    background: data['background'] === true,
    summary: plainText(body),
    actors: strings(data['actors']),
    places: strings(data['places']),
    tags: strings(data['tags']),
    citations,
    evidence: {
      score: queued.score,
      sources: queued.sources,
      mentions: queued.mentions,
      coverage: count(evidence['coverage']),
      recalled: count(evidence['recalled']),
    },
    firstReport: { names: first.first.map((s) => nameOf.get(s) ?? s), date: first.date, tie: first.tie },
  };
}

/** The queue in the order an editor should look at it, the order `npm run review` lists it in. */
export function orderQueue(items: readonly ReviewItem[]): ReviewItem[] {
  return [...items].sort(
    (a, b) =>
      compareQueueItems({ score: a.evidence.score, date: a.date }, { score: b.evidence.score, date: b.date }) ||
      a.id.localeCompare(b.id),
  );
}
