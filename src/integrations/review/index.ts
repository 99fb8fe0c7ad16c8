/**
 * Review in the browser, during `astro dev` only: every automatic event on the timeline, on its
 * page and on the review queue (`/_review/`) offers Accept, Edit and Reject, which write the event
 * files as `npm run review` and a hand edit do. Built from Astro's own extension points, each used
 * only when the command is `dev`, so `astro build` sees none of it (no route, script or endpoint):
 *
 * - `injectRoute` adds the queue page; `injectScript('page')` adds the controls to every page;
 * - `addDevToolbarApp` adds a Review app to the dev toolbar (how many await review, a link to the queue);
 * - `astro:server:setup` mounts the endpoints on the dev server (see `endpoint.ts`); a decision
 *   answers once the content layer has taken the file in (the server's file watcher,
 *   `content-taken-in.ts`), so the page's reload shows it;
 * - a virtual module hands the pages this session's token and the endpoints' path.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { endpointPath, reviewEndpoints } from './endpoint.ts';
import { contentTakenIn } from './content-taken-in.ts';

/** The virtual module the review's browser code reads the session from. */
const sessionModule = 'virtual:dateline/review-session';

/** The queue page's path under the site's base. */
export const reviewPagePath = '/_review';

const icon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M9 6h11M9 12h11M9 18h11"/><path d="m3 6 1.5 1.5L7 5M3 12l1.5 1.5L7 11M3 18l1.5 1.5L7 17"/></svg>';

/** The review integration; it does nothing outside `astro dev`. */
export function review(): AstroIntegration {
  // One token per dev server: a page from another origin cannot read it, and a restart retires it.
  const token = randomBytes(32).toString('base64url');
  let root = '';
  let enabled = false;
  return {
    name: 'dateline:review',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, injectScript, addDevToolbarApp, updateConfig }) => {
        if (command !== 'dev') return;
        enabled = true;
        root = fileURLToPath(config.root);
        const resolved = `\0${sessionModule}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dateline:review-session',
                resolveId: (id: string) => (id === sessionModule ? resolved : undefined),
                load: (id: string) =>
                  id === resolved
                    ? `export const token = ${JSON.stringify(token)};\nexport const endpoint = ${JSON.stringify(endpointPath)};\nexport const queuePage = ${JSON.stringify(reviewPagePath.slice(1) + '/')};\n`
                    : undefined,
              },
            ],
          },
        });
        injectRoute({ pattern: reviewPagePath, entrypoint: new URL('./ReviewPage.astro', import.meta.url) });
        injectScript(
          'page',
          `import ${JSON.stringify(fileURLToPath(new URL('./client/review-client.ts', import.meta.url)))};`,
        );
        addDevToolbarApp({
          id: 'dateline-review',
          name: 'Review automatic events',
          icon,
          entrypoint: new URL('./toolbar-app.ts', import.meta.url),
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!enabled) return;
        server.middlewares.use(
          endpointPath,
          reviewEndpoints({ root, token, logger, takenIn: contentTakenIn(root, server.watcher) }),
        );
        logger.info(`review automatic events in the browser: open ${reviewPagePath}/ or use the buttons on each page`);
      },
    },
  };
}
