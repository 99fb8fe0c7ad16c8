/**
 * `npm run bench:build [-- --sizes 10,100,1000] [--story DIR | --no-story] [--keep]`
 * (a large archive is opt-in: `--sizes 10000`)
 *
 * Builds synthetic stories of each size in a temporary directory (never content/) and prints, for
 * each: ingest, extract and a cold build, the build's stages (content, bundle, pages, share images,
 * feeds, search index), a warm rebuild after one article changed, and a bare Astro + MDX build of
 * the same articles run right after, on the same machine, for the ratios. Then it runs a real story
 * (the largest development story, LibyaWar_reuters: 375 Reuters articles) through the same steps.
 * A benchmark, not a test: it prints figures and verdicts and writes
 * bench/results/build.json.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBuildStages, type BuildStages } from './build-stages.ts';
import { seedParagraphs, syntheticStory } from './synthetic-story.ts';
import { copyProject, linkNodeModules, listFiles, root, runMeasured, type Measured } from './temp-project.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    story: { type: 'string', default: join(root, '../shared/datasets/t17-dev/LibyaWar_reuters') },
    'no-story': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench:build: --sizes takes whole numbers separated by commas, got ${values.sizes}`);
  process.exit(2);
}

/**
 * The budgets (issue 17): at 1,000 synthetic articles, and on the real story, against a bare Astro +
 * MDX build of the same sources run right after. Build and bare are compared in CPU time, which a
 * busy machine disturbs less than wall time; a page's cost is compared in the same basis.
 */
const budget = {
  buildVsBare: 3,
  storyVsBare: 2,
  peakVsBare: 1.25,
  warmVsCold: 0.25,
  pageVsBarePage: 1.5,
  growth100to1000: 12,
};

type Stage = {
  stage: string;
  items: number;
  unit: string;
  wallMs: number;
  cpuMs: number | undefined;
  perSecond: number;
  maxRssMb: number | undefined;
  status: number | null;
  stages?: BuildStages;
};
type Result = { size: number | string; events: number; stages: Stage[] };

const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const buildEnv = { DATELINE_BUILD_TIMINGS: '1' };
const work = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
const results: Result[] = [];

const seconds = (ms: number | undefined): string => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);

function stage(name: string, items: number, unit: string, m: Measured, withStages = false): Stage {
  const s: Stage = {
    stage: name,
    items,
    unit,
    wallMs: Math.round(m.wallMs),
    cpuMs: m.cpuMs,
    perSecond: Math.round((items / m.wallMs) * 1000 * 10) / 10,
    maxRssMb: m.maxRssKb === undefined ? undefined : Math.round(m.maxRssKb / 1024),
    status: m.status,
    ...(withStages ? { stages: parseBuildStages(m.output, m.wallMs / 1000) } : {}),
  };
  console.error(
    `  ${name.padEnd(8)} ${seconds(m.wallMs).padStart(8)} wall ${seconds(m.cpuMs).padStart(8)} CPU ${String(s.maxRssMb ?? '?').padStart(5)} MB  ${items} ${unit}${m.status === 0 ? '' : `  FAILED (exit ${m.status})`}`,
  );
  if (m.status !== 0) console.error(m.output.split('\n').slice(-25).join('\n'));
  return s;
}

/** `npm run build` in a copy of the project, as an editor runs it. */
const build = async (project: string): Promise<Measured> =>
  runMeasured(node, [join(project, 'src/cli/build.ts')], { cwd: project, env: buildEnv });
/** `astro build` of the bare Astro + MDX project, the yardstick. */
const buildBare = async (project: string): Promise<Measured> =>
  runMeasured(node, [astro, 'build'], { cwd: project, env: buildEnv });
const pages = (project: string): number => listFiles(join(project, 'dist'), '.html').length;
const eventFiles = (content: string): number =>
  readdirSync(join(content, 'events')).filter((n) => n.endsWith('.mdx')).length;

