import { expect, test } from '@playwright/test';
import type { Element, ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { monthNames } from '../src/lib/dates/lexicon.ts';
import { foldForMatching } from '../src/lib/timeline/quote-match.ts';
import { listEvents, readContentEvents, url } from './events.ts';
import { parsed } from './resolve.ts';
import { listPages } from './site.ts';

const events = listEvents();

test('there are events to test', () => {
  expect(events.length, 'content/events/ holds no .mdx files').toBeGreaterThan(0);
});

test('the timeline lists every event, in date order', () => {
  // Which events share a date, and how they are ordered then, is checked in fixture-story.spec.ts.
  expect(events.map((e) => e.id).toSorted(), 'events on / are not the content’s').toEqual(
    readContentEvents().map((e) => e.id),
  );
  // ISO dates compare as text: a year before its months, a day before its times. (Times with
  // different UTC offsets would not: the first story gives none, and its content test would say so.)
  expect(events.filter((e) => /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(e.data.date)).map((e) => e.id)).toEqual([]);
  const dates = events.map((e) => e.data.date);
  expect(dates, 'events on / are not in date order').toEqual(dates.toSorted());
});

test('the timeline groups events by year with a year index', async ({ page }) => {
  await page.goto(url('/'));
  const years = [...new Set(events.map((e) => e.data.date.slice(0, 4)))];
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^\d{4}$/ })).toHaveText(years);
  const index = page.getByRole('navigation', { name: 'Years' }).getByRole('link');
  await expect(index).toHaveText(years);
  await index.last().click();
  await expect(page).toHaveURL(new RegExp(`#year-${years.at(-1)}$`));
});

test('each event shows its sources, corroboration and permalink', async ({ page }) => {
  await page.goto(url('/'));
  for (const event of events) {
    const card = page.locator(`article[id="${event.id}"]`);
    const distinct = new Set(event.data.sources.map((c) => c.source.id)).size;
    await expect(card.locator('.corroboration'), `${event.id}: corroboration`).toHaveText(
      `${distinct} ${distinct === 1 ? 'source' : 'sources'}`,
    );
    await expect(
      card.getByRole('list', { name: 'Sources' }).getByRole('link'),
      `${event.id}: source chips`,
    ).toHaveCount(event.data.sources.length);
    await expect(card.getByRole('link', { name: `Link to ${event.data.title}`, exact: true })).toHaveAttribute(
      'href',
      `#${event.id}`,
    );
  }
});

test('a deep link /#<event> lands on and highlights that event', async ({ page }) => {
  const event = events[Math.floor(events.length / 2)]!;
  await page.goto(url(`/#${event.id}`));
  const card = page.locator(`article[id="${event.id}"]`);
  await expect(card).toBeInViewport();
  const other = page.locator('article[data-event]').first();
  const background = (l: typeof card) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await card.evaluate((el) => el.matches(':target')), 'the event is not the :target').toBe(true);
  expect(await background(card), 'the targeted event is not highlighted').not.toBe(await background(other));
});

test('an event page links each quote to the exact paragraph, which highlights it', async ({ page }) => {
  const event = events.find((e) => e.data.sources.length > 1) ?? events[0]!;
  for (const citation of event.data.sources) {
    await page.goto(url(`/events/${event.id}/`));
    const link = page
      .getByRole('link', { name: new RegExp(`paragraph \\d+$`) })
      .nth(event.data.sources.indexOf(citation));
    const href = await link.getAttribute('href');
    expect(href, 'citation link does not point at a paragraph of its source').toMatch(
      new RegExp(`/sources/${citation.source.id}/#p-\\d+$`),
    );
    await link.click();
    const paragraph = page.locator('p:target');
    await expect(paragraph, 'the linked paragraph is not the :target').toHaveAttribute('id', href!.split('#')[1]!);
    const marked = foldForMatching((await paragraph.locator('mark').allInnerTexts()).join(' ')).folded;
    expect(marked, 'the quote is not marked in its paragraph').toContain(
      foldForMatching(citation.quote).folded.slice(0, 30),
    );
    const back = paragraph.locator(`a.quote-link[href$="/events/${event.id}/"]`);
    await expect(back.first(), 'the mark does not link back to the event').toBeVisible();
  }
});

