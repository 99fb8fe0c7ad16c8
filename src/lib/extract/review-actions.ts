import { splitFrontmatter } from '../frontmatter.ts';
import { stampField } from '../generated-stamp.ts';
import { awaitsReview } from './automatic-event-file.ts';

/** One automatic event awaiting review, with the evidence it was chosen on. */
export type QueueItem = {
  id: string;
  date: string;
  title: string;
  score: number;
  sources: number;
  mentions: number;
  citations: number;
  summary: string;
};

/**
 * Reads an event file as an item of the editor's queue: undefined when an editor has settled it
 * already (it says `reviewed: true`, or its text no longer matches the stamp extract wrote).
 */
export function queueItem(id: string, text: string): QueueItem | undefined {
  const split = splitFrontmatter(text);
  if (!split || !awaitsReview(split.data, text)) return undefined;
  const { data, body } = split;
  const evidence = (data['evidence'] ?? {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  return {
    id,
    date: String(data['date'] ?? ''),
    title: String(data['title'] ?? ''),
    score: num(evidence['score']),
    sources: num(evidence['sources']),
    mentions: num(evidence['mentions']),
    citations: Array.isArray(data['sources']) ? data['sources'].length : 0,
    summary: body.replace(/\s+/g, ' ').trim(),
  };
}

/** The order an editor should look at the queue in: strongest evidence first, then earliest date. */
export function compareQueueItems(a: Pick<QueueItem, 'score' | 'date'>, b: Pick<QueueItem, 'score' | 'date'>): number {
  return b.score - a.score || a.date.localeCompare(b.date);
}

/** The queue as text, strongest evidence first: what awaits review and why it was chosen. */
export function formatQueue(items: readonly QueueItem[], eventsDir: string): string {
  if (items.length === 0) return 'review: nothing awaits review.';
  const sorted = [...items].sort(compareQueueItems);
  const blocks = sorted.map(
    (q) =>
      `${q.date}  ${q.title}\n` +
      `  id ${q.id} · ${eventsDir}/${q.id}.mdx\n` +
      `  evidence: ${q.sources} source${q.sources === 1 ? '' : 's'} name${q.sources === 1 ? 's' : ''} the date in ${q.mentions} sentence${q.mentions === 1 ? '' : 's'} (score ${q.score}); ${q.citations} citation${q.citations === 1 ? '' : 's'}\n` +
      `  summary: ${q.summary.length > 200 ? `${q.summary.slice(0, 199)}…` : q.summary}`,
  );
  return `${blocks.join('\n\n')}\n\nreview: ${items.length} event${items.length === 1 ? '' : 's'} await${items.length === 1 ? 's' : ''} review. Accept with: npm run review -- accept <id>; reject with: npm run review -- reject <id>; or edit the file (an edited file is reviewed).`;
}

/**
 * An automatic event's file, accepted: `reviewed: true`, without the stamp (the file is the
 * editor's now) and with its header saying so. Throws when the file is not an automatic event.
 */
export function acceptEvent(text: string): string {
  if (!/^reviewed: false$/m.test(text))
    throw new Error('it is not an automatic event awaiting review (no "reviewed: false" line)');
  return text
    .replace(/^reviewed: false$/m, 'reviewed: true')
    .replace(new RegExp(`^${stampField}: .*\\n`, 'm'), '')
    .replace(
      /^---\n(?:#.*\n)+/,
      '---\n# Written by `npm run extract`, accepted by an editor: extract never changes it.\n',
    );
}
