/**
 * Where a site's stories live. A site of one story keeps it in the content folder itself
 * (`content/story.yaml`, `content/raw/`, `content/sources/`, `content/events/`), as it always has,
 * and is served at the site's root. A site of several keeps each in `content/stories/<slug>/` (the
 * same four entries) and serves it under `/<slug>/`, with the home page, the shared actor, place
 * and tag pages and the search at the root.
 *
 * `DATELINE_CONTENT` names another content folder (a fixture site, a newsroom's checkout) and
 * `DATELINE_STORY` the story of a multi-story site that one build or dev server works on.
 * Light (node:fs only): every command and the Astro config load it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The folder that holds several stories, one sub-folder each. */
export const storiesFolder = 'stories';

/** A story's slug: its folder's name, and its URL segment. */
export const storySlugPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Root URL segments the site itself uses in a multi-story site: no story may take one. */
export const reservedSlugs: readonly string[] = ['pagefind', 'search', 'tags', 'actors', 'places', 'stories'];

/** The stories of a content folder: one at its root, or several under `stories/`. */
export type StoryLayout =
  | { kind: 'single'; contentDir: string }
  | { kind: 'multi'; contentDir: string; stories: { slug: string; dir: string }[] };

/** The content folder the project works on: `DATELINE_CONTENT`, or `content`. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env['DATELINE_CONTENT'] || 'content';
}

/** Why a folder name cannot be a story's slug, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (!storySlugPattern.test(slug))
    return `"${slug}" is not a story slug: use lower-case letters, digits and hyphens, starting with a letter or digit`;
  if (reservedSlugs.includes(slug)) return `"${slug}" is a path the site itself uses (${reservedSlugs.join(', ')})`;
  return undefined;
}

/**
 * Reads how a content folder holds its stories. A `stories/` folder with story folders in it makes
 * a multi-story site (each folder needs its `story.yaml`); otherwise the folder is the one story.
 * Throws with a message naming the folder when the layout cannot be read as either.
 */
export function readStoryLayout(contentDir: string): StoryLayout {
  const storiesDir = join(contentDir, storiesFolder);
  const folders = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((name) => !name.startsWith('.') && statSync(join(storiesDir, name)).isDirectory())
        .sort()
    : [];
  if (folders.length === 0) return { kind: 'single', contentDir };
  if (existsSync(join(contentDir, 'story.yaml')))
    throw new Error(
      `${contentDir}/ holds both a story (story.yaml) and ${storiesFolder}/: move the story into ${storiesFolder}/<slug>/ (story.yaml, raw/, sources/, events/)`,
    );
  const problems = folders.flatMap((slug) => {
    const problem = slugProblem(slug);
    if (problem) return [`${storiesDir}/${slug}: ${problem}`];
    return existsSync(join(storiesDir, slug, 'story.yaml'))
      ? []
      : [`${storiesDir}/${slug}: no story.yaml (title, standfirst)`];
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { kind: 'multi', contentDir, stories: folders.map((slug) => ({ slug, dir: join(storiesDir, slug) })) };
}

/**
 * The folders of the stories to work on: the one named (`--story`), or all of them. A single-story
 * site has one, the content folder; naming a story there, or one a multi-story site lacks, is an error.
 */
export function selectStories(layout: StoryLayout, named?: string): { slug: string | undefined; dir: string }[] {
  if (layout.kind === 'single') {
    if (named !== undefined)
      throw new Error(
        `--story ${named}: ${layout.contentDir}/ holds a single story (no ${storiesFolder}/ folder); leave --story out`,
      );
    return [{ slug: undefined, dir: layout.contentDir }];
  }
  if (named === undefined) return layout.stories;
  const story = layout.stories.find((s) => s.slug === named);
  if (!story)
    throw new Error(
      `--story ${named}: no such story in ${layout.contentDir}/${storiesFolder}/ (there are: ${layout.stories.map((s) => s.slug).join(', ')})`,
    );
  return [story];
}

/**
 * The content folder one build or dev server reads: the content root, or, when `DATELINE_STORY`
 * names one, that story's folder in it.
 */
export function storyContentDir(env: NodeJS.ProcessEnv = process.env): string {
  const story = env['DATELINE_STORY'];
  return story ? join(contentRoot(env), storiesFolder, story) : contentRoot(env);
}

/**
 * This build's story folder as a path from the project (where builds run, `process.cwd()`), with
 * `/` separators: the form the collections' file paths and `git log` give, and a page may show.
 */
export function storyContentPath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return (
    relative(cwd, resolve(cwd, storyContentDir(env)))
      .split(sep)
      .join('/') || '.'
  );
}

/**
 * Command-line arguments without their `--content` and `--story` options (`--opt value` or
 * `--opt=value`), for a command that runs itself once per story with that story's folder instead.
 * Whatever follows `--` is an operand, kept as it is.
 */
export function withoutStoryOptions(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    if (arg === '--content' || arg === '--story') i++;
    else if (!arg.startsWith('--content=') && !arg.startsWith('--story=')) out.push(arg);
  }
  return out;
}
