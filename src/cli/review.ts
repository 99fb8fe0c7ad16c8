/**
 * `npm run review`: the editor's queue of automatic events. Lists what awaits review with its
 * evidence; `accept <id>…` marks events reviewed; `reject <id>…` moves them to
 * content/events/_rejected/, which keeps them (and their happening) out of every later run.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { acceptEvent, formatQueue, queueItem } from '../lib/extract/review-actions.ts';

const usage = `Usage: npm run review -- [--content DIR] [accept|reject ID…]

  (no command)     list the automatic events that await review, strongest evidence first
  accept ID…       mark events reviewed (they are the editor's from then on)
  reject ID…       move events to content/events/_rejected/: they never come back
  --content DIR    content directory (default: content)`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { content: { type: 'string', default: 'content' }, help: { type: 'boolean', default: false } },
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
const eventsDir = join(values.content, 'events');
const [command, ...ids] = positionals;

if (command === undefined) {
  const names = (await readdir(eventsDir).catch(() => [])).filter((n) => n.endsWith('.mdx')).sort();
  const items = (
    await Promise.all(names.map(async (n) => queueItem(n.slice(0, -4), await readFile(join(eventsDir, n), 'utf8'))))
  ).flatMap((q) => (q ? [q] : []));
  console.log(formatQueue(items, eventsDir));
  process.exit(0);
}
if ((command !== 'accept' && command !== 'reject') || ids.length === 0) {
  console.error(`review: expected "accept ID…" or "reject ID…", got "${positionals.join(' ')}"\n\n${usage}`);
  process.exit(2);
}

let failed = 0;
for (const id of ids) {
  const path = join(eventsDir, `${id.replace(/\.mdx$/, '')}.mdx`);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) {
    console.error(`  error     ${path}: no such event`);
    failed += 1;
    continue;
  }
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
