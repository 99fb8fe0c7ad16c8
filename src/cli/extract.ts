/**
 * `npm run extract`: the automatic timeline. Reads content/sources/*.mdx, chooses the events that
 * matter, titles, summarises and cites them, and writes each as content/events/<id>.mdx marked
 * `reviewed: false`. Reviewed events and files an editor changed are never touched; events in
 * content/events/_rejected/ never come back.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { oneStoryFolder, storyOption } from './each-story.ts';
import { parse as parseYaml } from 'yaml';
import { readEventFile, renderAutomaticEvent, type ExistingEvent } from '../lib/extract/automatic-event-file.ts';
import type { StorySource } from '../lib/extract/automatic-timeline.ts';
import { extractStateKey, parseExtractState } from '../lib/extract/extract-state.ts';
import { sha256 } from '../lib/generated-stamp.ts';
import { codeDigest, projectRoot } from './code-digest.ts';
import { parseRetired, renderRetired, retiredFile } from '../lib/extract/retired-ids.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { isIsoDate } from '../lib/iso-date.ts';
import { sourceParagraphs } from '../lib/timeline/source-paragraphs.ts';

const usage = `Usage: npm run extract -- [options]

Chooses the events that matter in content/sources/*.mdx, gives each a headline, a summary in the
sources' own words and a citation from every source that reports it, and writes them to
content/events/<id>.mdx marked "reviewed: false" until an editor reviews them (npm run review).

  --content DIR      content directory (default: DATELINE_CONTENT, or content)
  --story SLUG       in a site of several stories (content/stories/<slug>/), the one to work on (default: all)
  --max-events N     at most N events (default: about 3 × √sources, no more than the days
                     the sources were published on, 5 to 80, plus a few background events)
  --from DATE        only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE          only events on or before DATE
  --sentences K      summary sentences per event, any K from 1 (default: 2)
  --verbose          also list every candidate left out, and why (runs even when nothing changed)
  --no-cache         run even when nothing changed since the last run (its code, options,
                     story file, sources and event files as that run left them)
  --help             show this help`;

function fail(message: string): never {
  console.error(`extract: ${message}\n\n${usage}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      allowNegative: true,
      options: {
        content: { type: 'string' },
        cache: { type: 'boolean', default: true },
        ...storyOption,
        'max-events': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        sentences: { type: 'string', default: '2' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}
const args = readArgs();
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const wholeNumber = (name: string, value: string | undefined, min: number, max: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(
      `--${name} expects a whole number ${max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`}, got "${value}"`,
    );
  return n;
};
const dayOrPeriod = (name: string, value: string | undefined): string | undefined => {
  if (value !== undefined && !(isIsoDate(value) && value.length <= 10))
    fail(`--${name} expects a date such as 2010, 2010-04 or 2010-04-20, got "${value}"`);
  return value;
};
const options = {
  maxEvents: wholeNumber('max-events', args['max-events'], 0, 10_000),
  sentences: wholeNumber('sentences', args.sentences, 1, Number.MAX_SAFE_INTEGER)!,
  from: dayOrPeriod('from', args.from),
  to: dayOrPeriod('to', args.to),
};
if (options.from && options.to && options.from > options.to) fail(`--from ${options.from} is after --to ${options.to}`);

const contentDir = await oneStoryFolder('extract');
const sourcesDir = join(contentDir, 'sources');
const eventsDir = join(contentDir, 'events');
const rejectedDir = join(eventsDir, '_rejected');
const mdxFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.mdx')).sort();

/** Every file extract reads, by its path in the content folder: what its output depends on, with its code and options. */
async function readState(): Promise<Map<string, string>> {
  const paths = [
    'story.yaml',
    ...(await mdxFiles(sourcesDir)).map((n) => `sources/${n}`),
    ...(await mdxFiles(eventsDir)).map((n) => `events/${n}`),
    ...(await mdxFiles(rejectedDir)).map((n) => `events/_rejected/${n}`),
    `events/${retiredFile}`,
  ];
  const texts = await Promise.all(paths.map((p) => readFile(join(contentDir, p), 'utf8').catch(() => undefined)));
  return new Map(paths.flatMap((p, i) => (texts[i] === undefined ? [] : [[p, texts[i]!] as const])));
}
// A run that would write nothing is skipped (src/lib/extract/extract-state.ts): one cache file per
// content folder, in the project's node_modules. --verbose and --no-cache always run.
const statePath = join(
  projectRoot,
  'node_modules/.cache/dateline/extract',
  `${sha256(resolve(contentDir)).slice(0, 16)}.json`,
);
const code = args.cache && !args.verbose ? await codeDigest(fileURLToPath(import.meta.url)) : undefined;
// Read once: the key, then the run itself (a file that could not be read is read again there, to report why).
const state = await readState();
const readText = async (path: string): Promise<string> =>
  state.get(path) ?? (await readFile(join(contentDir, path), 'utf8'));
if (code !== undefined) {
  const recorded = parseExtractState(await readFile(statePath, 'utf8').catch(() => undefined));
  if (recorded?.key === extractStateKey(code, options, state)) {
    console.log(
      `extract: nothing changed in ${contentDir}/ since the last run, which left ${recorded.events} automatic events: skipped (--no-cache runs it anyway)`,
    );
    process.exit(0);
  }
}
// Loaded only when extract runs: the language models take seconds to load.
const [{ tagDates }, { planAutomaticTimeline }] = await Promise.all([
  import('../lib/dates/tag-dates.ts'),
  import('../lib/extract/automatic-timeline.ts'),
]);

