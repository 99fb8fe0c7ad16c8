/**
 * What an editor's decision on an automatic event does to its file, decided from the request and
 * the file as it is on disk now: write the accepted (or edited and accepted) text, move the file to
 * `_rejected/`, or refuse, with the HTTP status and a message the editor can act on. A decision
 * names the hash of the file the page showed; when the file on disk has another, it is not touched
 * and the refusal carries the version on disk, so the editor sees what changed.
 */
import { acceptEvent } from '../extract/review-actions.ts';
import { readChanges, type FieldError } from './edit-changes.ts';
import { editEvent } from './edit-event.ts';
import type { ReviewItem } from './review-item.ts';

/** The decisions an editor can take. */
export const reviewActions = ['accept', 'reject', 'edit'] as const;
export type ReviewAction = (typeof reviewActions)[number];

/** The event file as it is on disk now. */
export type CurrentFile =
  { exists: true; text: string; hash: string; item: ReviewItem | undefined } | { exists: false; rejected: boolean };

/** What to do: write the file, move it to `_rejected/`, or refuse. */
export type Decision =
  | { kind: 'write'; text: string; message: string }
  | { kind: 'reject'; message: string }
  | {
      kind: 'refuse';
      status: 404 | 409 | 422;
      error: string;
      /** Problems with fields of the edit form. */
      fields?: FieldError[];
      /** The event as it is on disk now, when it still awaits review (else it is gone or an editor's). */
      current?: ReviewItem;
    };

/** Decides what `action` on the event file `file` (relative path, for messages) does, given its state on disk. */
export function decide(
  action: ReviewAction,
  file: string,
  hash: unknown,
  changes: unknown,
  current: CurrentFile,
): Decision {
  if (!current.exists)
    return current.rejected
      ? { kind: 'refuse', status: 409, error: `${file} was rejected already: it is in the _rejected/ folder.` }
      : { kind: 'refuse', status: 404, error: `There is no event file ${file}: it was renamed or removed.` };
  const { item } = current;
  if (typeof hash !== 'string' || hash !== current.hash) {
    if (!item)
      return {
        kind: 'refuse',
        status: 409,
        error: `${file} changed on disk since this page was loaded and no longer awaits review: an editor accepted or edited it. Nothing was written; reload to see it.`,
      };
    return {
      kind: 'refuse',
      status: 409,
      error: `${file} changed on disk since this page was loaded, so your ${action === 'edit' ? 'edit was not saved' : `${action} was not applied`}. This is the version on disk now.`,
      current: item,
    };
  }
  if (!item)
    return {
      kind: 'refuse',
      status: 422,
      error: `${file} is not an automatic event awaiting review: it is reviewed already, or an editor's own.`,
    };
  const yours = `${file} is yours now: extract will not change it.`;
  if (action === 'accept')
    return { kind: 'write', text: acceptEvent(current.text), message: `Accepted “${item.title}”. ${yours}` };
  if (action === 'reject')
    return {
      kind: 'reject',
      message: `Rejected “${item.title}”: moved to the _rejected/ folder, and extract will not propose it again (move the file back to undo).`,
    };
  const read = readChanges(changes, { citationCount: item.citations.length, end: item.end });
  if ('errors' in read)
    return {
      kind: 'refuse',
      status: 422,
      error: 'The edit was not saved: see the fields marked.',
      fields: read.errors,
    };
  const edited = editEvent(current.text, item, read.changes);
  if ('errors' in edited)
    return { kind: 'refuse', status: 422, error: edited.errors[0]!.message, fields: edited.errors };
  return { kind: 'write', text: edited.text, message: `Saved and accepted “${read.changes.title}”. ${yours}` };
}
