/**
 * `npm run bench:timeline`: the automatic timeline measured as timeline-summarization research
 * measures it, and as an editor would judge it. For each development story in
 * ../shared/datasets/t17-dev/ it copies the project into a temporary directory, puts the story's
 * articles in content/raw/, runs ingest, then extract and a build in two modes:
 *
 * - **fixed**: `extract --max-events L --sentences K --from START --to END` with the journalist's
 *   own L, K and span, as the papers do;
 * - **default**: `extract` with no flags, as a new user runs it.
 *
 * Each build's dist/events.json is scored with ../shared/tools/score-tls.py (Date F1, AR-1, AR-2)
 * and audited with ../shared/tools/audit-timeline.py (events outside the articles' span, titles an
 * editor would rewrite, events with no actors, places or tags, the titles' ROUGE-1 against the
 * journalist's). Needs Debian's python3-nltk. A benchmark, not a test: it prints figures and
 * writes bench/results/timeline.json. `--stories a,b` runs some stories only, `--modes fixed`
 * one mode only, `--keep` keeps the copies.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject, root, runMeasured } from './temp-project.ts';

const { values } = parseArgs({
  options: {
    datasets: { type: 'string', default: join(root, '../shared/datasets/t17-dev') },
    stories: { type: 'string' },
    modes: { type: 'string', default: 'fixed,default' },
    keep: { type: 'boolean', default: false },
  },
});
const tools = join(root, '../shared/tools');
const scorer = join(tools, 'score-tls.py');
const auditor = join(tools, 'audit-timeline.py');
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
if (!existsSync(scorer) || !existsSync(auditor) || !existsSync(values.datasets)) {
  console.error(`bench:timeline: needs ${scorer}, ${auditor} and the stories in ${values.datasets}`);
  process.exit(2);
}
if (spawnSync(python, ['-c', 'import nltk'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench:timeline: the scorer needs NLTK: apt-get install -y python3-nltk');
  process.exit(2);
}

type Mode = 'fixed' | 'default';
type Reference = { L: number; K: number; start: string; end: string; dates: Record<string, string[]> };
type Audit = {
  events: number;
  outside: number;
  lone_outside: number;
  bad_titles: number;
  no_terms: number;
  title_r1: number;
};
type Score = {
  story: string;
  mode: Mode;
  articles: number;
  L: number;
  K: number;
  events: number;
  dateF1: number;
  ar1: number;
  ar2: number;
  audit: Audit;
  extractMs: number;
  buildMs: number;
};
const modes = values.modes.split(',').filter((m): m is Mode => m === 'fixed' || m === 'default');
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'dateline-tls-'));
const scores: Score[] = [];
const wanted = values.stories?.split(',');

/** Runs a Python tool over a built events.json and parses its JSON answer. */
function python3<T>(tool: string, args: string[]): T {
  const r = spawnSync(python, [tool, ...args, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`  ${tool} failed: ${r.stderr}`);
    process.exit(1);
  }
  return JSON.parse(r.stdout) as T;
}

/** Runs one step of the pipeline in `dir`, stopping the benchmark with its output when it fails. */
async function step(dir: string, name: string, args: readonly string[]): Promise<number> {
  const m = await runMeasured(node, args, { cwd: dir });
  if (m.status !== 0) {
    console.error(`  ${name} failed (exit ${m.status}):\n${m.output.slice(-3000)}`);
    process.exit(1);
  }
  console.error(`  ${name.padEnd(16)} ${(m.wallMs / 1000).toFixed(1).padStart(5)} s`);
  return m.wallMs;
}

