/**
 * Reports when each stage of a build ended, for `npm run bench:build`: content loaded (sync and
 * types, from the start of the process), bundled and rendered, then the after-build hooks (sitemap,
 * search index), and how many share images were drawn in how much CPU time. Silent unless
 * `DATELINE_BUILD_TIMINGS` is set, so ordinary builds print nothing more.
 * List it first among the integrations: its `astro:build:done` then runs before the others'.
 */
import type { AstroIntegration } from 'astro';

/** An Astro integration that logs the stage boundaries of a build, in seconds since the process started. */
export function buildTimings(): AstroIntegration {
  const enabled = Boolean(process.env['DATELINE_BUILD_TIMINGS']);
  const at = (): string => (performance.now() / 1000).toFixed(2);
  return {
    name: 'dateline:timings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (enabled) logger.info(`content loaded at ${at()}s`);
      },
      'astro:build:generated': ({ logger }) => {
        if (!enabled) return;
        logger.info(`pages generated at ${at()}s`);
        // Counted by src/pages/og/_share-image.ts, in whichever thread drew each card.
        const drawn = (globalThis as Record<symbol, { cards: number; cpuUs: number } | undefined>)[
          Symbol.for('dateline.share-images')
        ];
        logger.info(`share images drawn: ${drawn?.cards ?? 0} in ${((drawn?.cpuUs ?? 0) / 1e6).toFixed(2)}s of CPU`);
      },
      'astro:build:done': ({ logger }) => {
        if (enabled) logger.info(`after-build hooks start at ${at()}s`);
      },
    },
  };
}
