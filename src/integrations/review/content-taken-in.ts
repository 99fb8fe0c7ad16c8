/**
 * Knowing when the dev server has taken in the files a decision wrote. Astro's content layer reads
 * an event file when the file watcher reports it, then saves its data store (`.astro/data-store.json`)
 * about half a second later: pages render from the saved store, and the save is what sends the
 * browser its reload. So a decision waits for the watcher to report its file and then for the next
 * save of the data store; the page's one reload after the answer then shows the decision.
 * (`refreshContent` cannot stand in for this: right after a content file changes, Astro reloads
 * the content config, and a refresh in that moment returns without syncing.)
 */
import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';

/** How long a decision waits for each step before answering anyway. */
const patience = 5_000;

/** Starts waiting for `paths` to be taken in (call it before writing them); the function returned waits until they are. */
export type TakenIn = (paths: readonly string[]) => () => Promise<void>;

/** Waits at most {@link patience} for `promise`. */
async function within(promise: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((done) => (timer = setTimeout(done, patience)))]);
  clearTimeout(timer);
}

/** Follows the dev server's file watcher for the project at `root`. */
export function contentTakenIn(root: string, watcher: ViteDevServer['watcher']): TakenIn {
  const dataStore = resolve(root, '.astro', 'data-store.json');
  const waiting = new Map<string, Set<() => void>>();
  const reported = (path: string) =>
    new Promise<void>((done) => {
      const key = resolve(path);
      waiting.set(key, (waiting.get(key) ?? new Set()).add(done));
    });
  watcher.on('all', (_event: string, path: string) => {
    const key = resolve(path);
    for (const done of waiting.get(key) ?? []) done();
    waiting.delete(key);
  });
  return (paths) => {
    const files = Promise.all(paths.map(reported));
    return async () => {
      await within(files);
      await within(reported(dataStore));
    };
  };
}
