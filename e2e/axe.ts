/**
 * axe-core on a loaded page, as every browser test runs it: violations only (axe keeps no details
 * of what passed), each as its rule and the elements it is on, so that a failure names them.
 *
 * axe is loaded into each document once, before the page's own scripts (an init script of the
 * page, so every frame and every later navigation of it has axe too), and run with `axe.run` in
 * the page: frames of the same origin are analysed through axe's own frame messaging. This is what
 * @axe-core/playwright does in its legacy mode, less its cost: it evaluates axe's 580 KB source
 * into every frame on every call (twice into the page itself), which took longer than the analysis:
 * 2.4 s against 1.15 s per page for the crawl's two passes, measured side by side on this site.
 * (Its default mode also finishes each analysis in a fresh blank page, made for cross-origin
 * frames, which the site's pages do not have.)
 */
import type { Frame, Page } from '@playwright/test';
import axe from 'axe-core';

const withAxe = new WeakSet<Page>();

/** Loads axe into `frame`'s document unless it has it (a page that loaded before the init script, or with JavaScript off). */
async function loadAxe(frame: Frame): Promise<void> {
  const present = await frame.evaluate('typeof window.axe === "object"').catch(() => true);
  if (!present) await frame.evaluate(axe.source);
}

export async function axeViolations(
  page: Page,
  {
    rules,
    frames = true,
    include,
    exclude,
  }: { rules?: string[]; frames?: boolean; include?: string; exclude?: string } = {},
): Promise<string[]> {
  if (!withAxe.has(page)) {
    withAxe.add(page);
    await page.addInitScript(axe.source);
  }
  for (const frame of frames ? page.frames() : [page.mainFrame()]) await loadAxe(frame);
  // `frames: false` checks the page itself (its iframes' titles included), not what they hold.
  const options: axe.RunOptions = {
    resultTypes: ['violations'],
    iframes: frames,
    ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
  };
  // `include` checks one part of the page; `exclude` leaves out markup that is not the site's own.
  const parts = { ...(include && { include: [include] }), ...(exclude && { exclude: [exclude] }) };
  const violations = await page.evaluate(
    async ({ parts, options }): Promise<{ id: string; help: string; targets: string[] }[]> => {
      const context = Object.keys(parts).length > 0 ? (parts as axe.ElementContext) : document;
      const results = await window.axe.run(context, options as axe.RunOptions);
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { parts, options },
  );
  return violations.map(({ id, help, targets }) => `${id} (${help}): ${targets.join(', ')}`);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
