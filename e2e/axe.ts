/**
 * axe-core on a loaded page, as every browser test runs it: violations only (axe skips collecting
 * passes and incomplete results, which is most of its time), each as its rule and the elements it
 * is on, so that a failure names them.
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
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'], iframes: frames });
  // `include` checks one part of the page; `exclude` leaves out markup that is not the site's own.
  if (include) builder.include(include);
  if (exclude) builder.exclude(exclude);
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map(({ id, help, nodes }) => `${id} (${help}): ${nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
