/**
 * axe-core on a loaded page, as every browser test runs it: violations only (axe keeps no details
 * of what passed), each as its rule and the elements it is on, so that a failure names them.
 *
 * In legacy mode: @axe-core/playwright's default finishes every analysis in a fresh blank page
 * (made for cross-origin frames, which the site's pages do not have), and that page costs more
 * than the analysis: 2–4 s per call against 0.8–1.6 s here, measured on this suite's pages. Frames
 * of the same origin are still analysed (axe's own frame messaging).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function axeViolations(
  page: Page,
  {
    rules,
    frames = true,
    include,
    exclude,
  }: { rules?: string[]; frames?: boolean; include?: string; exclude?: string } = {},
): Promise<string[]> {
  // `frames: false` checks the page itself (its iframes' titles included), not what they hold.
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'], iframes: frames });
  // `include` checks one part of the page; `exclude` leaves out markup that is not the site's own.
  if (include) builder.include(include);
  if (exclude) builder.exclude(exclude);
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map(({ id, help, nodes }) => `${id} (${help}): ${nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