// Timings are only comparable on a quiet machine: say so when other work competes for the CPUs.
const busy = (when: string): string | undefined => {
  const [load] = loadavg();
  return load! > availableParallelism()
    ? `load average ${load!.toFixed(1)} on ${availableParallelism()} CPUs ${when}: other work competes, so times run long (ratios measured side by side hold better than absolute times)`
    : undefined;
};
const warnings = [busy('at the start')];

try {
  const pool = seedParagraphs(join(root, 'content/raw'));
  for (const size of sizes) {
    console.error(`size ${size}:`);
    const dir = join(work, String(size));
    const project = join(dir, 'project');
    copyProject(project);
    const content = join(project, 'content');
    for (const sub of ['raw', 'events', 'sources']) mkdirSync(join(content, sub), { recursive: true });
    cpSync(join(root, 'content/story.yaml'), join(content, 'story.yaml'));
    const { articles, events } = syntheticStory(pool, size);
    for (const a of articles) writeFileSync(join(content, 'raw', a.file), a.text);
    for (const e of events) writeFileSync(join(content, 'events', e.file), e.text);

    const stages = await measureProject(dir, size, articles[0]!.file);
    results.push({ size, events: events.length, stages });
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }

  // A real story end to end: the articles as received, through ingest, extract and a cold build.
  const storyDir = resolve(values.story);
  if (!values['no-story'] && existsSync(join(storyDir, 'raw'))) {
    const name = storyDir.split('/').at(-1)!;
    console.error(`story ${name}:`);
    const project = join(work, 'story-dir', 'project');
    copyProject(project);
    const content = join(project, 'content');
    for (const sub of ['events', 'sources']) mkdirSync(join(content, sub), { recursive: true });
    cpSync(join(storyDir, 'raw'), join(content, 'raw'), { recursive: true });
    writeFileSync(
      join(content, 'story.yaml'),
      `# Written by bench/build.ts for the ${name} development story.\ntitle: ${name}\nstandfirst: The ${name} story of the Timeline17 development set, built from its raw articles.\nlang: en\n`,
    );
    const raws = readdirSync(join(content, 'raw'))
      .filter((n) => n.endsWith('.txt'))
      .sort();
    const articles = raws.length;
    const stages = await measureProject(join(work, 'story-dir'), articles, raws[0]!);
    results.push({ size: `${name} (${articles})`, events: eventFiles(content), stages });
  } else if (!values['no-story']) {
    console.error(`story: ${storyDir}/raw not found; skipped (--story DIR to point at it)`);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}
warnings.push(busy('at the end'));

/**
 * Measures one project (`dir/project`, its raw articles in place): ingest, extract, a cold build, a
 * warm rebuild after one article gained a paragraph and was ingested again (with the caches the cold
 * build left: Astro's content store and incremental-build cache, the share images), and a bare
 * Astro + MDX build of the same source files, right after, for the ratios.
 */
async function measureProject(dir: string, articles: number, changedFile: string): Promise<Stage[]> {
  const project = join(dir, 'project');
  const content = join(project, 'content');
  const stages: Stage[] = [];
  stages.push(stage('ingest', articles, 'articles', await runMeasured(node, ['src/cli/ingest.ts'], { cwd: project })));
  stages.push(
    stage(
      'extract',
      articles,
      'articles',
      await runMeasured(node, ['src/cli/extract.ts', '--content', 'content'], { cwd: project }),
    ),
  );
  const cold = await build(project);
  stages.push(stage('build', pages(project), 'pages', cold, true));

  const changed = join(content, 'raw', changedFile);
  const blocks = readFileSync(changed, 'utf8').split('\n\n');
  blocks.splice(-1, 0, 'A correction was appended to this dispatch after it was first published, the agency said.');
  writeFileSync(changed, blocks.join('\n\n'));
  stages.push(stage('reingest', 1, 'article', await runMeasured(node, ['src/cli/ingest.ts'], { cwd: project })));
  const warm = await build(project);
  stages.push(stage('warm', pages(project), 'pages', warm, true));

  const bare = join(dir, 'bare');
  writeBareProject(bare, '../project/content/sources');
  const bareBuild = await buildBare(bare);
  stages.push(stage('bare', pages(bare), 'pages', bareBuild));
  return stages;
}

// The tables.
const get = (r: Result, name: string) => r.stages.find((s) => s.stage === name);
const cell = (s: Stage | undefined): string =>
  s ? `${seconds(s.wallMs)} (CPU ${seconds(s.cpuMs)}), ${s.maxRssMb ?? '?'} MB` : '-';
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined ? '?' : `${(a / b).toFixed(2)}×`;
console.log(
  '\n| articles | events | ingest | extract | dateline cold build (pages; pages/s) | warm rebuild | bare Astro+MDX (pages; pages/s) | build / bare: wall, CPU | page / bare page |',
);
console.log('| --- | ---: | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const [b, warm, bare] = [get(r, 'build')!, get(r, 'warm'), get(r, 'bare')];
  console.log(
    `| ${r.size} | ${r.events} | ${cell(get(r, 'ingest'))} | ${cell(get(r, 'extract'))} | ${cell(b)} (${b.items}; ${b.perSecond}/s) | ${warm ? cell(warm) : '-'} | ${bare ? `${cell(bare)} (${bare.items}; ${bare.perSecond}/s)` : '-'} | ${bare ? `${ratio(b.wallMs, bare.wallMs)}, ${ratio(b.cpuMs, bare.cpuMs)}` : '-'} | ${bare ? ratio(b.wallMs / b.items, bare.wallMs / bare.items) : '-'} |`,
  );
}
console.log('(wall time, CPU time (user + system) of the process tree, peak RSS of its largest process)');

const stageNames = ['content', 'bundle', 'pages', 'images', 'feeds', 'search', 'rest'] as const;
/** A build's CPU time less what drawing share images took (undefined without GNU time). */
const withoutDrawing = (s: Stage): number | undefined =>
  s.cpuMs === undefined ? undefined : s.cpuMs - (s.stages?.drawingCpu ?? 0) * 1000;
console.log(`\n| build | ${stageNames.join(' | ')} | total | share images drawn (CPU) | CPU without drawing |`);
console.log(`| --- | ${stageNames.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`);
for (const r of results)
  for (const s of r.stages.filter((x) => x.stages))
    console.log(
      `| ${r.size} ${s.stage} | ${stageNames.map((n) => `${s.stages![n].toFixed(1)} s`).join(' | ')} | ${seconds(s.wallMs)} | ${s.stages!.drawn} (${s.stages!.drawingCpu.toFixed(1)} s) | ${seconds(withoutDrawing(s))} |`,
    );
console.log(
  '(content: start-up, content sync and types; bundle: Vite; pages: HTML routes; images: share-image routes, waiting for the drawing workers; feeds: JSON, RSS, iCalendar, robots; search: Pagefind; rest: sitemap, assets, exit)',
);

// The verdicts. On a busy machine wall time mostly measures the other work, so the budgets are then
// judged on CPU time (user + system of the whole process tree, workers included); both are printed.
const busyRun = warnings.some(Boolean);
const basis = busyRun ? 'CPU time' : 'wall time';
const time = (s: Stage): number => (busyRun ? (s.cpuMs ?? s.wallMs) : s.wallMs);
const both = (a: Stage, b: Stage): string => `wall ${ratio(a.wallMs, b.wallMs)}, CPU ${ratio(a.cpuMs, b.cpuMs)}`;
const verdicts: { budget: string; holds: boolean | undefined; detail: string }[] = [];
const failed = results.flatMap((r) => r.stages.filter((s) => s.status !== 0).map((s) => `${s.stage} at ${r.size}`));
verdicts.push({
  budget: 'every stage succeeds',
  holds: failed.length === 0,
  detail: failed.join(', ') || 'all exit 0',
});
const bySize = new Map(results.map((r) => [r.size, r]));
const [r100, r1000] = [bySize.get(100), bySize.get(1000)];
if (r100 && r1000) {
  for (const name of ['ingest', 'extract', 'build']) {
    const [big, small] = [get(r1000, name)!, get(r100, name)!];
    const growth = time(big) / time(small);
    verdicts.push({
      budget: `${name} grows linearly (1,000 articles within ${budget.growth100to1000}× of 100, ${basis})`,
      holds: growth <= budget.growth100to1000,
      detail: both(big, small),
    });
  }
}
const story = results.find((r) => typeof r.size === 'string');
for (const [r, limit] of [
  [r1000, budget.buildVsBare],
  [story, budget.storyVsBare],
] as const) {
  if (!r) continue;
  const [b, warm, bare] = [get(r, 'build')!, get(r, 'warm')!, get(r, 'bare')!];
  verdicts.push({
    budget: `cold build within ${limit}× bare in CPU time (${r.size})`,
    holds: b.cpuMs === undefined || bare.cpuMs === undefined ? undefined : b.cpuMs / bare.cpuMs <= limit,
    detail: `${both(b, bare)} (${seconds(b.cpuMs)} vs ${seconds(bare.cpuMs)} CPU; ${seconds(b.wallMs)} vs ${seconds(bare.wallMs)} wall; ${b.items} pages vs ${bare.items}); without drawing ${b.stages!.drawn} share images (${seconds(b.stages!.drawingCpu * 1000)} CPU): ${ratio(withoutDrawing(b), bare.cpuMs)}`,
  });
  const peak = Math.max(...['build', 'warm'].map((n) => get(r, n)?.maxRssMb ?? 0));
  verdicts.push({
    budget: `build's peak memory within ${budget.peakVsBare}× bare (${r.size})`,
    holds: bare.maxRssMb === undefined ? undefined : peak / bare.maxRssMb <= budget.peakVsBare,
    detail: `${peak} MB vs ${bare.maxRssMb ?? '?'} MB: ${bare.maxRssMb ? (peak / bare.maxRssMb).toFixed(2) : '?'}×`,
  });
  verdicts.push({
    budget: `warm rebuild after one article changed within ${budget.warmVsCold}× the cold build (${r.size}, ${basis})`,
    holds: time(warm) / time(b) <= budget.warmVsCold,
    detail: `${both(warm, b)} (${seconds(warm.wallMs)} vs ${seconds(b.wallMs)} wall)`,
  });
}
if (r1000) {
  const [b, bare] = [get(r1000, 'build')!, get(r1000, 'bare')!];
  const perPage = time(b) / b.items / (time(bare) / bare.items);
  verdicts.push({
    budget: `a page within ${budget.pageVsBarePage}× a bare page at 1,000 (${basis})`,
    holds: perPage <= budget.pageVsBarePage,
    detail: `${perPage.toFixed(2)}× (${b.items} pages vs ${bare.items})`,
  });
}
console.log('');
for (const w of warnings.filter(Boolean)) console.log(`NOTE  ${w}`);
for (const v of verdicts)
  console.log(`${v.holds === undefined ? 'SKIP' : v.holds ? 'PASS' : 'FAIL'}  ${v.budget}: ${v.detail}`);

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/build.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), warnings: warnings.filter(Boolean), budget, results, verdicts }, null, 2)}\n`,
);
console.log('\nwrote bench/results/build.json');

/** A minimal Astro + MDX project rendering every source MDX file as one page. */
function writeBareProject(dir: string, sourcesBase: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  linkNodeModules(dir);
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [mdx()],
  vite: { build: { rolldownOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(sourcesBase)} }) }) };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('sources')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
}
