import { expect, test } from '@playwright/test';
import { crawlTimeout, listSourceArticles, normalizeSpace } from './site.ts';

const articles = listSourceArticles();

test('there are sources to test', () => {
  expect(articles.length, 'content/sources/ holds no .mdx files').toBeGreaterThan(0);
});

// Each check crawls every source page, with soft assertions, so that a failure names every article it is on.
test('every source page shows its whole article', async ({ page }) => {
  test.setTimeout(crawlTimeout(articles.length));
  for (const article of articles) {
    await page.goto(article.path);
    const mainText = normalizeSpace(await page.getByRole('main').innerText());
    for (const [index, text] of article.texts.entries()) {
      expect
        .soft(mainText, `block ${index + 1} of content/sources/${article.id}.mdx is missing from ${article.path}`)
        .toContain(text);
    }
  }
});

test('every source page numbers its top-level paragraphs p-1…p-N', async ({ page }) => {
  test.setTimeout(crawlTimeout(articles.length));
  for (const article of articles) {
    await page.goto(article.path);
    const ids = await page.locator('[data-article-body] > p').evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
    const expected = Array.from({ length: article.topLevelParagraphs }, (_, i) => `p-${i + 1}`);
    expect.soft(ids, `${article.path}: paragraph ids are not p-1…p-N in document order`).toEqual(expected);
  }
});

test('on every source page #p-2 is the target, with a link to itself', async ({ page }) => {
  const withTwo = articles.filter((article) => article.topLevelParagraphs >= 2);
  test.skip(withTwo.length === 0, 'no article has two paragraphs');
  test.setTimeout(crawlTimeout(withTwo.length));
  for (const article of withTwo) {
    await page.goto(`${article.path}#p-2`);
    const target = page.locator(':target');
    await expect.soft(target, `${article.path}: #p-2 is not the :target paragraph`).toHaveAttribute('id', 'p-2');
    await expect
      .soft(
        target.getByRole('link', { name: 'Link to paragraph 2' }),
        `${article.path}: paragraph 2 has no self-link pointing at #p-2`,
      )
      .toHaveAttribute('href', '#p-2');
  }
});
