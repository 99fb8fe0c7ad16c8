/**
 * The review across page reloads. Astro's dev server reloads every page when a content file
 * changes, so each decision (which changes a file) is followed by a reload. Two things make that
 * seamless: the reload waits while a decision is on its way or an edit form is open (Vite awaits
 * `vite:beforeFullReload` listeners), so nothing the editor typed is lost and a file changed on disk
 * meanwhile is caught as a conflict on saving; and what the editor should see next (the message,
 * the item to focus) is kept in sessionStorage for the reloaded page.
 */

const key = 'dateline-review';

/** What the next load of a page shows: a message, and the queue item to focus. */
export type PageState = { path: string; message?: string; focus?: string };

let holds = 0;
let idle: Promise<void> = Promise.resolve();
let release: (() => void) | undefined;

/** Holds off the dev server's reloads until the returned function is called (once per hold). */
export function holdReloads(): () => void {
  if (holds++ === 0) idle = new Promise((resolve) => (release = resolve));
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--holds === 0) release?.();
  };
}

if (import.meta.hot) import.meta.hot.on('vite:beforeFullReload', () => idle);

/** Keeps what the page at `path` should show after its next load. */
export function saveState(state: PageState): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(state));
  } catch {
    // Storage may be off: the page still updates, it just forgets the message on reload.
  }
}

/** What this page should show after a reload (undefined on any other page, whose state is dropped). */
export function loadState(): PageState | undefined {
  try {
    const state = JSON.parse(sessionStorage.getItem(key) ?? 'null') as PageState | null;
    if (state?.path === location.pathname) return state;
    sessionStorage.removeItem(key);
  } catch {
    // As above.
  }
  return undefined;
}
