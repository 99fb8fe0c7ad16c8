import { createHash } from 'node:crypto';

/** The frontmatter field a generated file carries its own hash in. */
export const stampField = 'generatedSha256';
const stampLine = new RegExp(`^${stampField}: .*$`, 'm');

/** SHA-256 of a string or bytes, as lowercase hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Stamps a generated file (whose frontmatter holds `generatedSha256: ""`) with the hash of its
 * own text, so a later run can tell whether an editor has changed it.
 */
export function stampGenerated(unstamped: string): string {
  return unstamped.replace(stampLine, `${stampField}: "${sha256(unstamped)}"`);
}

/**
 * Whether a file's text no longer matches the stamp its generator wrote: any change, even
 * whitespace, counts as a hand edit, and so does a missing stamp.
 */
export function isHandEdited(text: string, stamp: unknown): boolean {
  return typeof stamp !== 'string' || sha256(text.replace(stampLine, `${stampField}: ""`)) !== stamp;
}
