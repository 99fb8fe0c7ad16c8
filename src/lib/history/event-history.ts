/**
 * The history of each event, from the git history of the events directory: when it was added and
 * what each later commit changed that a reader can see. A renamed file, or a file whose id moved
 * to `aliases:` (as a re-run of extract does), keeps the history of the event it was.
 */
import { splitFrontmatter } from '../frontmatter.ts';
import { loaderId } from '../timeline/id-clashes.ts';
import type { FileChange } from './git-log.ts';

/** One thing a commit changed about an event, as readers see it. */
export type HistoryChange =
  | { kind: 'added'; /** False when the pipeline wrote it and no editor had reviewed it. */ reviewed: boolean }
  | { kind: 'date-corrected'; from: string; to: string }
  | { kind: 'source-added' | 'source-removed'; sources: string[] }
  | { kind: 'title-changed' | 'summary-changed' | 'citations-changed' | 'details-changed' | 'reviewed' };

/** One commit's changes to one event. */
export type HistoryEntry = { commit: string; date: string; changes: HistoryChange[] };

/** An event's history: its entries oldest first, and when it was first published and last updated. */
export type EventHistory = { entries: HistoryEntry[]; published: string | undefined; updated: string | undefined };

/** An event as the site has it now: its id and the ids it had before. */
export type CurrentEvent = { id: string; aliases: readonly string[] };

type Version = { data: Record<string, unknown>; body: string };
type Step = {
  index: number;
  commit: string;
  date: string;
  before: string | null | undefined;
  after: string | null | undefined;
};

/**
 * Every current event's history from the changes `parseGitLog` read for `dir` (the events
 * collection's directory; files below it, such as `_drafts/` and `_rejected/`, are not published).
 */
export function eventHistories(
  changes: readonly FileChange[],
  dir: string,
  events: readonly CurrentEvent[],
): Map<string, EventHistory> {
  const published = (path: string | undefined) =>
    path !== undefined &&
    path.startsWith(`${dir}/`) &&
    !path.slice(dir.length + 1).includes('/') &&
    path.endsWith('.mdx');
  const lineageOfPath = new Map<string, number>();
  const lineages: { ids: Set<string>; steps: Step[]; text: string | undefined }[] = [];
  changes.forEach((change, index) => {
    const old = change.from ?? change.path;
    // A file keeps its lineage through renames, into and out of the collection.
    const key =
      lineageOfPath.get(old) ??
      lineageOfPath.get(change.path) ??
      lineages.push({ ids: new Set(), steps: [], text: undefined }) - 1;
    lineageOfPath.delete(old);
    lineageOfPath.set(change.path, key);
    const lineage = lineages[key]!;
    // A pure rename carries no text: the file is as it last was.
    const before = change.before ?? lineage.text;
    const after = change.status === 'deleted' ? undefined : (change.after ?? lineage.text);
    lineage.text = after ?? lineage.text;
    const wasIn = change.status !== 'added' && published(old);
    const isIn = change.status !== 'deleted' && published(change.path);
    if (!wasIn && !isIn) return;
    if (isIn) lineage.ids.add(loaderId({ path: change.path, slug: slugOf(after) }));
    if (wasIn) lineage.ids.add(loaderId({ path: old, slug: slugOf(before) }));
    lineage.steps.push({
      index,
      commit: change.commit,
      date: change.date,
      before: wasIn ? before : null,
      after: isIn ? after : null,
    });
  });

  // Indexed by id: a large story has thousands of events and lineages.
  const lineagesById = new Map<string, Set<(typeof lineages)[number]>>();
  for (const lineage of lineages) {
    for (const id of lineage.ids) lineagesById.set(id, (lineagesById.get(id) ?? new Set()).add(lineage));
  }
  const histories = new Map<string, EventHistory>();
  for (const event of events) {
    const matched = new Set([event.id, ...event.aliases].flatMap((id) => [...(lineagesById.get(id) ?? [])]));
    const steps = [...matched].flatMap((l) => l.steps).sort((a, b) => a.index - b.index);
    histories.set(event.id, historyOf(steps));
  }
  parsed.clear();
  return histories;
}