test('an event page links to the previous and next events', async ({ page }) => {
  const i = Math.min(1, events.length - 1);
  await page.goto(url(`/events/${events[i]!.id}/`));
  const nav = page.getByRole('navigation', { name: 'Previous and next events' });
  if (i > 0) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', url(`/events/${events[i - 1]!.id}/`));
  if (events[i + 1])
    await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', url(`/events/${events[i + 1]!.id}/`));
});

test('the coverage matrix matches the events’ citations', async ({ page }) => {
  await page.goto(url('/coverage/'));
  for (const event of events) {
    const cited = await page
      .locator(`tr[data-event="${event.id}"] [data-cited="yes"]`)
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-source')));
    expect(cited.sort(), `coverage row of ${event.id}`).toEqual(
      [...new Set(event.data.sources.map((c) => c.source.id))].sort(),
    );
    await expect(page.locator(`tr[data-event="${event.id}"]`)).toHaveClass(
      new Set(event.data.sources.map((c) => c.source.id)).size === 1 ? /single-source/ : /^(?!.*single-source)/,
    );
  }
});

test('a source page lists the events it backs', async ({ page }) => {
  const sourceId = events[0]!.data.sources[0]!.source.id;
  await page.goto(url(`/sources/${sourceId}/`));
  const backed = events.filter((e) => e.data.sources.some((c) => c.source.id === sourceId)).map((e) => e.data.title);
  await expect(page.getByRole('region', { name: 'Events this article backs' }).getByRole('link')).toHaveText(backed);
});

test('copy link copies the event’s permalink (with JavaScript)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url(`/events/${events[0]!.id}/`));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/events/${events[0]!.id}/$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline, an event page and the coverage page render, and the permalink is a plain link', async ({
    page,
  }) => {
    await page.goto(url('/'));
    await expect(page.locator('article[data-event]')).toHaveCount(events.length);
    await page.goto(url(`/events/${events[0]!.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(events[0]!.data.title);
    await expect(page.getByRole('link', { name: 'Permalink' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await page.goto(url('/coverage/'));
    await expect(page.locator('tbody tr')).toHaveCount(events.length);
  });
});

/**
 * How a reader should see an ISO date at its own precision, written out here: `1944`, `December
 * 2024`, `8 December 2024`, `28 January 2026, 21:10` (and the zone when it gives one). The month
 * names are the date tagger's English table; the site formats its dates with `Intl`, not with it.
 */
function reading(datetime: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(datetime);
  if (!m) return undefined;
  const [, year, month, day, time, zone] = m;
  const date = [day && String(Number(day)), month && monthNames[Number(month) - 1], year].filter(Boolean).join(' ');
  return time ? `${date}, ${time}${zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` UTC${zone}`}` : date;
}

test('every date on every page is a <time> reading its datetime at its precision', () => {
  // Read from the built HTML: no script writes a <time>, so the page a browser shows has the same ones.
  expect(reading('2026-01-28T21:10'), 'the test’s own reading').toBe('28 January 2026, 21:10');
  const problems: string[] = [];
  for (const { file, path } of listPages()) {
    for (const time of selectAll('time', parsed(file))) {
      const datetime = String(time.properties['dateTime'] ?? '');
      const text = textContent(time);
      const expected = reading(datetime);
      if (expected === undefined) problems.push(`${path}: datetime="${datetime}" is not an ISO 8601 date`);
      else if (![expected, `around ${expected}`].includes(text))
        problems.push(`${path}: <time datetime="${datetime}"> reads "${text}", expected "${expected}"`);
    }
  }
  expect(problems, '<time> elements that do not read their datetime, by page').toEqual([]);
});

/** The text of an element as the DOM's textContent gives it. */
function textContent(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textContent).join('') : '';
}

test(
  'the first story’s retired automatic event still resolves: its URL leads to the reviewed event that tells the same happening',
  { tag: '@base' },
  async ({ page }) => {
    // extract once published al-Sharaa's rise to power in late 2024 from one source; it no longer
    // qualifies as background, and content/events/_retired.yaml hands its URL to the fall of Assad.
    const response = await page.goto(url('/events/2024-al-sharaa-rose-to-power-in/'));
    expect(response?.status()).toBe(200);
    await page.waitForURL((u) => u.pathname.endsWith('/events/2024-12-08-fall-of-assad/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Assad government falls and Bashar al-Assad flees to Russia',
    );
  },
);
