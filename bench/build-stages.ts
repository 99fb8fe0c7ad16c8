/**
 * Where the time of an Astro build went, read from its own output: the stage boundaries that
 * `src/integrations/build-timings.ts` logs (with DATELINE_BUILD_TIMINGS set), Vite's bundle time,
 * each route's render time (`├─ /path (+12ms)`) and the search indexer's own time.
 */

/** Seconds spent in each stage of one build; together they make up its wall time. */
export type BuildStages = {
  /** Node and Astro start-up, config, content sync and types: until `astro:build:start`. */
  content: number;
  /** Vite's bundle of the site (every MDX entry is a module). */
  bundle: number;
  /** Rendering the HTML pages. */
  pages: number;
  /** The share-image routes: waiting for cards the workers draw alongside the pages. */
  images: number;
  /** `/events.json`, `/timeline.json`, `/rss.xml`, `/timeline.ics`, `/robots.txt`. */
  feeds: number;
  /** Pagefind's index (an `astro:build:done` hook). */
  search: number;
  /** Whatever the others leave: writing assets, the sitemap, other hooks, process exit. */
  rest: number;
  /** CPU seconds the share-image workers spent drawing cards (not a stage: they draw alongside the pages). */
  drawingCpu: number;
  /** Share images drawn (the rest came from the cache). */
  drawn: number;
};

const feedRoutes = new Set(['/events.json', '/timeline.json', '/rss.xml', '/timeline.ics', '/robots.txt']);

/** Seconds in one of Astro's durations: `941ms`, `10.94s`, `1m 1s`. */
export function parseDuration(text: string): number {
  let seconds = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) {
    seconds += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  }
  return seconds;
}

/** The stages of a build from its output and its wall time (seconds); undefined stages when the output lacks them. */
export function parseBuildStages(output: string, wallSeconds: number): BuildStages {
  const loaded = Number(/content loaded at ([\d.]+)s/.exec(output)?.[1] ?? 0);
  const bundle = [...output.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].reduce(
    (sum, m) => sum + parseDuration(m[1]!),
    0,
  );
  const routes = { pages: 0, images: 0, feeds: 0 };
  for (const [, path, duration] of output.matchAll(/[├└]─ (\S+) \(\+([^)]+)\)/g)) {
    const kind = path!.startsWith('/og/') ? 'images' : feedRoutes.has(path!) ? 'feeds' : 'pages';
    routes[kind] += parseDuration(duration!);
  }
  const search = parseDuration(
    /search index of \d+ pages written to pagefind\/ in ([\d.]+s)/.exec(output)?.[1] ?? '0s',
  );
  const known = loaded + bundle + routes.pages + routes.images + routes.feeds + search;
  const [, drawn = '0', drawingCpu = '0'] = /share images drawn: (\d+) in ([\d.]+)s of CPU/.exec(output) ?? [];
  return {
    content: loaded,
    bundle,
    ...routes,
    search,
    rest: Math.max(0, wallSeconds - known),
    drawingCpu: Number(drawingCpu),
    drawn: Number(drawn),
  };
}
