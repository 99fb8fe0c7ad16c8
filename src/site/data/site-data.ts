/**
 * What a multi-story site's own pages are made from: each story's built `/events.json` (in the
 * output folder `src/cli/build.ts` names in `DATELINE_SITE_OUT`, built just before), and the
 * optional `site.yaml` beside the stories. Read once per build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { EventsDocument } from '../../lib/feeds/events-json.ts';
import {
  orderStories,
  sharedTerms,
  summarize,
  type BuiltStory,
  type SharedTerm,
  type StorySummary,
} from '../../lib/stories/site-index.ts';
import { contentRoot, readStoryLayout } from '../../lib/stories/stories.ts';

/** `content/site.yaml`: what the site's own pages say of the site; every field optional. */
const siteSchema = z
  .object({
    /** The site's name, over every page's heading. */
    siteName: z.string().min(1).optional(),
    /** The home page's heading. */
    title: z.string().min(1).default('Stories'),
    /** A sentence under it. */
    standfirst: z.string().min(1).optional(),
    /** BCP 47 language of the site's own pages (the first story's by default). */
    lang: z.string().min(2).optional(),
  })
  .strict();

export type Site = {
  /** The output folder the stories were built into, each in `<outDir>/<slug>/`. */
  outDir: string;
  siteName: string;
  title: string;
  standfirst: string | undefined;
  lang: string;
  /** The stories, most recently updated first. */
  stories: StorySummary[];
  /** Story titles by slug. */
  titles: Map<string, string>;
  terms: SharedTerm[];
};

let cached: Promise<Site> | undefined;

/** Loads the site (once per build). */
export function getSite(): Promise<Site> {
  cached ??= loadSite();
  return cached;
}

async function loadSite(): Promise<Site> {
  const out = process.env['DATELINE_SITE_OUT'];
  if (!out)
    throw new Error(
      `${contentRoot()}/ holds several stories: build the site with npm run build (each story, then these pages)`,
    );
  const root = contentRoot();
  const layout = readStoryLayout(root);
  if (layout.kind !== 'multi') throw new Error(`${root}/ holds a single story: there are no site pages to build`);
  const built: BuiltStory[] = await Promise.all(
    layout.stories.map(async ({ slug }) => {
      const file = join(out, slug, 'events.json');
      const document = JSON.parse(await readFile(file, 'utf8')) as EventsDocument;
      if (document.version !== 1) throw new Error(`${file}: expected events.json version 1`);
      return { slug, document };
    }),
  );
  const settings = await readSiteSettings(join(root, 'site.yaml'));
  const stories = orderStories(built.map(summarize));
  return {
    outDir: out,
    siteName: settings.siteName ?? 'dateline',
    title: settings.title,
    standfirst: settings.standfirst,
    lang: settings.lang ?? built[0]!.document.story.lang,
    stories,
    titles: new Map(built.map(({ slug, document }) => [slug, document.story.title])),
    terms: sharedTerms(
      built,
      stories.map((s) => s.slug),
    ),
  };
}

/** `site.yaml`, or the defaults when there is none; a file that does not read is a build error naming it. */
async function readSiteSettings(file: string): Promise<z.infer<typeof siteSchema>> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const parsed = siteSchema.safeParse(text === undefined ? {} : (parseYaml(text) ?? {}));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
