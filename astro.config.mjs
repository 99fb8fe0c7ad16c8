// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { buildTimings } from './src/integrations/build-timings.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { review } from './src/integrations/review/index.ts';
import { sitemapFilter, sitemapOutput } from './src/integrations/sitemap-pages.ts';
import { rehypeParagraphIds } from './src/lib/rehype-paragraph-ids.ts';
import { buildRole } from './src/lib/stories/build-role.ts';

// Site URL and base path come from the environment so the same build can be hosted anywhere,
// including a sub-path such as a GitHub Pages project site (BASE_PATH=/dateline).
const site = process.env.SITE_URL || 'http://localhost:4321';
// What this build makes (src/lib/stories/build-role.ts): the site of one story (the default), one
// story of a multi-story site under /<slug>/ (DATELINE_STORY), or that site's own pages (DATELINE_SITE).
const role = buildRole();
const base = role.base;

// Article text must render exactly as ingested: no smart quotes, no GFM autolinks or tables
// conjured out of plain text. The paragraph ids give every paragraph of a source a linkable anchor.
const processor = unified({
  gfm: false,
  smartypants: false,
  rehypePlugins: [[rehypeParagraphIds, { include: /\/sources\/[^/]+\.mdx$/ }]],
});

export default defineConfig({
  site,
  base,
  ...role.config,
  trailingSlash: 'always',
  markdown: { processor },
  // A rebuild copies every page whose cache key (src/data/page-key.ts) and code are unchanged from
  // the last build (kept in node_modules/.astro) instead of rendering it again.
  experimental: { incrementalBuild: true },
  integrations: [
    buildTimings(),
    mdx({ processor }),
    // Neither embed cards nor old event URLs' redirect pages: the event pages are listed instead.
    sitemapOutput(),
    sitemap({ filter: sitemapFilter(base) }),
    // A multi-story site is indexed once, whole, after all its builds (src/cli/build.ts).
    ...(role.kind === 'single' ? [pagefind()] : []),
    // Accept, edit and reject automatic events on the page, during `astro dev` only (nothing in the build).
    review(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // The site pages are written beside the stories' builds, which must stay (src/cli/build.ts).
      ...(role.kind === 'site' ? { emptyOutDir: false } : {}),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX entry triggers this directive warning (withastro/astro#18087, open upstream).
          // It is harmless; filter exactly it and let every other warning through.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
