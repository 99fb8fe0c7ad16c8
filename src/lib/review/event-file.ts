/**
 * Which files the review may touch: an event's file directly in `content/events/`, and its place
 * in `content/events/_rejected/`. An id is a file name without `.mdx`, as extract writes it (letters
 * and digits of any script, hyphens, underscores); nothing that could name another directory.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';

/** The folder rejected events are moved to, inside the events folder (as `npm run review -- reject` does). */
export const rejectedFolder = '_rejected';

const idPattern = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u;
const maxIdLength = 200;

/** Whether `id` can be a content file's name without `.mdx` (an event's or a source's): never a path. */
export function isContentId(id: unknown): boolean {
  return typeof id === 'string' && id.length <= maxIdLength && idPattern.test(id);
}

/** Whether `path` is `dir` itself or inside it, both resolved (no `..` way out). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The files an event id names: its file and where a rejection moves it. */
export type EventFiles = { file: string; rejected: string };

/**
 * The files of the event `id` in `eventsDir`, or an error when `id` is not an event id (a path,
 * a hidden file, a file name with its extension, something too long).
 */
export function eventFiles(eventsDir: string, id: unknown): EventFiles | { error: string } {
  if (typeof id !== 'string' || id.length === 0) return { error: 'expected an event id, got none' };
  if (!isContentId(id))
    return {
      error: `expected an event id (its file name in content/events/ without .mdx: letters, digits and hyphens), got ${JSON.stringify(id.slice(0, maxIdLength))}`,
    };
  const file = join(eventsDir, `${id}.mdx`);
  const rejected = join(eventsDir, rejectedFolder, `${id}.mdx`);
  // The pattern already rules out separators and dots; this says so again where the path is made.
  if (!isInside(eventsDir, file) || !isInside(join(eventsDir, rejectedFolder), rejected))
    return { error: `${JSON.stringify(id)} does not name a file in content/events/` };
  return { file, rejected };
}