for (const story of readdirSync(values.datasets, { withFileTypes: true })
  .filter((e) => e.isDirectory() && (!wanted || wanted.includes(e.name)))
  .map((e) => e.name)
  .sort()) {
  const reference = join(values.datasets, story, 'reference.json');
  const ref = JSON.parse(readFileSync(reference, 'utf8')) as Reference;
  const dir = join(work, story);
  mkdirSync(join(dir, 'content/events'), { recursive: true });
  copyProject(dir);
  cpSync(join(values.datasets, story, 'raw'), join(dir, 'content/raw'), { recursive: true });
  writeFileSync(
    join(dir, 'content/story.yaml'),
    `title: ${JSON.stringify(story)}\nstandfirst: A development story of the timeline benchmark.\nlang: en\n`,
  );
  const articles = readdirSync(join(dir, 'content/raw')).length;
  console.error(`${story}: ${articles} articles, L=${ref.L}, K=${ref.K}, ${ref.start} … ${ref.end}`);
  await step(dir, 'ingest', [join(dir, 'src/cli/ingest.ts'), '--content', 'content']);
  for (const mode of modes) {
    rmSync(join(dir, 'content/events'), { recursive: true, force: true });
    const flags =
      mode === 'fixed'
        ? ['--max-events', String(ref.L), '--sentences', String(ref.K), '--from', ref.start, '--to', ref.end]
        : [];
    const extractMs = await step(dir, `extract ${mode}`, [
      join(dir, 'src/cli/extract.ts'),
      '--content',
      'content',
      ...flags,
    ]);
    const buildMs = await step(dir, `build ${mode}`, [join(dir, 'src/cli/build.ts')]);
    const events = join(dir, 'dist/events.json');
    const s = python3<{ pred_dates: number; date_f1: number; ar1_f: number; ar2_f: number }>(scorer, [
      reference,
      events,
    ]);
    const audit = python3<Audit>(auditor, [events, reference]);
    scores.push({
      story,
      mode,
      articles,
      L: ref.L,
      K: ref.K,
      events: s.pred_dates,
      dateF1: s.date_f1,
      ar1: s.ar1_f,
      ar2: s.ar2_f,
      audit,
      extractMs: Math.round(extractMs),
      buildMs: Math.round(buildMs),
    });
    if (values.keep) cpSync(events, join(dir, `events-${mode}.json`));
  }
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const means: Record<string, Record<string, number>> = {};
for (const mode of modes) {
  const of = scores.filter((s) => s.mode === mode);
  if (of.length === 0) continue;
  const mean = (pick: (s: Score) => number) => of.reduce((sum, s) => sum + pick(s), 0) / of.length;
  const sum = (pick: (s: Score) => number) => of.reduce((total, s) => total + pick(s), 0);
  console.log(
    `\n${mode === 'fixed' ? "Fixed: each reference's own L, K and span" : 'Default: no flags, as a new user runs it'}\n`,
  );
  console.log(
    row([
      'story',
      'articles',
      'events',
      'Date F1',
      'AR-1 F',
      'AR-2 F',
      'outside (1 source)',
      'bad titles',
      'no terms',
      'title R-1',
      'extract',
    ]),
  );
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const s of of)
    console.log(
      row([
        s.story,
        s.articles,
        s.events,
        s.dateF1.toFixed(3),
        s.ar1.toFixed(4),
        s.ar2.toFixed(4),
        `${s.audit.outside} (${s.audit.lone_outside})`,
        s.audit.bad_titles,
        s.audit.no_terms,
        s.audit.title_r1.toFixed(4),
        `${(s.extractMs / 1000).toFixed(1)} s`,
      ]),
    );
  means[mode] = {
    dateF1: mean((s) => s.dateF1),
    ar1: mean((s) => s.ar1),
    ar2: mean((s) => s.ar2),
    titleR1: mean((s) => s.audit.title_r1),
  };
  const m = means[mode]!;
  console.log(
    row([
      '**mean / total**',
      '',
      sum((s) => s.events),
      m['dateF1']!.toFixed(3),
      m['ar1']!.toFixed(4),
      m['ar2']!.toFixed(4),
      `${sum((s) => s.audit.outside)} (${sum((s) => s.audit.lone_outside)})`,
      sum((s) => s.audit.bad_titles),
      sum((s) => s.audit.no_terms),
      m['titleR1']!.toFixed(4),
      '',
    ]),
  );
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/timeline.json'),
  `${JSON.stringify({ measured: new Date().toISOString(), scores, means }, null, 2)}\n`,
);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.error(`copies kept in ${work}`);
