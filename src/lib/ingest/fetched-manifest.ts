import { z } from 'astro/zod';

/** One page that `npm run add` fetched into `content/raw/`. */
export const fetchedPageSchema = z.object({
  /** The URL as it was asked for, on the command line or in a feed. */
  url: z.url(),
  /** The URL the page came from after redirects: the source's `url` when the page names no canonical one. */
  finalUrl: z.url(),
  /** When the page was fetched: an ISO 8601 date-time in UTC. */
  fetched: z.iso.datetime(),
  /** The `Content-Type` the page was served with; its `charset` tells ingest how to read the bytes. */
  contentType: z.string(),
});

/** `content/raw/fetched.json`: for each file `npm run add` wrote (by its name in `content/raw/`), where and when it came from. */
export const fetchedManifestSchema = z.record(z.string(), fetchedPageSchema);

export type FetchedPage = z.infer<typeof fetchedPageSchema>;
export type FetchedManifest = z.infer<typeof fetchedManifestSchema>;

/** Reads `fetched.json`, or says what is wrong with it: where, and what was expected. */
export function parseFetchedManifest(
  text: string,
): { ok: true; manifest: FetchedManifest } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const parsed = fetchedManifestSchema.safeParse(data);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.map((p, i) => (i === 0 ? JSON.stringify(String(p)) : `.${String(p)}`)).join('');
  return {
    ok: false,
    reason: `${where ? `${where}: ` : ''}${issue.message} (each entry is { "url", "finalUrl", "fetched", "contentType" }, by file name)`,
  };
}

/**
 * Writes `fetched.json`: pretty-printed, file names in code-point order and each entry's fields in
 * one order, so that adding a page changes only its own lines and the file diffs well in git.
 */
export function serializeFetchedManifest(manifest: FetchedManifest): string {
  const names = Object.keys(manifest).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ordered = Object.fromEntries(
    names.map((name) => {
      const { url, finalUrl, fetched, contentType } = manifest[name]!;
      return [name, { url, finalUrl, fetched, contentType }];
    }),
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The file each URL of the manifest (asked for, or reached after redirects) was saved as, keyed by {@link urlKey}. */
export function fetchedUrls(manifest: FetchedManifest): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [name, page] of Object.entries(manifest)) {
    urls.set(urlKey(page.url), name);
    urls.set(urlKey(page.finalUrl), name);
  }
  return urls;
}

/** A URL as a key for "the same page": parsed and serialized the WHATWG way, without its `#fragment`. */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
