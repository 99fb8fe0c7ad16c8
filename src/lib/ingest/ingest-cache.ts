/**
 * What ingest made of each raw file last time, so that a run after one article changed reads the
 * others' bytes and hashes them instead of cleaning, dating and rendering them again. A source is a
 * pure function of its raw bytes, its file name, the options, the story's language, the fetched
 * page's record and the code: an entry is used only when all of them are the same and the source on
 * disk is still the one ingest wrote. The cache is a convenience: a missing, old or unreadable one
 * only means every file is ingested again.
 */
import { z } from 'astro/zod';
import { sha256 } from '../generated-stamp.ts';

/** What one successful ingest of a raw file gave, enough to report it again without redoing it. */
export const cachedIngestSchema = z.object({
  /** SHA-256 of the raw file's bytes. */
  raw: z.string(),
  /** Digest of everything else the source depends on (see `ingestKey`). */
  key: z.string(),
  /** SHA-256 of the source file ingest generated. */
  generated: z.string(),
  /** What ingest said of the file besides its verb: the removed-lines summary and the notes. */
  summary: z.string(),
  notes: z.array(z.string()),
});

export type CachedIngest = z.infer<typeof cachedIngestSchema>;
export type IngestCache = Record<string, CachedIngest>;

/** The digest of what a source depends on besides its raw bytes. `code` digests ingest's own code and packages. */
export function ingestKey(parts: {
  code: string;
  name: string;
  defaultLang: string;
  maxSentenceLoss: number;
  maxBytes: number | undefined;
  fetched: unknown;
}): string {
  return sha256(
    JSON.stringify([
      parts.code,
      parts.name,
      parts.defaultLang,
      parts.maxSentenceLoss,
      parts.maxBytes ?? null,
      parts.fetched ?? null,
    ]),
  );
}

/** A cache read from its JSON, keeping only well-formed entries (anything else is ingested again). */
export function parseIngestCache(text: string | undefined): IngestCache {
  let data: unknown;
  try {
    data = text === undefined ? {} : JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  return Object.fromEntries(
    Object.entries(data).flatMap(([file, entry]) => {
      const parsed = cachedIngestSchema.safeParse(entry);
      return parsed.success ? [[file, parsed.data]] : [];
    }),
  );
}

/**
 * The cached result for a raw file when it still holds: the same raw bytes and key, and the source
 * on disk (`sourceText`) is still exactly what ingest generated (not edited by hand, not deleted).
 */
export function cachedResult(
  entry: CachedIngest | undefined,
  raw: string,
  key: string,
  sourceText: string | undefined,
): CachedIngest | undefined {
  if (!entry || entry.raw !== raw || entry.key !== key || sourceText === undefined) return undefined;
  return sha256(sourceText) === entry.generated ? entry : undefined;
}
