/**
 * `npm start`: ingest new or changed articles, choose the automatic events, build the site, and serve `dist/` on
 * http://localhost:4321 (PORT overrides the port).
 *
 * Files that ingest cannot use are left out: the site is built from the others, and the files left out are listed,
 * with the reason for each, at the very end of the output (after the build, just before serving). `--strict` stops
 * at the first failing step instead, as CI and scripts want; `--no-serve` stops after the build, for scripts and
 * tests. Any other failure (extract, the build) stops the chain.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { leftOutLines, parseIngestReport, type LeftOut } from '../lib/ingest/ingest-report.ts';
import { namedStories, storyOption } from './each-story.ts';

const usage = `Usage: npm start [-- [--strict] [--no-serve] [--story SLUG] [--content DIR] [--outDir DIR]]

Ingests content/raw/, chooses the automatic events, builds the site into dist/ and serves it.
Files that cannot be ingested are left out, and listed at the end; the site is built from the rest.
In a site of several stories (content/stories/<slug>/), each story is ingested and extracted in
turn, then the whole site is built.

Options:
  --strict       stop at the first step that fails, with a non-zero exit (ingest included)
  --no-serve     stop after the build instead of serving it (exit 0 when the site was built)
  --story SLUG   ingest and extract only this story of several (the site is still built whole)
  --content DIR  the content folder (default: DATELINE_CONTENT, or content)
  --outDir DIR   where the site is built and served from (default: dist)
  --help         show this help`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      strict: { type: 'boolean', default: false },
      'no-serve': { type: 'boolean', default: false },
      content: { type: 'string' },
      ...storyOption,
      outDir: { type: 'string', default: 'dist' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`npm start: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
const args = parsed.values;
if (args.help) {
  console.log(usage);
  process.exit(0);
}

// Every step (and the build's own steps) reads the content folder from the environment.
if (args.content !== undefined) process.env['DATELINE_CONTENT'] = resolve(args.content);
const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const port = process.env['PORT'] ?? '4321';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** Runs a Node script with this same Node, inheriting the terminal; resolves to its exit code. */
function step(label: string, scriptArgs: string[]): Promise<number> {
  console.log(`\n▸ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, scriptArgs, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Prints what was left out of the site, last, where a user looks once the output stops scrolling. */
function printLeftOut(leftOut: readonly LeftOut[]): void {
  const lines = leftOutLines(leftOut);
  if (lines.length > 0) console.log(`\n▸ ${lines.join('\n')}`);
}

let stories;
try {
  stories = namedStories(process.argv.slice(2));
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(2);
}
const reportDir = await mkdtemp(join(tmpdir(), 'dateline-start-'));
const leftOut: LeftOut[] = [];
for (const [i, { slug, dir }] of stories.entries()) {
  const about = slug === undefined ? '' : ` (story ${slug})`;
  const reportPath = join(reportDir, `ingest-report-${i}.json`);
  const ingested = await step(`ingest ${dir}/raw → ${dir}/sources${about}`, [
    'src/cli/ingest.ts',
    '--content',
    dir,
    '--report',
    reportPath,
  ]);
  const report = parseIngestReport(await readFile(reportPath, 'utf8').catch(() => undefined));
  leftOut.push(...(report?.leftOut ?? []));
  // Exit status 1 with files named in the report: those files failed and the others were written.
  const partial = ingested === 1 && (report?.leftOut.length ?? 0) > 0;
  if (ingested !== 0 && (args.strict || !partial)) {
    await rm(reportDir, { recursive: true, force: true });
    console.error(
      `\nnpm start: ingest reported errors (above). Fix or remove those files in ${dir}/raw/, then run npm start again${args.strict ? ' (or without --strict, to build the site from the other files)' : ''}.`,
    );
    process.exit(1);
  }
  if (
    (await step(`extract ${dir}/sources → ${dir}/events (automatic events)${about}`, [
      'src/cli/extract.ts',
      '--content',
      dir,
    ])) !== 0
  ) {
    await rm(reportDir, { recursive: true, force: true });
    printLeftOut(leftOut);
    console.error('\nnpm start: extract reported errors (above): the message names the file to fix.');
    process.exit(1);
  }
}
await rm(reportDir, { recursive: true, force: true });
if ((await step(`build the site into ${args.outDir}/`, ['src/cli/build.ts', '--outDir', args.outDir])) !== 0) {
  printLeftOut(leftOut);
  console.error('\nnpm start: the build failed (above): the message names the file and field to fix.');
  process.exit(1);
}
printLeftOut(leftOut);
if (args['no-serve']) {
  console.log(`\n▸ built ${args.outDir}/ (--no-serve: not serving it; npm run preview serves it)`);
  process.exit(0);
}
console.log(`\n▸ serving ${args.outDir}/ — open http://localhost:${port}${base} (Ctrl+C to stop)\n`);
process.exit(await step('preview', [astro, 'preview', '--port', port, '--outDir', args.outDir]));
