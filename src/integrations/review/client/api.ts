/** Calls to the dev server's review endpoints, with this session's token; failures are values. */
import { endpoint, token } from 'virtual:dateline/review-session';
import type { ReviewAction } from '../../../lib/review/decide.ts';
import type { EventChanges, FieldError } from '../../../lib/review/edit-changes.ts';
import type { ReviewItem } from '../../../lib/review/review-item.ts';

/** What a decision came to: done, with a message, or refused, with why (and the file on disk now, when it changed). */
export type Outcome =
  | { ok: true; message: string }
  | { ok: false; status: number; error: string; fields?: FieldError[]; current?: ReviewItem };

async function post(
  action: string,
  body: Record<string, unknown>,
): Promise<{ status: number; json: Record<string, unknown> }> {
  try {
    const response = await fetch(`${endpoint}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, ...body }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  } catch {
    return { status: 0, json: { error: 'The dev server did not answer: is npm run dev still running?' } };
  }
}

/** The automatic events awaiting review, in the order an editor should look at them. */
export async function fetchQueue(): Promise<ReviewItem[] | { error: string }> {
  const { status, json } = await post('queue', {});
  return status === 200 ? (json['items'] as ReviewItem[]) : { error: String(json['error']) };
}

/** Accepts, rejects or edits one event, as the page showed it (`hash`). */
export async function decide(action: ReviewAction, item: ReviewItem, changes?: EventChanges): Promise<Outcome> {
  const { status, json } = await post(action, { id: item.id, hash: item.hash, ...(changes ? { changes } : {}) });
  if (status === 200) return { ok: true, message: String(json['message']) };
  return {
    ok: false,
    status,
    error: String(json['error']),
    ...(json['fields'] ? { fields: json['fields'] as FieldError[] } : {}),
    ...(json['current'] ? { current: json['current'] as ReviewItem } : {}),
  };
}
