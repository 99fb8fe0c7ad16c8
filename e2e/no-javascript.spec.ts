import { expect, test } from '@playwright/test';
import { base, listSourceArticles } from './site.ts';

test.use({ javaScriptEnabled: false });

const articles = listSourceArticles();

test('the source list shows every source without JavaScript', async ({ page }) => {
  await page.goto(`${base}sources/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  for (const { title } of articles) {
    await expect.soft(page.getByRole('link', { name: title, exact: true }), `no link to "${title}"`).toBeVisible();
  }
});

test('a source page shows its article without JavaScript', async ({ page }) => {
  const article = articles.find(({ topLevelParagraphs }) => topLevelParagraphs > 0);
  test.skip(!article, 'no source has a paragraph');
  await page.goto(article!.path);
  await expect(page.getByRole('heading', { level: 1, name: article!.title, exact: true })).toBeVisible();
  await expect(page.locator('#p-1'), 'the first paragraph is not visible').toBeVisible();
});
