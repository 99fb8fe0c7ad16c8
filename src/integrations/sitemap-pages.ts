/**
 * Which built pages the sitemap lists. Embed cards (`/embed/…`) are made for iframes and ask not
 * to be indexed, and an old event URL's redirect page (a meta refresh to the event, `noindex`) is
 * not a page of its own: the event pages are listed instead. A redirect page is known by its
 * built file, so the integration below remembers where Astro writes the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

let outDir: URL | undefined;

/** Records the build's output directory for {@link sitemapFilter}. */
export function sitemapOutput(): AstroIntegration {
  return {
    name: 'dateline:sitemap-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
    },
  };
}

/** Whether the sitemap lists `page` (an absolute URL under `base`). */
export function sitemapFilter(base: string): (page: string) => boolean {
  const root = base.replace(/\/$/, '');
  return (page) => {
    const path = new URL(page).pathname;
    if (path.startsWith(`${root}/embed/`)) return false;
    if (!outDir) return true;
    const file = fileURLToPath(new URL(`.${path.slice(root.length)}index.html`, outDir));
    return !(existsSync(file) && /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8').slice(0, 2000)));
  };
}
