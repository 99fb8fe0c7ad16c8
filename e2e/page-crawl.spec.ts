/**
 * Every built page in the browser, once: axe-core finds no violations in the light theme, the
 * colour rules find none in the dark theme, and the site's own text is spaced around inline
 * elements (`spacing.ts`). Each test crawls one group of pages (see `listPageGroups`) and reports
 * every problem with its page.
 *
 * The theme follows `prefers-color-scheme` live (CSS `light-dark()`), so the dark pass switches the
 * emulated scheme on the loaded page rather than loading it again, and runs only the rules whose
 * outcome depends on colour: structure, names and roles are the same in both themes.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { crawlTimeout, listPageGroups } from './site.ts';
import { spacingIgnored, spacingProblems } from './spacing.ts';

/** axe's default rules that read colours: the ones the dark theme can fail on its own (AAA's enhanced contrast is not one of the defaults). */
const colourRules = ['color-contrast', 'link-in-text-block'];

for (const { name, pages } of listPageGroups()) {
  test(
    `the ${name} pages pass axe in both themes and are spaced around inline elements`,
    { tag: '@sites' },
    async ({ page }) => {
      test.setTimeout(crawlTimeout(pages.length));
      const problems: Record<string, Record<string, unknown[]>> = {};
      const note = (path: string, check: string, found: unknown[]): void => {
        if (found.length > 0) (problems[path] ??= {})[check] = found;
      };
      for (const { path } of pages) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        note(path, 'axe (light theme)', await axeViolations(page));
        note(path, 'spacing around inline elements', await page.evaluate(spacingProblems, spacingIgnored));
        const ink = () => page.evaluate(() => getComputedStyle(document.body).color);
        const light = await ink();
        await page.emulateMedia({ colorScheme: 'dark' });
        // The switch must have reached the page's colours, or the dark pass would check the light theme.
        const dark = await ink();
        note(path, 'dark theme', dark === light ? [`the text colour stayed ${light} in the dark theme`] : []);
        note(path, 'axe colour rules (dark theme)', await axeViolations(page, { rules: colourRules }));
      }
      expect(problems, 'problems by page and check').toEqual({});
    },
  );
}
