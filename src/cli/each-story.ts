/**
 * How every command picks the story it works on. `--content DIR` names the content folder
 * (default `DATELINE_CONTENT`, or `content`) and `--story SLUG` one story of a multi-story site;
 * with no story named, a command works on every story, one after the other, each in a process of
 * its own (the command runs itself once per story with that story's folder as `--content`), so
 * each command's own code only ever sees one story's folder.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { contentRoot, readStoryLayout, selectStories, withoutStoryOptions } from '../lib/stories/stories.ts';

/** The `--story` option every command declares (with `--content`) so that its own parser accepts it. */
export const storyOption = { story: { type: 'string' } } as const;

/** The stories `--content` and `--story` name in `argv`: one folder each (a single-story site's folder has no slug). */
export function namedStories(argv: readonly string[]): { slug: string | undefined; dir: string }[] {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    options: { content: { type: 'string' }, story: { type: 'string' } },
  });
  const content = typeof values.content === 'string' ? values.content : contentRoot();
  const story = typeof values.story === 'string' ? values.story : undefined;
  return selectStories(readStoryLayout(content), story);
}

/**
 * The one story folder this run of `command` works on. When the options name several stories (a
 * multi-story site and no `--story`), runs this same script once per story instead, prints which
 * story each output is for, and exits with the worst exit status of them. A layout that cannot be
 * read (a bad slug, a story without story.yaml, an unknown `--story`) exits with status 2.
 */
export async function oneStoryFolder(command: string, argv = process.argv.slice(2)): Promise<string> {
  let stories;
  try {
    stories = namedStories(argv);
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}`);
    process.exit(2);
  }
  if (stories.length === 1) return stories[0]!.dir;
  let worst = 0;
  for (const { slug, dir } of stories) {
    console.log(`\n▸ ${command}: story ${slug} (${dir})`);
    const status = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [process.argv[1]!, '--content', dir, ...withoutStoryOptions(argv)], {
        stdio: 'inherit',
      });
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
    worst = Math.max(worst, status);
  }
  process.exit(worst);
}
