/**
 * What one `astro build` (or dev server) makes, read from the environment `src/cli/build.ts` sets:
 *
 * - `single`: the site of a one-story content folder, at the site's base (`BASE_PATH`, `/` by default);
 * - `story`: one story of a multi-story site (`DATELINE_STORY=<slug>`), under `<base><slug>/`;
 * - `site`: a multi-story site's own pages (`DATELINE_SITE=1`): the home page listing the stories,
 *   the actor, place and tag pages shared across them, and the search over all of them, made from
 *   `src/site/` and written beside the stories' builds.
 *
 * Each story and the site pages keep their own Astro cache (content store, incremental pages), so
 * building one never invalidates another's.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { contentRoot, readStoryLayout, slugProblem } from './stories.ts';

export type BuildRole = {
  kind: 'single' | 'story' | 'site';
  /** The base path this build's pages are served under, with a trailing slash. */
  base: string;
  /** The multi-story site's base (the same as `base` for a single-story site or the site pages). */
  siteBase: string;
  /** The story's slug, for a story of a multi-story site. */
  story: string | undefined;
  /** Astro config this role adds (source folder, cache folder). */
  config: Record<string, unknown>;
};

/** `BASE_PATH` as a base path: leading and trailing slash. */
export function siteBasePath(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env['BASE_PATH'] || '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** This build's role, from `DATELINE_STORY`, `DATELINE_SITE`, `DATELINE_CONTENT` and `BASE_PATH`. */
export function buildRole(env: NodeJS.ProcessEnv = process.env): BuildRole {
  const siteBase = siteBasePath(env);
  const story = env['DATELINE_STORY'] || undefined;
  const content = contentRoot(env);
  // The project's own content folder keeps Astro's default cache; any other gets its own, by its path.
  const own = resolve(content) === resolve('content');
  const cacheFor = (what: string) => {
    const folder = own ? '' : `${createHash('sha256').update(resolve(content)).digest('hex').slice(0, 12)}-`;
    return { cacheDir: `./node_modules/.astro/${folder}${what}` };
  };
  if (story !== undefined) {
    const problem = slugProblem(story);
    if (problem) throw new Error(`DATELINE_STORY: ${problem}`);
    return { kind: 'story', base: `${siteBase}${story}/`, siteBase, story, config: cacheFor(`story-${story}`) };
  }
  // A folder of several stories, with no story named, is the site as a whole: what `astro preview`
  // serves (the built site, at the site's base). Its pages are built by `npm run build`, which names
  // the role of each of its builds.
  if (env['DATELINE_SITE'] || readStoryLayout(content).kind === 'multi') {
    return {
      kind: 'site',
      base: siteBase,
      siteBase,
      story: undefined,
      config: { srcDir: './src/site', ...cacheFor('site') },
    };
  }
  return {
    kind: 'single',
    base: env['BASE_PATH'] || '/',
    siteBase,
    story: undefined,
    config: own ? {} : cacheFor('single'),
  };
}

/**
 * The base of a multi-story site's own pages (the home page, the shared actor, place and tag pages,
 * the search over every story), for a story's links to them. Undefined where there are none: a
 * one-story site, and the development server, which serves one story alone (only `npm run build`
 * makes the site's pages), so no link there leads nowhere.
 */
export function siteLinkBase(role: BuildRole, dev: boolean): string | undefined {
  return role.kind === 'story' && !dev ? role.siteBase : undefined;
}

let current: BuildRole | undefined;

/** This process's role, read once: every page asks, and the environment does not change during a build. */
export function thisBuild(): BuildRole {
  current ??= buildRole();
  return current;
}

/**
 * What an indexed page adds to its Pagefind meta and filter lists so that a multi-story site's one
 * index tells the stories apart: the story's title as meta (`data-story`, each result's label) and
 * its slug as the filter (`data-story-slug`: two stories may share a title, never a slug).
 */
export function storySearchKeys(role: BuildRole): { meta: string; filter: string } {
  return role.kind === 'story'
    ? { meta: ', story[data-story]', filter: ', story[data-story-slug]' }
    : { meta: '', filter: '' };
}
