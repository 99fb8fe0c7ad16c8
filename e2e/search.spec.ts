/**
 * Search (Pagefind, built into dist/pagefind by the build): the words of the story find the events
 * and articles that contain them, the results are links that open those pages (base path
 * included), the header box leads to the search page, and without JavaScript the page says why.
 * About the first story itself: its words Qamishli and Vnukovo, each result list read from its
 * content. `fixture-story.spec.ts` checks a search's results against titles written in the test.
 */
import { expect, test, type Page } from '@playwright/test';
import { listEvents, url } from './events.ts';
import { base, listSourceArticles } from './site.ts';

const events = listEvents();
const articles = listSourceArticles();

/** Titles of the events and articles whose indexed text contains a word (case-insensitive). */
function expectedTitles(word: string): string[] {
  const has = (text: string) => text.toLowerCase().includes(word.toLowerCase());
  const eventTitles = events
    .filter((e) =>
      [
        e.data.title,
        e.summary,
        ...e.data.sources.map((c) => c.quote),
        ...e.data.tags,
        ...e.data.actors,
        ...e.data.places,
      ].some(has),
    )
    .map((e) => e.data.title);
  const articleTitles = articles.filter((a) => [a.title, ...a.texts].some(has)).map((a) => a.title);
  return [...eventTitles, ...articleTitles];
}

const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('link');

test.describe('search', { tag: '@base' }, () => {
  for (const word of ['Qamishli', 'Vnukovo']) {
    test(`searching “${word}” lists every event and article that mentions it`, async ({ page }) => {
      const expected = expectedTitles(word);
      expect(expected.length, `no event or article mentions ${word}: the test has nothing to look for`).toBeGreaterThan(
        0,
      );
      await page.goto(url(`/search/?q=${word}`));
      await expect(page.getByRole('status')).toHaveText(new RegExp(`^${expected.length} results? for “${word}”`));
      const titles = await results(page).allInnerTexts();
      expect(titles.toSorted(), `results for ${word} are not the events and articles that mention it`).toEqual(
        expected.toSorted(),
      );
    });

    test(`the first result for “${word}” opens its page under the base path`, async ({ page }) => {
      await page.goto(url(`/search/?q=${word}`));
      const first = results(page).first();
      const title = await first.innerText();
      expect(await first.getAttribute('href'), 'the result link does not start with the base path').toMatch(
        new RegExp(`^${base}(events|sources)/[^/]+/$`),
      );
      await first.click();
      await expect(page.getByRole('heading', { level: 1 }), 'the result did not open the page it names').toHaveText(
        title,
      );
      await expect(page.getByRole('main')).toContainText(word);
    });
  }

  test('the header search box submits to the search page, which runs the query', async ({ page }) => {
    await page.goto(url('/'));
    await page.getByRole('searchbox', { name: 'Search events and sources' }).fill('Vnukovo');
    await page.getByRole('searchbox', { name: 'Search events and sources' }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`${url('/search/')}\\?q=Vnukovo$`));
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('Vnukovo');
    await expect(results(page).first()).toBeVisible();
  });

  test('a filter narrows the results to one source', async ({ page }) => {
    await page.goto(url('/search/?q=Qamishli'));
    await expect(results(page).first()).toBeVisible();
    const all = await results(page).count();
    const source = page.getByRole('combobox', { name: 'Source' });
    const option = (await source.locator('option').allInnerTexts())[1]!;
    await source.selectOption(option);
    await expect(page).toHaveURL(/[?&]source=/);
    await expect(page.getByRole('status')).toHaveText(/results?|No results/);
    expect(await results(page).count(), 'filtering by one source did not narrow the results').toBeLessThan(all);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the search page explains that search needs JavaScript and keeps a working form', async ({ page }) => {
      await page.goto(url('/search/?q=Qamishli'));
      await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
      await expect(page.getByRole('link', { name: 'tag, actor and place' })).toBeVisible();
      await page.getByRole('searchbox', { name: 'Words to find' }).fill('Vnukovo');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(new RegExp(`${url('/search/')}\\?q=Vnukovo$`));
    });
  });
});
