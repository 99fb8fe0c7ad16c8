/** The build benchmark's reading of Astro's output (bench/build-stages.ts). */
import { describe, expect, it } from 'vitest';
import { parseBuildStages, parseDuration } from '../bench/build-stages.ts';

describe.each([
  ['941ms', 0.941],
  ['10.94s', 10.94],
  ['1m 1s', 61],
  ['1m 50s', 110],
])('parseDuration(%j)', (text, seconds) => {
  it(`is ${seconds} s`, () => expect(parseDuration(text)).toBeCloseTo(seconds, 6));
});

const output = `16:13:37 [dateline:timings] content loaded at 2.50s
16:13:40 [vite] ✓ built in 10.70s
16:13:40 [vite] ✓ built in 30ms
 generating static routes
16:13:41   ├─ /404.html (+10ms)
16:13:41   ├─ /events/a/index.html (+1.5s)
16:13:41   ├─ /events.json (+20ms)
16:13:41   ├─ /rss.xml (+30ms)
16:13:41   ├─ /og/events/a.png (+2.00s)
16:13:41   └─ /og/timeline.png (+500ms)
16:13:49 [dateline:timings] pages generated at 12.00s
16:13:49 [dateline:timings] share images drawn: 1200 in 54.21s of CPU
16:13:50 [dateline:pagefind] search index of 3 pages written to pagefind/ in 4.00s
`;

describe('parseBuildStages', () => {
  const stages = parseBuildStages(output, 25);

  it('takes the content stage from the timings integration', () => expect(stages.content).toBe(2.5));
  it('adds up both Vite bundles', () => expect(stages.bundle).toBeCloseTo(10.73, 6));
  it('sorts routes into pages, share images and feeds', () => {
    expect(stages.pages).toBeCloseTo(1.51, 6);
    expect(stages.images).toBeCloseTo(2.5, 6);
    expect(stages.feeds).toBeCloseTo(0.05, 6);
  });
  it('takes the search stage from the indexer’s own time', () => expect(stages.search).toBe(4));
  it('leaves the rest of the wall time to rest', () => {
    const { drawingCpu: _, drawn: __, ...wall } = stages;
    expect(Object.values(wall).reduce((sum, s) => sum + s, 0)).toBeCloseTo(25, 6);
  });
  it('reads how many share images were drawn, in how much CPU time', () =>
    expect([stages.drawn, stages.drawingCpu]).toEqual([1200, 54.21]));
});
