/**
 * Builds the Pagefind search index once Astro has written the site. Only pages marked
 * `data-pagefind-body` are indexed, and only the directories that hold them (`indexedDirs`) are
 * handed to Pagefind: parsing the others (the timeline, tag pages, coverage: the largest pages of a
 * big story) took half of the indexing time for nothing. A page marked for indexing outside those
 * directories fails the build, so a new page type cannot silently go missing from search.
 * The bundle goes to `<outDir>/pagefind/`, which a host serves at `<base>pagefind/`; the search
 * page tells Pagefind the base so that result URLs carry it. A multi-story site is indexed once,
 * whole, by `src/cli/build.ts`, into the site's own `pagefind/`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { withOpenFile } from '../lib/open-files.ts';

/** The output directories whose pages carry `data-pagefind-body`: event pages and source pages. */
const indexedDirs = ['events', 'sources'];

/**
 * Pages outside the indexed directories of each story root (`''` for a single-story site, each
 * story's slug for a multi-story one) that are marked for indexing anyway, relative to `outDir`.
 */
async function markedElsewhere(outDir: string, roots: readonly string[]): Promise<string[]> {
  const allowed = roots.flatMap((root) => indexedDirs.map((dir) => `${root ? `${root}/` : ''}${dir}/`));
  const files = (await readdir(outDir, { recursive: true }))
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !allowed.some((prefix) => file.startsWith(prefix)))
    .map((file) => join(outDir, file));
  const marked = await Promise.all(
    files.map(async (file) =>
      (await withOpenFile(() => readFile(file, 'utf8'))).includes('data-pagefind-body') ? file : undefined,
    ),
  );
  return marked.filter((file) => file !== undefined).map((file) => relative(outDir, file));
}

/**
 * Indexes the event and source pages of a built site (`outDir`, ending in a separator) into
 * `<outDir>pagefind/`: the story's at its root, or each story's under its slug (`roots`).
 * Returns how many pages it indexed.
 */
export async function writeSearchIndex(outDir: string, roots: readonly string[] = ['']): Promise<number> {
  const stray = await markedElsewhere(outDir, roots);
  if (stray.length > 0)
    throw new Error(
      `${stray.join(', ')}: marked data-pagefind-body outside ${indexedDirs.join('/, ')}/; add its directory to indexedDirs in src/integrations/pagefind.ts`,
    );
  const dirs = roots.flatMap((root) => indexedDirs.map((dir) => (root ? `${root}/${dir}` : dir)));
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: `{${dirs.join(',')}}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
    // Pagefind scans every page but indexes only those marked data-pagefind-body; report those.
    const entry = JSON.parse(await readFile(`${outDir}pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await close();
  }
}

/** An Astro integration that indexes the built site with Pagefind's Node API. */
export function pagefind(): AstroIntegration {
  return {
    name: 'dateline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const indexed = await writeSearchIndex(fileURLToPath(dir));
        logger.info(
          `search index of ${indexed} pages written to pagefind/ in ${((performance.now() - started) / 1000).toFixed(2)}s`,
        );
      },
    },
  };
}
