import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { listPages } from './site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    for (const { path } of listPages()) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map(({ id, help, nodes }) => ({
          rule: id,
          help,
          targets: nodes.map((node) => node.target.join(' ')),
        }));
        expect(summary, `axe violations on ${path} (${colorScheme})`).toEqual([]);
      });
    }
  });
}
