/** The print stylesheet: no navigation, search box or theme toggle on paper; sources print as references. */
import { expect, test } from '@playwright/test';
import { listEvents, url } from './events.ts';

test('printing the timeline hides navigation, search and the theme toggle', async ({ page }) => {
  await page.goto(url('/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' }), 'site navigation prints').toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Years' }), 'the year index prints').toBeHidden();
  await expect(page.getByRole('searchbox'), 'the search box prints').toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark theme' }), 'the theme toggle prints').toBeHidden();
  await expect(page.getByText('Keyboard:'), 'the keyboard hint prints').toBeHidden();
});

test('printed source chips name the paragraph they cite', async ({ page }) => {
  const event = listEvents()[0]!;
  await page.goto(url('/'));
  await page.emulateMedia({ media: 'print' });
  const chip = page
    .locator(`article[id="${event.id}"]`)
    .getByRole('list', { name: 'Sources' })
    .getByRole('link')
    .first();
  await expect(chip.getByText(/paragraph \d+/), 'the paragraph reference is not printed').toBeVisible();
});

test('printing shows every event on a white page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto(url('/'));
  await expect(page.locator('article[data-event]')).toHaveCount(listEvents().length);
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
});
