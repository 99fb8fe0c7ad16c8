/**
 * Who may call the development server's review endpoints: only the dev server's own pages, in a
 * browser on this machine. Every rule is a check on what the request says of itself, so that a
 * page of another site (or of another local server) cannot make the editor's browser accept,
 * edit or reject an event: POST only, a loopback Host (no DNS rebinding), an Origin equal to that
 * host (no cross-site or cross-port request), JSON only (a cross-origin JSON POST needs a CORS
 * preflight, which the endpoints never grant), a bounded body, and the session's token.
 */
import { timingSafeEqual } from 'node:crypto';

/** What a request says of itself, as the guard reads it (header names in lower case). */
export type ReviewRequest = {
  method: string | undefined;
  /** The `Host` header. */
  host: string | undefined;
  /** The `Origin` header. */
  origin: string | undefined;
  /** The `Sec-Fetch-Site` header, which browsers send and cannot be made to forge. */
  secFetchSite: string | undefined;
  /** The `Content-Type` header. */
  contentType: string | undefined;
  /** The `Content-Length` header, when given. */
  contentLength: string | undefined;
  /** `https` when the dev server runs over TLS, else `http`. */
  scheme: 'http' | 'https';
};

/** A refusal: the HTTP status and a message saying what was expected. */
export type Refusal = { status: 400 | 403 | 405 | 413 | 415; error: string };

/** The largest body an endpoint reads: an edit is a few kilobytes. */
export const maxBodyBytes = 64 * 1024;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a `Host` header (`localhost:4321` → `localhost`, `[::1]:4321` → `[::1]`). */
function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
}

/**
 * Checks a request's method and headers; undefined when it may go on to have its body read.
 * The token is checked with {@link checkToken} once the body is parsed.
 */
export function checkReviewRequest(request: ReviewRequest): Refusal | undefined {
  if (request.method !== 'POST') return { status: 405, error: `expected POST, got ${request.method ?? 'no method'}` };
  const host = request.host?.toLowerCase();
  if (!host || !loopbackHosts.has(hostName(host)))
    return { status: 403, error: `review runs on this machine only: expected Host localhost, got ${host ?? 'none'}` };
  if (request.origin?.toLowerCase() !== `${request.scheme}://${host}`)
    return {
      status: 403,
      error: `only the dev server's own pages may review: expected Origin ${request.scheme}://${host}, got ${request.origin ?? 'none'}`,
    };
  if (request.secFetchSite !== undefined && request.secFetchSite !== 'same-origin')
    return { status: 403, error: `expected a same-origin request, got Sec-Fetch-Site ${request.secFetchSite}` };
  const mediaType = request.contentType?.split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json')
    return { status: 415, error: `expected Content-Type application/json, got ${request.contentType ?? 'none'}` };
  if (request.contentLength !== undefined && !(Number(request.contentLength) <= maxBodyBytes))
    return { status: 413, error: `expected a body of at most ${maxBodyBytes} bytes, got ${request.contentLength}` };
  return undefined;
}

/** Checks the session token a request carries in its JSON body, in constant time. */
export function checkToken(given: unknown, expected: string): Refusal | undefined {
  const a = Buffer.from(typeof given === 'string' ? given : '');
  const b = Buffer.from(expected);
  if (a.length === b.length && timingSafeEqual(a, b)) return undefined;
  return {
    status: 403,
    error: 'the page’s review token is missing or out of date: reload the page (the dev server restarted?)',
  };
}
