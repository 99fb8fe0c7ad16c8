import { ingestArticle, type IngestedArticle, type IngestFailure } from './ingest-article.ts';
import { ingestPage, type PageOptions } from './ingest-page.ts';
import { rawKindOf } from './raw-kind.ts';

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
