import { expect, test } from '@playwright/test';
import { listSourceArticles, normalizeSpace } from './site.ts';

const articles = listSourceArticles();

test('there are sources to test', () => {
  expect(articles.length, 'content/sources/ holds no .mdx files').toBeGreaterThan(0);
});

for (const article of articles) {
  test.describe(`source ${article.id}`, () => {
    test('shows the whole article', async ({ page }) => {
      await page.goto(article.path);
      const mainText = normalizeSpace(await page.getByRole('main').innerText());
      for (const [index, text] of article.texts.entries()) {
        expect
          .soft(mainText, `block ${index + 1} of content/sources/${article.id}.mdx is missing from ${article.path}`)
          .toContain(text);
      }
    });

    test('numbers its top-level paragraphs p-1…p-N', async ({ page }) => {
      await page.goto(article.path);
      const ids = await page
        .locator('[data-article-body] > p')
        .evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
      const expected = Array.from({ length: article.topLevelParagraphs }, (_, i) => `p-${i + 1}`);
      expect(ids, 'paragraph ids are not p-1…p-N in document order').toEqual(expected);
    });

    test('makes #p-2 the target, with a link to itself', async ({ page }) => {
      test.skip(article.topLevelParagraphs < 2, 'the article has fewer than two paragraphs');
      await page.goto(`${article.path}#p-2`);
      const target = page.locator(':target');
      await expect(target, '#p-2 is not the :target paragraph').toHaveAttribute('id', 'p-2');
      await expect(
        target.getByRole('link', { name: 'Link to paragraph 2' }),
        'paragraph 2 has no self-link pointing at #p-2',
      ).toHaveAttribute('href', '#p-2');
    });
  });
}