let problems = 0;
const sources: StorySource[] = [];
for (const name of await mdxFiles(sourcesDir)) {
  const file = join(sourcesDir, name);
  try {
    const split = splitFrontmatter(await readText(`sources/${name}`));
    if (!split) throw new Error('no YAML frontmatter between --- lines');
    const { data, body } = split;
    sources.push({
      id: name.slice(0, -4),
      published: String(data['published'] ?? ''),
      lang: String(data['lang'] ?? 'en'),
      paragraphs: sourceParagraphs(body),
    });
  } catch (error) {
    problems += 1;
    console.error(`  error     ${file}: ${(error as Error).message}`);
  }
}
if (sources.length === 0) {
  console.error(`extract: no sources in ${sourcesDir}/: run npm run ingest first`);
  process.exit(1);
}

const existing: ExistingEvent[] = [];
const existingText = new Map<string, string>();
for (const [dir, folder, rejected] of [
  [eventsDir, 'events', false],
  [rejectedDir, 'events/_rejected', true],
] as const) {
  for (const name of await mdxFiles(dir)) {
    const text = await readText(`${folder}/${name}`);
    const event = readEventFile(name.slice(0, -4), text, rejected);
    if ('error' in event) {
      problems += 1;
      console.error(`  error     ${join(dir, name)}: ${event.error}`);
      continue;
    }
    existing.push(event);
    if (!rejected) existingText.set(event.id, text);
  }
}

const story = await readText('story.yaml')
  .then((text) => (parseYaml(text) ?? {}) as { title?: unknown; standfirst?: unknown; lang?: unknown })
  .catch(() => ({}) as { title?: unknown; standfirst?: unknown; lang?: unknown });
const started = performance.now();
const plan = planAutomaticTimeline(sources, existing, options, tagDates, {
  title: typeof story.title === 'string' ? story.title : undefined,
  standfirst: typeof story.standfirst === 'string' ? story.standfirst : undefined,
  lang: typeof story.lang === 'string' ? story.lang : undefined,
});
await mkdir(eventsDir, { recursive: true });
const counts = { written: 0, unchanged: 0, retired: 0 };
for (const event of plan.events) {
  const path = join(eventsDir, `${event.id}.mdx`);
  const text = renderAutomaticEvent(event);
  if (existingText.get(event.id) === text) counts.unchanged += 1;
  else {
    await writeFile(path, text);
    counts.written += 1;
  }
  console.log(
    `  event     ${event.date.padEnd(10)} ${event.id} (${new Set(event.citations.map((c) => c.source)).size} sources, score ${event.evidence.score})`,
  );
}
for (const id of plan.retired) {
  await rm(join(eventsDir, `${id}.mdx`));
  counts.retired += 1;
  const to = plan.events.find((e) => e.aliases.includes(id))?.id ?? plan.handedOn.find((h) => h.alias === id)?.to;
  console.log(`  retired   ${id} (no longer chosen; its URL redirects to ${to ?? 'nothing'})`);
}
// Old URLs that no automatic event took over lead to the nearest reviewed event instead.
const retiredPath = join(eventsDir, retiredFile);
const earlierRetired = await readText(`events/${retiredFile}`).then(parseRetired, () => []);
if (earlierRetired.length > 0 || plan.handedOn.length > 0) {
  const live = new Set([
    ...existing.filter((e) => e.status !== 'rejected').map((e) => e.id),
    ...plan.events.map((e) => e.id),
  ]);
  for (const id of plan.retired) live.delete(id);
  await writeFile(retiredPath, renderRetired(earlierRetired, plan.handedOn, live));
}
for (const { candidate, reason } of plan.skipped) {
  if (args.verbose || /^(covered|rejected|no mention)/.test(reason))
    console.log(
      `  left out  ${candidate.date.padEnd(10)} ${reason} (${candidate.evidence.sources} sources, score ${candidate.evidence.score})`,
    );
}
if (plan.period)
  console.log(
    `  period    coverage ${plan.period.coverageFrom} … ${plan.period.to}, with its run-up from ${plan.period.from}: earlier dates are background`,
  );
for (const id of plan.undated)
  console.log(
    `  note      ${id}: no day-precise published date, so its relative dates ("on Monday") cannot be resolved; not used`,
  );
console.log(
  `extract: ${plan.mentions} dated statements in ${sources.length} sources → ${plan.candidates} candidate dates → ${plan.events.length} automatic events (at most ${plan.maxEvents}${options.maxEvents === undefined ? ' from the period and a few background' : ''}): ${counts.written} written, ${counts.unchanged} unchanged, ${counts.retired} retired; ${existing.filter((e) => e.status === 'reviewed').length} reviewed and ${existing.filter((e) => e.status === 'rejected').length} rejected left as they are (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
if (problems > 0) {
  await rm(statePath, { force: true });
  process.exit(1);
}
if (code !== undefined) {
  try {
    await mkdir(dirname(statePath), { recursive: true });
    const state = { key: extractStateKey(code, options, await readState()), events: plan.events.length };
    await writeFile(`${statePath}.tmp`, JSON.stringify(state));
    await rename(`${statePath}.tmp`, statePath);
  } catch {
    // A state that cannot be recorded only means the next run does the work again.
  }
}
