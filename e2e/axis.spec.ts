/**
 * The story at a glance on `/`: a row and a link per year with events, a link per event, each run
 * of empty years shortened to one labelled break, eras as bands, all without JavaScript and
 * within a phone's width. Expectations come from `content/`, not from the built page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { listEvents, url } from './events.ts';

const events = listEvents();
const years = [...new Set(events.map((e) => Number(e.data.date.slice(0, 4))))].sort((a, b) => a - b);
/** Every run of years without events between two years with events. */
const gaps = years.slice(1).flatMap((year, i) => (year - years[i]! > 1 ? [{ from: years[i]! + 1, to: year - 1 }] : []));
const story = parseYaml(readFileSync(new URL('../content/story.yaml', import.meta.url), 'utf8')) as {
  eras?: { name: string }[];
};

const axisOf = (page: Page) => page.getByRole('region', { name: 'The story at a glance' });

test('the first story has gaps to shorten', () => {
  expect(gaps.length, 'no run of empty years between events: the compressed break goes untested').toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the axis links every year with events to its place in the list', async ({ page }) => {
    await page.goto(url('/'));
    const axis = axisOf(page);
    const yearLinks = axis.getByRole('link', { name: /^\d{4}, \d+ events?$/ });
    await expect(yearLinks).toHaveText(years.map((y) => new RegExp(`^${y}`)));
    for (const year of years) {
      const count = events.filter((e) => e.data.date.startsWith(String(year))).length;
      const link = axis.getByRole('link', {
        name: `${year}, ${count} ${count === 1 ? 'event' : 'events'}`,
        exact: true,
      });
      await expect(link).toHaveAttribute('href', `#year-${year}`);
    }
    await yearLinks.first().click();
    await expect(page).toHaveURL(new RegExp(`#year-${years[0]}$`));
    await expect(page.locator(`#year-${years[0]}`)).toBeInViewport();
  });

  test('the axis links every event, named by its date and title, to its card', async ({ page }) => {
    await page.goto(url('/'));
    const axis = axisOf(page);
    const eventLinks = axis.locator('a[href^="#"]:not([href^="#year-"])');
    await expect(eventLinks).toHaveCount(events.length);
    expect(await eventLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      events.map((e) => `#${e.id}`),
    );
    for (const event of events) {
      await expect(axis.locator(`a[href="#${event.id}"]`)).toHaveAccessibleName(
        new RegExp(`: ${escapeRegExp(event.data.title)}$`),
      );
    }
    const last = events.at(-1)!;
    await axis.locator(`a[href="#${last.id}"]`).click();
    const card = page.locator(`article[id="${last.id}"]`);
    await expect(card).toBeInViewport();
    expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('each run of empty years is one visible, labelled break, no taller than a year', async ({ page }) => {
    await page.goto(url('/'));
    const axis = axisOf(page);
    const yearRow = axis
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: new RegExp(`^${years[0]},`) }) })
      .first();
    const yearHeight = (await yearRow.boundingBox())!.height;
    for (const { from, to } of gaps) {
      const n = to - from + 1;
      const label = `${n} ${n === 1 ? 'year' : 'years'}, ${from === to ? from : `${from}–${to}`}`;
      const gap = axis.getByRole('listitem').filter({ hasText: label });
      await expect(gap, `no break labelled "${label}"`).toBeVisible();
      expect((await gap.boundingBox())!.height, `the break of ${n} years is taller than a year`).toBeLessThanOrEqual(
        Math.max(yearHeight, 48),
      );
    }
  });

  test('the picture has a text alternative naming the years and the breaks', async ({ page }) => {
    await page.goto(url('/'));
    const rows = axisOf(page).getByRole('list').first();
    const description = await rows.evaluate(
      (list) => document.getElementById(list.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    );
    expect(description).toContain(`${events.length} events from ${years[0]} to ${years.at(-1)}`);
    for (const { from, to } of gaps) expect(description).toContain(from === to ? `(${from})` : `(${from}–${to})`);
  });

  test('eras are drawn as bands and named in the key', async ({ page }) => {
    const eras = story.eras ?? [];
    test.skip(eras.length === 0, 'the story has no eras');
    await page.goto(url('/'));
    const key = axisOf(page).getByRole('list', { name: 'Key' });
    for (const era of eras) await expect(key.getByRole('listitem').filter({ hasText: era.name })).toBeVisible();
    expect(await axisOf(page).locator('.axis-band').count(), 'no era band is drawn').toBeGreaterThan(0);
  });
});

test('at 390 px wide the axis causes no horizontal scrolling, and every event is a 24 px target in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url('/'));
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
  const boxes = await axisOf(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
  for (const box of boxes) {
    expect(box.right).toBeLessThanOrEqual(390);
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(23.5);
  }
});

test('the axis prints within the page width', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(url('/'));
  const axis = axisOf(page);
  await expect(axis).toBeVisible();
  const box = (await axis.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
