/**
 * `npm run bench:build [-- --sizes 10,100,1000]`: builds synthetic stories of each size in a
 * temporary directory (never content/) and prints wall time, throughput and peak memory of
 * ingest, extract and the Astro build, next to a bare Astro + MDX build of the same articles.
 * A benchmark, not a test: it prints its verdicts and writes bench/results/build.json.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedParagraphs, syntheticStory } from './synthetic-story.ts';
import { copyProject, linkNodeModules, listFiles, root, runMeasured, type Measured } from './temp-project.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10,100,1000' }, keep: { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench:build: --sizes takes whole numbers separated by commas, got ${values.sizes}`);
  process.exit(2);
}

type Stage = {
  stage: string;
  items: number;
  unit: string;
  wallMs: number;
  perSecond: number;
  maxRssMb: number | undefined;
  status: number | null;
};
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pool = seedParagraphs(join(root, 'content/raw'));
const work = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
const results: { size: number; events: number; stages: Stage[] }[] = [];

const stage = (name: string, items: number, unit: string, m: Measured): Stage => {
  const s = {
    stage: name,
    items,
    unit,
    wallMs: Math.round(m.wallMs),
    perSecond: Math.round((items / m.wallMs) * 1000 * 10) / 10,
    maxRssMb: m.maxRssKb === undefined ? undefined : Math.round(m.maxRssKb / 1024),
    status: m.status,
  };
  console.error(
    `  ${name.padEnd(8)} ${(m.wallMs / 1000).toFixed(1).padStart(6)} s  ${String(s.maxRssMb ?? '?').padStart(5)} MB  ${items} ${unit}${m.status === 0 ? '' : `  FAILED (exit ${m.status})`}`,
  );
  if (m.status !== 0) console.error(m.output.split('\n').slice(-25).join('\n'));
  return s;
};

// Timings are only comparable on a quiet machine: say so when other work competes for the CPUs.
const busy = (when: string): string | undefined => {
  const [load] = loadavg();
  return load! > availableParallelism()
    ? `load average ${load!.toFixed(1)} on ${availableParallelism()} CPUs ${when}: other work competes, so times run long`
    : undefined;
};
const warnings = [busy('at the start')].filter(Boolean);
try {
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

    const stages: Stage[] = [];
    stages.push(stage('ingest', size, 'articles', await runMeasured(node, ['src/cli/ingest.ts'], { cwd: project })));
    stages.push(stage('extract', size, 'articles', await runMeasured(node, ['src/cli/extract.ts'], { cwd: project })));
    const build = await runMeasured(node, [astro, 'build'], { cwd: project });
    stages.push(stage('build', listFiles(join(project, 'dist'), '.html').length, 'pages', build));

    // The bare baseline: Astro + MDX rendering the same source files with a minimal layout.
    const bare = join(dir, 'bare');
    writeBareProject(bare, '../project/content/sources');
    const bareBuild = await runMeasured(node, [astro, 'build'], { cwd: bare });
    stages.push(stage('bare', listFiles(join(bare, 'dist'), '.html').length, 'pages', bareBuild));
    results.push({ size, events: events.length, stages });
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}

warnings.push(busy('at the end'));
// The table.
const fmt = (s: Stage | undefined): string =>
  s ? `${(s.wallMs / 1000).toFixed(1)} s, ${s.perSecond}/s, ${s.maxRssMb ?? '?'} MB` : '-';
console.log('\n| articles | events | ingest | extract | dateline build | bare Astro+MDX build | build / bare |');
console.log('| ---: | ---: | --- | --- | --- | --- | ---: |');
const get = (r: (typeof results)[number], name: string) => r.stages.find((s) => s.stage === name);
for (const r of results) {
  const [b, bare] = [get(r, 'build')!, get(r, 'bare')!];
  console.log(
    `| ${r.size} | ${r.events} | ${fmt(get(r, 'ingest'))} | ${fmt(get(r, 'extract'))} | ${fmt(b)} (${b.items} pages) | ${fmt(bare)} (${bare.items} pages) | ${(b.wallMs / bare.wallMs).toFixed(2)}× |`,
  );
}
console.log(
  '(each cell: wall time, items per second (articles for ingest/extract, pages for builds), peak RSS of the process tree)',
);

// The verdicts.
const verdicts: { budget: string; holds: boolean | undefined; detail: string }[] = [];
const bySize = new Map(results.map((r) => [r.size, r]));
const failed = results.flatMap((r) => r.stages.filter((s) => s.status !== 0).map((s) => `${s.stage} at ${r.size}`));
verdicts.push({
  budget: 'every stage succeeds',
  holds: failed.length === 0,
  detail: failed.join(', ') || 'all exit 0',
});
const [r100, r1000] = [bySize.get(100), bySize.get(1000)];
for (const name of ['ingest', 'extract', 'build']) {
  if (!r100 || !r1000) break;
  const ratio = get(r1000, name)!.wallMs / get(r100, name)!.wallMs;
  verdicts.push({
    budget: `${name} grows linearly (1,000 within 12× of 100)`,
    holds: ratio <= 12,
    detail: `${ratio.toFixed(1)}×`,
  });
}
for (const r of results) {
  const ratio = get(r, 'build')!.wallMs / get(r, 'bare')!.wallMs;
  verdicts.push({
    budget: `build within 1.5× bare at ${r.size}`,
    holds: ratio <= 1.5,
    detail: `${ratio.toFixed(2)}× (${get(r, 'build')!.items} pages vs ${get(r, 'bare')!.items})`,
  });
}
if (r1000) {
  const peak = Math.max(...r1000.stages.map((s) => s.maxRssMb ?? 0));
  verdicts.push({
    budget: 'peak memory under 2 GB at 1,000',
    holds: r1000.stages.every((s) => s.maxRssMb !== undefined) ? peak < 2048 : undefined,
    detail: `${peak} MB`,
  });
}
console.log('');
for (const w of warnings.filter(Boolean)) console.log(`NOTE  ${w}`);
for (const v of verdicts)
  console.log(`${v.holds === undefined ? 'SKIP' : v.holds ? 'PASS' : 'FAIL'}  ${v.budget}: ${v.detail}`);

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/build.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), warnings: warnings.filter(Boolean), results, verdicts }, null, 2)}\n`,
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
