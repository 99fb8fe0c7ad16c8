/** Why a raw file cannot be ingested, in words an editor can act on. */
export type RawTextError = { ok: false; reason: string };
export type RawText = { ok: true; text: string; notes: string[] };

/** Default size limit: far above any news article, far below what would stall a build. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

// C0/C1 controls other than tab and newline never carry article text; they come from copy-paste
// or broken exports, and a raw one would be invisible on the page anyway.
const strayControls = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Why a raw file's bytes cannot be an article whatever their format (empty, over the size limit,
 * binary), or undefined when they may be one.
 */
export function rawBytesProblem(bytes: Uint8Array, maxBytes: number): RawTextError | undefined {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one article (raise it with --max-bytes if this really is one article)`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `the file is binary, not text (NUL byte at offset ${nul})` };
  return undefined;
}

/** Removes stray control characters (C0/C1 but tab and newline), saying how many there were. */
export function stripControls(text: string): { text: string; count: number } {
  const count = text.match(strayControls)?.length ?? 0;
  return { text: count === 0 ? text : text.replace(strayControls, ''), count };
}

/** A note for ingest's report on `count` removed control characters. */
export function controlsNote(count: number): string {
  return `removed ${count} control character${count === 1 ? '' : 's'}`;
}

/**
 * Decodes a raw article's bytes into normalized text (UTF-8 without BOM, `\n` line ends, no stray
 * control characters), or says why the file is not a usable text article.
 */
export function decodeRawText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): RawText | RawTextError {
  const problem = rawBytesProblem(bytes, maxBytes);
  if (problem) return problem;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes) ?? 0}); re-save it as UTF-8`,
    };
  }
  const notes: string[] = [];
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  text = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/\t/g, ' ');
  const controls = stripControls(text);
  text = controls.text;
  if (controls.count > 0) notes.push(controlsNote(controls.count));
  if (text.trim() === '') return { ok: false, reason: 'the file holds only whitespace' };
  return { ok: true, text, notes };
}

/** A byte count as people read it: `1.5 MB`, `12 KB`. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/**
 * Offset of the first byte of the first ill-formed UTF-8 sequence (where a decoder would put its
 * first U+FFFD), or undefined when all of `bytes` is well-formed UTF-8. A sequence cut short by the
 * end of the input counts as ill-formed at its first byte.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  // TextDecoder only says *that* bytes are invalid, never where, and no package reports the offset
  // either: this walks the well-formed byte sequences of Unicode (Table 3-7) in one pass.
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // The length of the sequence `lead` starts, and the range its second byte must fall in
    // (narrower after E0, ED, F0 and F4: no overlong forms, surrogates or code points past U+10FFFF).
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf
        ? [2, 0x80, 0xbf]
        : lead === 0xe0
          ? [3, 0xa0, 0xbf]
          : lead === 0xed
            ? [3, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [3, 0x80, 0xbf]
              : lead === 0xf0
                ? [4, 0x90, 0xbf]
                : lead === 0xf4
                  ? [4, 0x80, 0x8f]
                  : lead >= 0xf1 && lead <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return undefined;
}
