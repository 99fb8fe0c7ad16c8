import { expect, test } from '@playwright/test';
import { base, listSourceArticles } from './site.ts';

const pages = [
  `${base}`,
  `${base}sources/`,
  ...listSourceArticles()
    .slice(0, 1)
    .map(({ path }) => path),
];

for (const path of pages) {
  test(`on ${path} the first Tab reaches the skip link, which moves focus to main`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expect(skipLink, 'the first Tab does not focus the skip link').toBeFocused();
    await expect(skipLink, 'the focused skip link is not visible').toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main'), 'activating the skip link does not focus main').toBeFocused();
  });
}
