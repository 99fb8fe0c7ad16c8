import { MIMEType } from 'node:util';
import { formatBytes } from '../ingest/decode-raw.ts';

/** What to fetch: an article page (HTML) or a feed (RSS or Atom, some XML). */
export type FetchKind = 'page' | 'feed';

export type FetchOptions = {
  kind: FetchKind;
  /** Time allowed for the whole exchange, redirects and body included, in milliseconds. */
  timeoutMs: number;
  /** Largest body accepted, in bytes: reading stops as soon as the body passes it. */
  maxBytes: number;
  /** Most redirects followed before giving up. */
  maxRedirects: number;
};

/** A fetched document: the URL asked for and the one answered after redirects, its type and bytes. */
export type Fetched = {
  ok: true;
  url: string;
  finalUrl: string;
  contentType: string;
  bytes: Uint8Array;
  /** When it was fetched (ISO 8601, UTC). */
  fetched: string;
};
/** Why a URL could not be fetched, in one line that names what to do about it where anything can be done. */
export type FetchFailure = { ok: false; reason: string };

/** Media types of HTML pages. */
const pageTypes = new Set(['text/html', 'application/xhtml+xml']);
/** Media types a feed is served with: its own, generic XML, and text that may be either. */
const feedTypes = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'text/plain',
  'text/html',
]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const userAgent = 'Mozilla/5.0 (compatible; dateline; +static timeline builder, fetches one page per article)';

/**
 * Fetches one page or feed with Node's fetch: http(s) only; redirects followed one by one up to
 * `maxRedirects`, each target checked; an HTTP error status, a type that is not HTML (a PDF, an
 * image) or a feed, or a body over `maxBytes` is refused before or while reading, and the body is
 * streamed so that a huge answer is cut off, never held in memory.
 */
export async function fetchDocument(url: string, options: FetchOptions): Promise<Fetched | FetchFailure> {
  let current = httpUrl(url);
  if (!current) return { ok: false, reason: 'not an http:// or https:// URL' };
  const signal = AbortSignal.timeout(options.timeoutMs);
  const accept =
    options.kind === 'page'
      ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1'
      : 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1';
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept, 'user-agent': userAgent },
      });
      if (redirectStatuses.has(response.status) && response.headers.has('location')) {
        await response.body?.cancel();
        const location = response.headers.get('location')!;
        const next = httpUrl(location, current);
        if (!next)
          return { ok: false, reason: `it redirects to ${JSON.stringify(location)}, which is not an http(s) URL` };
        if (redirects + 1 > options.maxRedirects) {
          return {
            ok: false,
            reason: `more than ${options.maxRedirects} redirects (the last to ${next}); raise the limit with --max-redirects`,
          };
        }
        current = next;
        continue;
      }
      return await readResponse(response, url, current, options);
    }
  } catch (error) {
    return { ok: false, reason: networkReason(error, options.timeoutMs) };
  }
}

async function readResponse(
  response: Response,
  url: string,
  finalUrl: string,
  options: FetchOptions,
): Promise<Fetched | FetchFailure> {
  if (!response.ok) {
    await response.body?.cancel();
    const where = finalUrl === url ? '' : ` (at ${finalUrl})`;
    return {
      ok: false,
      reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${where}`,
    };
  }
  const contentType = response.headers.get('content-type') ?? '';
  const essence = essenceOf(contentType);
  const accepted = options.kind === 'page' ? pageTypes : feedTypes;
  // A server that names no type is given the benefit of the doubt: ingest will say what the file is.
  if (essence !== undefined && !accepted.has(essence)) {
    await response.body?.cancel();
    const wanted = options.kind === 'page' ? 'an HTML page' : 'an RSS or Atom feed';
    return {
      ok: false,
      reason: `it is ${contentType.trim()}, not ${wanted}${options.kind === 'page' ? ': save the article text of other documents (a PDF, an image) as a .txt file' : ''}`,
    };
  }
  const tooLarge = (read: string): FetchFailure => ({
    ok: false,
    reason: `it is larger than the ${formatBytes(options.maxBytes)} limit (${read}); raise it with --max-bytes if this really is one article`,
  });
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    return tooLarge(`${formatBytes(declared)} announced, nothing read`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) {
        await reader.cancel();
        return tooLarge(`stopped reading after ${formatBytes(total)}`);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, url, finalUrl, contentType, bytes, fetched: new Date().toISOString() };
}

/** `href` (resolved against `base`) as an http(s) URL without its fragment, or undefined. */
function httpUrl(href: string, base?: string): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The `type/subtype` of a Content-Type header, lower-cased; undefined when there is none or it does not parse. */
function essenceOf(contentType: string): string | undefined {
  if (contentType.trim() === '') return undefined;
  try {
    return new MIMEType(contentType).essence;
  } catch {
    return contentType.split(';')[0]!.trim().toLowerCase() || undefined;
  }
}

/** A network failure in words: a timeout, a name that does not resolve, a refused or reset connection. */
function networkReason(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return `no complete answer within ${timeoutMs / 1000} s; try again later, or raise the limit with --timeout`;
  }
  const code = err.cause?.code;
  const known: Record<string, string> = {
    ENOTFOUND: 'the host name does not resolve (check the address)',
    EAI_AGAIN: 'the host name could not be resolved now (check the network)',
    ECONNREFUSED: 'the server refused the connection',
    ECONNRESET: 'the server closed the connection',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_SOCKET: 'the server closed the connection',
  };
  if (code && known[code]) return `network error: ${known[code]} (${code})`;
  return `network error: ${err.cause?.message ?? err.message ?? String(error)}`;
}
