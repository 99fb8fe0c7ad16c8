/** j / k on the timeline move between events (progressive enhancement), documented on the page. */
import { expect, test } from '@playwright/test';
import { listEvents, url } from './events.ts';

const events = listEvents();
const titleLink = (id: string) => `article[id="${id}"] a[href$="/events/${id}/"]`;

test('j and k move focus to the next and previous event and put it in the URL', async ({ page }) => {
  test.skip(events.length < 2, 'needs two events');
  await page.goto(url('/'));
  await expect(page.getByText('Keyboard: j / k')).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator(titleLink(events[0]!.id)), 'j from the top does not focus the first event').toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#${events[0]!.id}$`));
  await page.keyboard.press('j');
  await expect(page.locator(titleLink(events[1]!.id)), 'j does not move to the next event').toBeFocused();
  await expect(page.locator(`article[id="${events[1]!.id}"]`)).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`#${events[1]!.id}$`));
  await page.keyboard.press('k');
  await expect(page.locator(titleLink(events[0]!.id)), 'k does not move back to the previous event').toBeFocused();
});

test('j typed in the search box or with a modifier does not move between events', async ({ page }) => {
  await page.goto(url('/'));
  const box = page.getByRole('searchbox', { name: 'Search events and sources' });
  await box.press('j');
  await expect(box).toHaveValue('j');
  await expect(box, 'typing j in the search box moved focus').toBeFocused();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+j');
  await expect(page.locator(titleLink(events[0]!.id))).not.toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the keyboard hint is not shown', async ({ page }) => {
    await page.goto(url('/'));
    await expect(page.getByText('Keyboard: j / k')).toBeHidden();
  });
});