/** Walks an event's steps in order, one entry per commit that changed something a reader sees. */
function historyOf(steps: readonly Step[]): EventHistory {
  const entries: HistoryEntry[] = [];
  let last: string | undefined; // the event's text as last published
  for (let i = 0; i < steps.length;) {
    const { commit, date } = steps[i]!;
    const group: Step[] = [];
    while (i < steps.length && steps[i]!.commit === commit) group.push(steps[i++]!);
    // Within one commit an old file may go and a new one come (an id that moved to `aliases:`).
    const after = group.findLast((s) => s.after !== null)?.after;
    const own = group.find((s) => typeof s.before === 'string')?.before;
    const before = own !== null && own !== undefined && isValid(own) ? own : last;
    // Withdrawn, or not valid (the build would have failed and kept the last version): a later version compares with `last`.
    if (after === null || after === undefined || !isValid(after)) continue;
    const changes =
      before === undefined || before === null
        ? [{ kind: 'added' as const, reviewed: parse(after).data['reviewed'] !== false }]
        : describeChanges(before, after);
    if (changes.length > 0) entries.push({ commit, date, changes });
    last = after;
  }
  return { entries, published: entries[0]?.date, updated: entries.at(-1)?.date };
}

/** What changed between two versions of an event file that a reader can see; nothing for a change of form only. */
export function describeChanges(beforeText: string, afterText: string): HistoryChange[] {
  const before = parse(beforeText);
  const after = parse(afterText);
  const changes: HistoryChange[] = [];
  const field = (v: Version, key: string) =>
    v.data[key] === undefined || v.data[key] === null ? '' : String(v.data[key]);
  const span = (v: Version) => [field(v, 'date'), field(v, 'end')].filter(Boolean).join('/');
  if (span(before) !== span(after)) changes.push({ kind: 'date-corrected', from: span(before), to: span(after) });
  if (field(before, 'title') !== field(after, 'title')) changes.push({ kind: 'title-changed' });
  if (normalize(before.body) !== normalize(after.body)) changes.push({ kind: 'summary-changed' });
  const cited = (v: Version) => citationsOf(v).map((c) => c.source);
  const added = [...new Set(cited(after).filter((s) => !cited(before).includes(s)))];
  const removed = [...new Set(cited(before).filter((s) => !cited(after).includes(s)))];
  if (added.length > 0) changes.push({ kind: 'source-added', sources: added });
  if (removed.length > 0) changes.push({ kind: 'source-removed', sources: removed });
  if (
    added.length === 0 &&
    removed.length === 0 &&
    JSON.stringify(citationsOf(before)) !== JSON.stringify(citationsOf(after))
  ) {
    changes.push({ kind: 'citations-changed' });
  }
  const details = ['approximate', 'disputed', 'tags', 'actors', 'places'];
  if (details.some((key) => JSON.stringify(before.data[key] ?? null) !== JSON.stringify(after.data[key] ?? null)))
    changes.push({ kind: 'details-changed' });
  if (before.data['reviewed'] === false && after.data['reviewed'] !== false) changes.push({ kind: 'reviewed' });
  return changes;
}

// Each version of a file is parsed once however often it is compared: YAML parsing is most of the work.
const parsed = new Map<string, Version | undefined>();

/** A version's frontmatter and body, or undefined when its frontmatter does not parse (the build would fail). */
function parseVersion(text: string): Version | undefined {
  if (parsed.has(text)) return parsed.get(text);
  let version: Version | undefined;
  try {
    version = splitFrontmatter(text);
  } catch {
    version = undefined;
  }
  if (parsed.size > 50_000) parsed.clear();
  parsed.set(text, version);
  return version;
}

function parse(text: string): Version {
  return parseVersion(text) ?? { data: {}, body: text };
}

/** Whether a version could have been published: its frontmatter parses. */
function isValid(text: string): boolean {
  return parseVersion(text) !== undefined;
}

function slugOf(text: string | undefined): string | undefined {
  const slug = text === undefined ? undefined : parse(text).data['slug'];
  return slug === undefined || slug === null ? undefined : String(slug);
}

function citationsOf(v: Version): { source: string; quote: string; date: string; says: string }[] {
  const sources = Array.isArray(v.data['sources']) ? (v.data['sources'] as unknown[]) : [];
  return sources.map((c) => {
    const r = (c ?? {}) as Record<string, unknown>;
    const s = (key: string) => (r[key] === undefined || r[key] === null ? '' : String(r[key]));
    return { source: s('source'), quote: normalize(s('quote')), date: s('date'), says: s('says') };
  });
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
