/**
 * axe-core finds no violations on any built page, in the light and the dark theme. Each test crawls
 * one group of pages (see `listPageGroups`) and reports every violation with its page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { crawlTimeout, listPageGroups } from './site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, pages } of listPageGroups()) {
    test(`axe finds no violations on the ${name} pages (${colorScheme} theme)`, async ({ page }) => {
      test.setTimeout(crawlTimeout(pages.length));
      await page.emulateMedia({ colorScheme });
      const violationsByPage: Record<string, unknown[]> = {};
      for (const { path } of pages) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        if (violations.length > 0)
          violationsByPage[path] = violations.map(({ id, help, nodes }) => ({
            rule: id,
            help,
            targets: nodes.map((node) => node.target.join(' ')),
          }));
      }
      expect(violationsByPage, `axe violations by page (${colorScheme} theme)`).toEqual({});
    });
  }
}
