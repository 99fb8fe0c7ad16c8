/**
 * `npm run build`: the site into `dist/` (or `--outDir DIR`).
 *
 * A site of one story is one `astro build`, as it always was. A site of several stories
 * (`content/stories/<slug>/`) is one `astro build` per story, each into `<outDir>/<slug>/` under
 * the base `/<slug>/` with its own cache (a change to one story never invalidates another's pages),
 * then one build of the site's own pages
 * (`src/site/`: the home page, the actor, place and tag pages shared across stories, the search),
 * made from the stories' built `events.json`, so data flows one way: stories → site. Last, one
 * Pagefind index over every story's event and source pages.
 *
 * A story's pages are those a site of that story alone would have under that base, but for what
 * ties them to the site: the link back to every story, and search in the site's one index.
 * Every other option is handed to `astro build` as given.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentRoot, readStoryLayout } from '../lib/stories/stories.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const argv = process.argv.slice(2);

/**
 * Runs `astro build` with this same Node and the role given (src/lib/stories/build-role.ts);
 * resolves to its exit code. A role left in the shell's environment never reaches a build.
 */
function astroBuild(
  args: readonly string[],
  role: { DATELINE_STORY?: string; DATELINE_SITE?: string; DATELINE_SITE_OUT?: string } = {},
): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [astro, 'build', ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATELINE_STORY: '', DATELINE_SITE: '', DATELINE_SITE_OUT: '', ...role },
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

let layout;
try {
  layout = readStoryLayout(resolve(root, contentRoot()));
} catch (error) {
  console.error(`build: ${(error as Error).message}`);
  process.exit(2);
}
if (layout.kind === 'single') process.exit(await astroBuild(argv));

const { values, tokens } = parseArgs({
  args: argv,
  strict: false,
  tokens: true,
  options: { outDir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(`Usage: npm run build [-- --outDir DIR] [astro build options]

Builds a site of several stories into DIR (default dist/): each story into DIR/<slug>/, then the
site's own pages and one search index. Other options go to every astro build (npx astro build --help).`);
  process.exit(0);
}
const outDir = resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');
// The output folder is emptied first: never one that holds the project, its code or its content.
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}${sep}`);
const kept = [root, resolve(root, contentRoot())];
if (kept.some((folder) => within(folder, outDir)) || within(outDir, join(root, 'src'))) {
  console.error(`build: --outDir ${outDir} would hold the project, its code or its content: name another folder`);
  process.exit(2);
}
// Options other than --outDir go to every build, as given; what follows `--` stays after it.
const passOn = tokens.flatMap((token) => {
  if (token.kind === 'option' && token.name === 'outDir') return [];
  if (token.kind === 'option') return token.value === undefined ? [token.rawName] : [token.rawName, token.value];
  if (token.kind === 'option-terminator') return ['--'];
  return [token.value];
});
const started = performance.now();
await rm(outDir, { recursive: true, force: true });
for (const { slug } of layout.stories) {
  console.log(`\n▸ build: story ${slug} → ${join(outDir, slug)}${sep}`);
  if ((await astroBuild(['--outDir', join(outDir, slug), ...passOn], { DATELINE_STORY: slug })) !== 0) {
    console.error(`\nbuild: the build of story ${slug} failed (above): the message names the file and field to fix.`);
    process.exit(1);
  }
}
console.log(`\n▸ build: the site's own pages (home, shared tags, search) → ${outDir}${sep}`);
if ((await astroBuild(['--outDir', outDir, ...passOn], { DATELINE_SITE: '1', DATELINE_SITE_OUT: outDir })) !== 0) {
  console.error('\nbuild: the build of the site pages failed (above).');
  process.exit(1);
}
// Loaded only here: Pagefind takes a sixth of a second to load, which a one-story build never needs.
const { writeSearchIndex } = await import('../integrations/pagefind.ts');
const indexed = await writeSearchIndex(
  `${outDir}${sep}`,
  layout.stories.map((s) => s.slug),
);
console.log(
  `\n▸ build: search index of ${indexed} pages of ${layout.stories.length} stories; site built in ${((performance.now() - started) / 1000).toFixed(1)}s`,
);
