import type { ExistingSource } from './source-file.ts';

/** What ingest does with one source file. */
export type WritePlan =
  | { action: 'create' | 'update' | 'skip-unchanged' | 'keep-edited' }
  | { action: 'conflict'; reason: string }
  | { action: 'force'; reason: string };

/**
 * Decides whether a freshly generated source may replace the file on disk. Hand edits win:
 * an edited file is never overwritten, and if its raw article changed too, that is a conflict
 * for the editor to resolve (or to override with `--force`, which keeps a backup).
 */
export function planWrite(
  existing: ExistingSource | undefined,
  existingText: string | undefined,
  generated: string,
  rawSha256: string,
  force: boolean,
): WritePlan {
  if (existing === undefined || existingText === undefined) return { action: 'create' };
  if (!existing.handEdited) return { action: existingText === generated ? 'skip-unchanged' : 'update' };
  if (existing.rawSha256 === rawSha256) return { action: 'keep-edited' };
  const reason = 'it was edited by hand, and its raw article has changed since it was generated';
  return force ? { action: 'force', reason } : { action: 'conflict', reason };
}
