/**
 * `npm run review`: the editor's queue of automatic events. Lists what awaits review with its
 * evidence; `accept <id>…` marks events reviewed; `reject <id>…` moves them to
 * content/events/_rejected/, which keeps them (and their happening) out of every later run.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { acceptEvent, formatQueue, queueItem } from '../lib/extract/review-actions.ts';
import { namedStories, storyOption } from './each-story.ts';

const usage = `Usage: npm run review -- [--content DIR] [--story SLUG] [accept|reject ID…]

  (no command)     list the automatic events that await review, strongest evidence first
  accept ID…       mark events reviewed (they are the editor's from then on)
  reject ID…       move events to content/events/_rejected/: they never come back
  --content DIR    content directory (default: DATELINE_CONTENT, or content)
  --story SLUG     in a site of several stories, the one to work on (default: all; an ID is
                   looked for in each, and must name an event of exactly one)`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { content: { type: 'string' }, ...storyOption, help: { type: 'boolean', default: false } },
  });
} catch (error) {
  console.error(`review: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
let stories;
try {
  stories = namedStories(process.argv.slice(2));
} catch (error) {
  console.error(`review: ${(error as Error).message}`);
  process.exit(2);
}
const eventsDirs = stories.map(({ dir }) => join(dir, 'events'));
const [command, ...ids] = positionals;

if (command === undefined) {
  for (const [i, eventsDir] of eventsDirs.entries()) {
    const names = (await readdir(eventsDir).catch(() => [])).filter((n) => n.endsWith('.mdx')).sort();
    const items = (
      await Promise.all(names.map(async (n) => queueItem(n.slice(0, -4), await readFile(join(eventsDir, n), 'utf8'))))
    ).flatMap((q) => (q ? [q] : []));
    if (stories.length > 1) console.log(`${i > 0 ? '\n' : ''}▸ story ${stories[i]!.slug}`);
    console.log(formatQueue(items, eventsDir));
  }
  process.exit(0);
}
if ((command !== 'accept' && command !== 'reject') || ids.length === 0) {
  console.error(`review: expected "accept ID…" or "reject ID…", got "${positionals.join(' ')}"\n\n${usage}`);
  process.exit(2);
}

let failed = 0;
for (const id of ids) {
  const name = `${id.replace(/\.mdx$/, '')}.mdx`;
  const found = (
    await Promise.all(
      eventsDirs.map(async (dir) => ({ dir, text: await readFile(join(dir, name), 'utf8').catch(() => undefined) })),
    )
  ).filter((f): f is { dir: string; text: string } => f.text !== undefined);
  if (found.length !== 1) {
    const where = eventsDirs.map((dir) => join(dir, name)).join(', ');
    console.error(
      found.length === 0
        ? `  error     ${where}: no such event`
        : `  error     ${id}: an event of ${found.length} stories (${found.map((f) => f.dir).join(', ')}): name one with --story`,
    );
    failed += 1;
    continue;
  }
  const { dir: eventsDir, text } = found[0]!;
  const path = join(eventsDir, name);
  try {
    if (command === 'accept') {
      await writeFile(path, acceptEvent(text));
      console.log(`  accepted  ${path}`);
    } else {
      const rejectedDir = join(eventsDir, '_rejected');
      await mkdir(rejectedDir, { recursive: true });
      await rename(path, join(rejectedDir, `${id.replace(/\.mdx$/, '')}.mdx`));
      console.log(`  rejected  ${path} → ${rejectedDir}/ (extract will not propose it again)`);
    }
  } catch (error) {
    console.error(`  error     ${path}: ${(error as Error).message}`);
    failed += 1;
  }
}
process.exit(failed > 0 ? 1 : 0);
