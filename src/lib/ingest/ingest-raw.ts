import { ingestArticle, type IngestedArticle, type IngestFailure } from './ingest-article.ts';
import { ingestPage, type PageOptions } from './ingest-page.ts';

/** The kinds of raw file ingest reads: plain text articles and saved web pages. */
export type RawKind = 'text' | 'page';

/** The name of the manifest `npm run add` keeps in `content/raw/`: never an article itself. */
export const FETCHED_MANIFEST = 'fetched.json';

/** What kind of article a raw file is by its name (`.txt`; `.html` or `.htm`), or undefined for any other file. */
export function rawKindOf(fileName: string): RawKind | undefined {
  if (/\.txt$/i.test(fileName)) return 'text';
  if (/\.html?$/i.test(fileName)) return 'page';
  return undefined;
}

/**
 * Ingests one raw file of either kind: a text article ({@link ingestArticle}) or a saved web page
 * ({@link ingestPage}, which alone uses the page options).
 */
export function ingestRaw(bytes: Uint8Array, rawName: string, options: PageOptions): IngestedArticle | IngestFailure {
  const kind = rawKindOf(rawName);
  if (kind === 'page') return ingestPage(bytes, rawName, options);
  if (kind === 'text') return ingestArticle(bytes, rawName, options);
  return { ok: false, reason: 'only .txt, .html and .htm files are articles' };
}
