/**
 * `npm run bench:site`: Lighthouse (mobile and desktop, default throttling) on `/`, one event page
 * and one source page of the site already built in dist/, served gzip-compressed as a static host
 * serves it. Prints the scores, LCP, TBT, CLS, bytes and JavaScript per page, and which budgets
 * hold (DESIGN.md §3). Each figure is from the median of `--runs` runs (default 3).
 * A benchmark, not a test: it prints FAIL lines and still exits 0.
 * Writes bench/results/site.json.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { root } from './temp-project.ts';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(options.runs) || 1);
const distDir = join(root, 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.log('bench:site: no built site in dist/: run npm run build first');
  process.exit(0);
}
// A snapshot, so a build someone starts meanwhile cannot change the pages under measurement.
const snapshot = mkdtempSync(join(tmpdir(), 'dateline-site-'));
cpSync(distDir, snapshot, { recursive: true });
const base = `/${(process.env['BASE_PATH'] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The file in the snapshot that serves a URL path (`/x/` → `x/index.html`), or undefined. */
function fileForPath(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const target = join(snapshot, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
  return target.startsWith(snapshot) && existsSync(target) && statSync(target).isFile() ? target : undefined;
}

const mediaTypes: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff: 'font/woff',
  woff2: 'font/woff2',
};
const contentType = (file: string): string => {
  const type = mediaTypes[extname(file).slice(1)] ?? 'application/octet-stream';
  return /^(text|application)\//.test(type) && type !== 'application/octet-stream' ? `${type}; charset=utf-8` : type;
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/** A static server like a CDN: gzip for text, long-lived caching for hashed assets, 404.html otherwise. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileForPath(pathname) ?? fileForPath(`${pathname}/`);
    const body = file ?? join(snapshot, '404.html');
    const type = contentType(body);
    let bytes: Buffer = existsSync(body) ? readFileSync(body) : Buffer.from('Not found\n');
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    };
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      bytes = gzipSync(bytes, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(file ? 200 : 404, headers).end(bytes);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The first page directory below `dist/<section>/`. */
function firstPage(section: string): string {
  const dir = readdirSync(join(snapshot, section), { withFileTypes: true }).filter(
    (e) => e.isDirectory() && existsSync(join(snapshot, section, e.name, 'index.html')),
  );
  if (dir.length === 0) throw new Error(`dist/${section}/ holds no pages`);
  return `${base}${section}/${dir.map((e) => e.name).sort()[0]}/`;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type NetworkItem = { url: string; resourceType?: string; transferSize?: number; networkRequestTime?: number };
type Row = {
  page: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<string, number | null>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  jsBytes: number;
  jsBeforeInteractionBytes: number;
  jsBeforeInteraction: string[];
  /** Inline `<script>` code in the HTML (not JSON-LD): no request, but it runs while the page loads. */
  inlineJsBytes: number;
};

/** Bytes of inline script code in a page's HTML, JSON-LD excluded. */
function inlineScriptBytes(path: string): number {
  const html = readFileSync(fileForPath(path)!, 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/i.test(attributes!) && !/application\/ld\+json/i.test(attributes!))
    .reduce((n, [, , code]) => n + Buffer.byteLength(code!), 0);
}

const pages = [
  { name: '/', path: base },
  { name: 'event', path: firstPage('events') },
  { name: 'source', path: firstPage('sources') },
];
// Headless Chromium in a container: no sandbox, GPU, shared-memory file or background traffic.
const chromeFlags =
  '--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run --disable-sync'.split(
    ' ',
  );
const server = await serve();
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await launch({ chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', chromeFlags });
const rows: Row[] = [];
try {
  for (const page of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      // Lighthouse varies from run to run (more so on a busy 2-core machine): keep the median run.
      const lhrs: Lhr[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(
          `${origin}${page.path}`,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
      }
      const lhr = computeMedianRun(lhrs) as Lhr;
      const audit = (id: string) => lhr.audits[id];
      const requests = (
        (audit('network-requests')?.details as { items?: NetworkItem[] } | undefined)?.items ?? []
      ).filter((r) => !r.url.startsWith('data:'));
      const observedLoad =
        (audit('metrics')?.details as { items?: { observedLoad?: number }[] } | undefined)?.items?.[0]?.observedLoad ??
        Infinity;
      const blocking = new Set(
        [audit('render-blocking-insight'), audit('render-blocking-resources')].flatMap((a) =>
          ((a?.details as { items?: { url?: string }[] } | undefined)?.items ?? []).flatMap((i) =>
            i.url ? [i.url] : [],
          ),
        ),
      );
      const scripts = requests.filter((r) => r.resourceType === 'Script');
      const early = scripts.filter((r) => blocking.has(r.url) || (r.networkRequestTime ?? Infinity) < observedLoad);
      rows.push({
        page: page.name === '/' ? '/' : `${page.name} ${page.path}`,
        formFactor,
        scores: Object.fromEntries(
          ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => [
            c,
            lhr.categories[c]?.score === null || lhr.categories[c] === undefined
              ? null
              : Math.round(lhr.categories[c]!.score! * 100),
          ]),
        ),
        lcpMs: Math.round(audit('largest-contentful-paint')?.numericValue ?? NaN),
        tbtMs: Math.round(audit('total-blocking-time')?.numericValue ?? NaN),
        cls: Math.round((audit('cumulative-layout-shift')?.numericValue ?? NaN) * 1000) / 1000,
        transferBytes: Math.round(audit('total-byte-weight')?.numericValue ?? NaN),
        jsBytes: scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0),
        jsBeforeInteractionBytes: early.reduce((n, r) => n + (r.transferSize ?? 0), 0),
        jsBeforeInteraction: early.map((r) => r.url.replace(origin, '')),
        inlineJsBytes: inlineScriptBytes(page.path),
      });
      const failing = Object.values(lhr.categories).filter((c) => c.score !== null && c.score < 1);
      for (const c of failing) {
        const lost = c.auditRefs
          .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
          .map((r) => `${r.id} (${lhr.audits[r.id]?.displayValue ?? lhr.audits[r.id]?.score})`);
        console.error(`  ${page.path} ${formFactor} ${c.id} ${Math.round(c.score! * 100)}: ${lost.join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
  rmSync(snapshot, { recursive: true, force: true });
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(
  '\n| page | form | perf | a11y | best practices | SEO | LCP | TBT | CLS | transfer | JS | JS before interaction | inline JS |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const s = r.scores;
  console.log(
    `| ${r.page} | ${r.formFactor} | ${s['performance']} | ${s['accessibility']} | ${s['best-practices']} | ${s['seo']} | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} | ${kb(r.transferBytes)} | ${kb(r.jsBytes)} | ${kb(r.jsBeforeInteractionBytes)} | ${kb(r.inlineJsBytes)} |`,
  );
}
console.log(
  '(transfer: gzip-compressed bytes over the wire, as Lighthouse counts them; JS: script requests; JS before interaction: script requests that are render-blocking or start before the load event; inline JS: uncompressed <script> code inside the HTML, JSON-LD excluded, already counted in transfer)',
);

const verdicts = [
  ...rows.flatMap((r) =>
    Object.entries(r.scores).map(([c, score]) => ({
      budget: `${r.page} ${r.formFactor}: ${c} 100`,
      holds: score === 100,
      detail: String(score),
    })),
  ),
  ...rows.map((r) => ({
    budget: `${r.page} ${r.formFactor}: 0 bytes of JS before interaction`,
    holds: r.jsBeforeInteractionBytes === 0,
    detail: r.jsBeforeInteraction.join(', ') || 'none',
  })),
  ...rows
    .filter((r) => r.page === '/')
    .map((r) => ({
      budget: `/ ${r.formFactor}: total transfer under 50 KB compressed`,
      holds: r.transferBytes < 50 * 1024,
      detail: kb(r.transferBytes),
    })),
];
console.log('');
for (const v of verdicts.filter((v) => !v.holds)) console.log(`FAIL  ${v.budget} (${v.detail})`);
console.log(
  `${verdicts.filter((v) => v.holds).length} of ${verdicts.length} budgets hold${verdicts.every((v) => v.holds) ? '' : '; FAIL lines above'}.`,
);
const home = rows.find((r) => r.page === '/' && r.formFactor === 'mobile');
if (home)
  console.log(
    `For comparison: a TimelineJS 3 embed alone loads about 90 KB gzipped of JS+CSS; dateline's / transfers ${kb(home.transferBytes)} in all, ${kb(home.jsBytes)} of it JS.`,
  );

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/site.json'),
  `${JSON.stringify({ date: new Date().toISOString(), lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version, rows, verdicts }, null, 2)}\n`,
);
console.log('wrote bench/results/site.json');
process.exit(0);
