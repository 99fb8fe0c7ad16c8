/**
 * Light and dark themes: the system setting rules until the reader presses the toggle, whose
 * choice survives a reload; without JavaScript there is no toggle and the system setting rules.
 */
import { expect, test, type Page } from '@playwright/test';
import { url } from './events.ts';

const background = (page: Page) => page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
/** True when the page's background is dark (its red channel below half). */
const looksDark = async (page: Page) => Number(/\d+/.exec(await background(page))![0]) < 128;
const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`with no choice made, the page follows the system’s ${colorScheme} setting`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(url('/'));
    expect(await looksDark(page), `the background does not follow a ${colorScheme} system`).toBe(
      colorScheme === 'dark',
    );
    await expect(toggle(page)).toHaveAttribute('aria-pressed', String(colorScheme === 'dark'));
  });
}

test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url('/'));
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  expect(await looksDark(page), 'pressing the toggle on a light system did not turn the page dark').toBe(true);
  await page.reload();
  await expect(page.locator('html'), 'the choice was not applied before the page rendered').toHaveAttribute(
    'data-theme',
    'dark',
  );
  expect(await looksDark(page), 'the dark choice did not survive a reload').toBe(true);
  await toggle(page).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  expect(await looksDark(page), 'a light choice did not override a dark system after reload').toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no toggle and the system setting rules', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url('/'));
    await expect(toggle(page)).toBeHidden();
    expect(await looksDark(page), 'a dark system did not give a dark page').toBe(true);
  });
});
