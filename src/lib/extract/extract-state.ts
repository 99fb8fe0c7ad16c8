/**
 * What lets `npm run extract` skip a run that would change nothing: a key over everything its
 * output depends on (its code, its options, the story file, every source and every event file,
 * rejected ones and the retired ids included), recorded after a run. Extract is idempotent (a run
 * on its own output writes nothing: "0 written, N unchanged"), so when the key of the folder as it
 * is now equals the key recorded after the last run, a new run would write nothing either.
 */
import { z } from 'astro/zod';
import { sha256 } from '../generated-stamp.ts';
import { parseJsonWith } from '../parse-json.ts';

/** The cache file: the key of the folder as the last run left it, and how many automatic events it wrote. */
export const extractStateSchema = z.object({
  key: z.string().regex(/^[0-9a-f]{64}$/),
  events: z.number().int().nonnegative(),
});
export type ExtractState = z.infer<typeof extractStateSchema>;

/** The key of one state: each file by its path relative to the content folder, in path order. */
export function extractStateKey(code: string, options: unknown, files: ReadonlyMap<string, string>): string {
  const parts = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([path, text]) => [path, text]);
  return sha256([code, JSON.stringify(options), ...parts].join('\0'));
}

/** The recorded state, or undefined when there is none or it does not read. */
export function parseExtractState(text: string | undefined): ExtractState | undefined {
  return parseJsonWith(extractStateSchema, text);
}
