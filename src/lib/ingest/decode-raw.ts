/** Why a raw file cannot be ingested, in words an editor can act on. */
export type RawTextError = { ok: false; reason: string };
export type RawText = { ok: true; text: string; notes: string[] };

/** Default size limit: far above any news article, far below what would stall a build. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

// C0/C1 controls other than tab and newline never carry article text; they come from copy-paste
// or broken exports, and a raw one would be invisible on the page anyway.
const strayControls = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Decodes a raw article's bytes into normalized text (UTF-8 without BOM, `\n` line ends, no stray
 * control characters), or says why the file is not a usable text article.
 */
export function decodeRawText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): RawText | RawTextError {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one article (raise it with --max-bytes if this really is one article)`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `the file is binary, not text (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); re-save it as UTF-8` };
  }
  const notes: string[] = [];
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  text = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/\t/g, ' ');
  const controls = text.match(strayControls)?.length ?? 0;
  if (controls > 0) {
    text = text.replace(strayControls, '');
    notes.push(`removed ${controls} control character${controls === 1 ? '' : 's'}`);
  }
  if (text.trim() === '') return { ok: false, reason: 'the file holds only whitespace' };
  return { ok: true, text, notes };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest valid prefix; a prefix may end mid-sequence, so allow 3 bytes of slack.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
