import { MIMEType } from 'node:util';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { firstInvalidUtf8, rawBytesProblem, type RawTextError } from './decode-raw.ts';

/** A saved web page decoded to text, with notes on how (the character set, when not UTF-8). */
export type RawHtml = { ok: true; html: string; notes: string[] };

/**
 * Default size limit for a saved page: pages carry scripts, styles and inline images around the
 * article, so they run far larger than its text (8 MB holds every real article page we met, and
 * still stops a video or an archive saved under a page's name).
 */
export const DEFAULT_MAX_PAGE_BYTES = 8 * 1024 * 1024;

/**
 * Decodes a saved web page in the character set a browser would use (the HTML standard's sniffing:
 * a BOM, then the `charset` of the HTTP `Content-Type` it was served with, then `<meta charset>`),
 * or says why the file is not a usable page. A page that declares nothing is read as UTF-8 when it
 * is valid UTF-8, and as windows-1252 (the standard's default) otherwise; a page that declares
 * UTF-8 but is not is refused, as a text file would be.
 */
export function decodeRawHtml(bytes: Uint8Array, maxBytes: number, contentType?: string): RawHtml | RawTextError {
  const problem = rawBytesProblem(bytes, maxBytes);
  if (problem) return problem;
  const label = contentType === undefined ? undefined : charsetOf(contentType);
  const sniff = (defaultEncoding: string): string =>
    sniffHtmlEncoding(bytes, {
      defaultEncoding,
      ...(label === undefined ? {} : { transportLayerEncodingLabel: label }),
    });
  let encoding = sniff('UTF-8');
  const notes: string[] = [];
  let html: string;
  if (encoding === 'UTF-8') {
    try {
      html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      if (sniff('windows-1252') === 'UTF-8') {
        return {
          ok: false,
          reason: `the page says it is UTF-8 but is not (first bad byte at offset ${firstInvalidUtf8(bytes) ?? 0}); save it again from the browser`,
        };
      }
      encoding = 'windows-1252';
      notes.push(
        'the page names no character set and is not UTF-8: read as windows-1252, the web default; check its accented letters',
      );
      html = new TextDecoder(encoding).decode(bytes);
    }
  } else {
    html = new TextDecoder(encoding).decode(bytes);
    notes.push(`read in the character set the page declares, ${encoding}`);
  }
  if (html.trim() === '') return { ok: false, reason: 'the file holds only whitespace' };
  return { ok: true, html, notes };
}

/** The `charset` parameter of a `Content-Type` header value, if it has one. */
function charsetOf(contentType: string): string | undefined {
  try {
    return new MIMEType(contentType).params.get('charset') ?? undefined;
  } catch {
    return undefined;
  }
}
