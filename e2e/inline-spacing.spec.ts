/**
 * The spacing check of `spacing.ts` on pages made for it: it finds what it must and nothing else.
 * `page-crawl.spec.ts` runs it on every built page.
 */
import { expect, test } from '@playwright/test';
import { spacingIgnored, spacingProblems } from './spacing.ts';

test.describe('the spacing check itself', () => {
  const cases = [
    {
      name: 'a lost space after a full stop and a padded key before one',
      html: '<p>A mark links to the paragraph.<strong>5</strong> of 20 are marked<span style="padding: 0 4px">like this</span>.</p>',
      problems: 3,
    },
    { name: 'a space before a full stop after a link', html: '<p>See <a href="#">the sources</a> .</p>', problems: 1 },
    { name: 'words run into a link', html: '<p>Read<a href="#">more</a>here</p>', problems: 2 },
    {
      name: 'well-spaced text',
      html: '<p>A mark links to the paragraph. <strong>5</strong> of 20 are marked <span>like this</span>. (<a href="#">x</a>) <kbd>j</kbd> / <kbd>k</kbd></p>',
      problems: 0,
    },
    {
      name: 'article text is not the site’s',
      html: '<div class="prose"><p>Read<a href="#">more</a></p></div>',
      problems: 0,
    },
  ];
  test('finds each problem it must, and none in well-spaced or article text', async ({ page }) => {
    for (const { name, html, problems } of cases) {
      await page.setContent(`<!doctype html><html lang="en"><body>${html}</body></html>`);
      const found = await page.evaluate(spacingProblems, spacingIgnored);
      expect.soft(found, `${name}: ${JSON.stringify(found)}`).toHaveLength(problems);
    }
  });
});
