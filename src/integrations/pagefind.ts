/**
 * Builds the Pagefind search index once Astro has written the site: every page in the output
 * directory is read, but only pages marked `data-pagefind-body` (events and sources) are indexed.
 * The bundle goes to `<outDir>/pagefind/`, which a host serves at `<base>pagefind/`; the search
 * page tells Pagefind the base so that result URLs carry it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** An Astro integration that indexes the built site with Pagefind's Node API. */
export function pagefind(): AstroIntegration {
  return {
    name: 'dateline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          // Pagefind scans every page but indexes only those marked data-pagefind-body; report those.
          const entry = JSON.parse(await readFile(`${outDir}pagefind/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          logger.info(`search index of ${indexed} pages written to pagefind/`);
        } finally {
          await close();
        }
      },
    },
  };
}
