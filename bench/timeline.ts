/**
 * `npm run bench:timeline`: the automatic timeline measured as timeline-summarization research
 * measures it. For each development story in ../shared/datasets/t17-dev/ it copies the project
 * into a temporary directory, puts the story's articles in content/raw/, runs ingest, then
 * `extract --max-events L --sentences K --from START --to END` with the journalist's own L, K and
 * span, builds the site, and scores dist/events.json with ../shared/tools/score-tls.py: Date F1,
 * AR-1 and AR-2 per story and their means. Needs Debian's python3-nltk. A benchmark, not a test:
 * it prints figures and writes bench/results/timeline.json.
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
    keep: { type: 'boolean', default: false },
  },
});
const scorer = join(root, '../shared/tools/score-tls.py');
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
if (!existsSync(scorer) || !existsSync(values.datasets)) {
  console.error(`bench:timeline: needs ${scorer} and the stories in ${values.datasets}`);
  process.exit(2);
}
if (spawnSync(python, ['-c', 'import nltk'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench:timeline: the scorer needs NLTK: apt-get install -y python3-nltk');
  process.exit(2);
}

type Reference = { L: number; K: number; start: string; end: string; dates: Record<string, string[]> };
type Score = {
  story: string;
  articles: number;
  L: number;
  K: number;
  events: number;
  dateF1: number;
  ar1: number;
  ar2: number;
  extractMs: number;
  buildMs: number;
};
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'dateline-tls-'));
const scores: Score[] = [];

for (const story of readdirSync(values.datasets, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()) {
  const ref = JSON.parse(readFileSync(join(values.datasets, story, 'reference.json'), 'utf8')) as Reference;
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
  const steps = [
    ['ingest', [join(dir, 'src/cli/ingest.ts'), '--content', 'content']],
    [
      'extract',
      [
        join(dir, 'src/cli/extract.ts'),
        '--content',
        'content',
        '--max-events',
        String(ref.L),
        '--sentences',
        String(ref.K),
        '--from',
        ref.start,
        '--to',
        ref.end,
      ],
    ],
    ['build', [astro, 'build']],
  ] as const;
  const wall: Record<string, number> = {};
  for (const [name, args] of steps) {
    const m = await runMeasured(node, args, { cwd: dir });
    wall[name] = m.wallMs;
    if (m.status !== 0) {
      console.error(`  ${name} failed (exit ${m.status}):\n${m.output.slice(-3000)}`);
      process.exit(1);
    }
    console.error(`  ${name.padEnd(8)} ${(m.wallMs / 1000).toFixed(1).padStart(5)} s`);
  }
  const scored = spawnSync(
    python,
    [scorer, join(values.datasets, story, 'reference.json'), join(dir, 'dist/events.json'), '--json'],
    { encoding: 'utf8' },
  );
  if (scored.status !== 0) {
    console.error(`  scoring failed: ${scored.stderr}`);
    process.exit(1);
  }
  const s = JSON.parse(scored.stdout) as { pred_dates: number; date_f1: number; ar1_f: number; ar2_f: number };
  scores.push({
    story,
    articles,
    L: ref.L,
    K: ref.K,
    events: s.pred_dates,
    dateF1: s.date_f1,
    ar1: s.ar1_f,
    ar2: s.ar2_f,
    extractMs: Math.round(wall['extract']!),
    buildMs: Math.round(wall['build']!),
  });
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

const mean = (key: 'dateF1' | 'ar1' | 'ar2') => scores.reduce((sum, s) => sum + s[key], 0) / scores.length;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
console.log(row(['story', 'articles', 'L', 'K', 'dates', 'Date F1', 'AR-1 F', 'AR-2 F', 'extract']));
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const s of scores)
  console.log(
    row([
      s.story,
      s.articles,
      s.L,
      s.K,
      s.events,
      s.dateF1.toFixed(3),
      s.ar1.toFixed(4),
      s.ar2.toFixed(4),
      `${(s.extractMs / 1000).toFixed(1)} s`,
    ]),
  );
console.log(
  row(['**mean**', '', '', '', '', mean('dateF1').toFixed(3), mean('ar1').toFixed(4), mean('ar2').toFixed(4), '']),
);
const targets = { dateF1: 0.65, ar1: 0.1, ar2: 0.025 };
for (const [key, target] of Object.entries(targets) as ['dateF1' | 'ar1' | 'ar2', number][]) {
  console.log(
    `${key.padEnd(7)} mean ${mean(key).toFixed(4)} ${mean(key) >= target ? '≥' : '<'} ${target} target: ${mean(key) >= target ? 'holds' : 'FAILS'}`,
  );
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/timeline.json'),
  `${JSON.stringify({ measured: new Date().toISOString(), scores, mean: { dateF1: mean('dateF1'), ar1: mean('ar1'), ar2: mean('ar2') } }, null, 2)}\n`,
);
if (!values.keep) rmSync(work, { recursive: true, force: true });
