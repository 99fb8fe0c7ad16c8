/**
 * A story written for these tests (`fixtures/toll-story/`: three saved web pages and seven
 * events an editor wrote), ingested and built on a scratch copy. Everything it should show is
 * written here, worked out by hand from the rules the README gives, never computed with the site's
 * code: the timeline's order (period, then coarser dates first, then headline), the year headings,
 * which events are disputed and how, each actor's, place's and tag's page, the axis of a term that
 * spans years, and who reported each event first. The first story's own tests can then follow its
 * content as it changes.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { listFiles } from '../bench/temp-project.ts';
import { scratchOrigin as origin, scratchProject, serveScratch, type Scratch } from './scratch.ts';

const fixture = new URL('fixtures/toll-story/', import.meta.url).pathname;
let scratch: Scratch;

/** The timeline, in the order it must show: 1998, November 2024, March 2025 (the month before its days), then 3 March by headline, the dated hour last. */
const timeline = [
  '1998-bridge-opens',
  '2024-11-council-approves-budget',
  '2025-03-bridge-to-close-for-repairs',
  '2025-03-03-council-schedules-debate',
  '2025-03-03-mayor-announces-toll',
  '2025-03-03-drivers-protest-at-toll-gate',
  '2025-03-04-crowd-at-toll-gate',
];

/** Each term's page: its name, and its events in timeline order; the index shows them by kind, most events first, then by name. */
const terms = {
  Tags: [
    ['bridge', ['1998-bridge-opens', '2025-03-bridge-to-close-for-repairs', '2025-03-03-mayor-announces-toll']],
    [
      'tolls',
      [
        '2025-03-03-council-schedules-debate',
        '2025-03-03-mayor-announces-toll',
        '2025-03-03-drivers-protest-at-toll-gate',
      ],
    ],
    ['protest', ['2025-03-03-drivers-protest-at-toll-gate', '2025-03-04-crowd-at-toll-gate']],
    ['budget', ['2024-11-council-approves-budget']],
    ['police', ['2025-03-04-crowd-at-toll-gate']],
  ],
  Actors: [
    ['City Council', ['2024-11-council-approves-budget', '2025-03-03-council-schedules-debate']],
    ['Port Authority', ['2025-03-bridge-to-close-for-repairs', '2025-03-03-mayor-announces-toll']],
    ['Mayor Ada Lind', ['2025-03-03-mayor-announces-toll']],
    ['Police', ['2025-03-04-crowd-at-toll-gate']],
  ],
  Places: [
    [
      'Northbank',
      [
        '1998-bridge-opens',
        '2024-11-council-approves-budget',
        '2025-03-bridge-to-close-for-repairs',
        '2025-03-03-council-schedules-debate',
        '2025-03-03-mayor-announces-toll',
      ],
    ],
    ['Southbank', ['1998-bridge-opens', '2025-03-03-drivers-protest-at-toll-gate', '2025-03-04-crowd-at-toll-gate']],
  ],
} as const;
/** Each term's page: its name lower-cased, spaces as hyphens; the actor Police comes second to the tag police, so `-2`. */
const slugOf = (name: string) => (name === 'Police' ? 'police-2' : name.toLowerCase().replaceAll(' ', '-'));

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(() => {
  scratch = scratchProject(
    Object.fromEntries(listFiles(fixture, '').map((f) => [relative(fixture, f), readFileSync(f, 'utf8')])),
  );
  scratch.run('src/cli/ingest.ts');
  const built = scratch.build();
  if (built.status !== 0) throw new Error(`build failed:\n${built.output}`);
});

test.afterAll(() => scratch?.remove());

async function open(page: Page, path: string): Promise<void> {
  await serveScratch(page, scratch, '/');
  await page.goto(`${origin}${path}`);
}

test('the timeline shows the events in order under their years, and marks the disputed ones', async ({ page }) => {
  await open(page, '/');
  const cards = page.locator('article[data-event]');
  expect(await cards.evaluateAll((els) => els.map((el) => el.id))).toEqual(timeline);
  // Each date reads at its own precision.
  expect(await cards.evaluateAll((els) => els.map((el) => el.querySelector('time')?.textContent))).toEqual([
    '1998',
    'November 2024',
    'March 2025',
    '3 March 2025',
    '3 March 2025',
    '3 March 2025, 18:00',
    '4 March 2025',
  ]);
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^\d{4}$/ })).toHaveText([
    '1998',
    '2024',
    '2025',
  ]);
  // Disputed: the closure, whose sources give different days, and the crowd, which an editor marked.
  expect(
    await page.locator('article[data-event]:has(.disputed-badge)').evaluateAll((els) => els.map((el) => el.id)),
  ).toEqual(['2025-03-bridge-to-close-for-repairs', '2025-03-04-crowd-at-toll-gate']);
  // The ItemList of the page is the timeline.
  const list = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
    itemListElement: { name: string }[];
  };
  expect(list.itemListElement.map((i) => i.name)).toEqual([
    'The Northbank bridge opens',
    'City Council approves the bridge budget',
    'Port Authority to close the bridge for repairs',
    'Council schedules a debate on the toll',
    'Mayor Ada Lind announces a two-euro bridge toll',
    'Southbank drivers protest at the toll gate',
    'A crowd protests at the toll gate',
  ]);
});

test('a disputed event shows each source’s version side by side', async ({ page }) => {
  await open(page, '/events/2025-03-bridge-to-close-for-repairs/');
  const dates = page.getByRole('region', { name: 'The sources disagree' });
  await expect(dates.getByRole('listitem')).toHaveCount(2);
  await expect(dates.getByRole('listitem').nth(0)).toContainText('City Wire');
  await expect(dates.getByRole('listitem').nth(0)).toContainText('it closes on 6 March');
  await expect(dates.locator('time[datetime="2025-03-06"]')).toBeVisible();
  await expect(dates.getByRole('listitem').nth(1)).toContainText('River Times');
  await expect(dates.locator('time[datetime="2025-03-07"]')).toBeVisible();

  await page.goto(`${origin}/events/2025-03-04-crowd-at-toll-gate/`);
  const figures = page.getByRole('region', { name: 'The sources disagree' });
  await expect(figures.getByRole('listitem')).toHaveCount(2);
  await expect(figures.getByRole('listitem').nth(0)).toContainText('400 people, the police say');
  await expect(figures.getByRole('listitem').nth(1)).toContainText('3,000 people, the organisers say');

  await page.goto(`${origin}/events/2025-03-03-mayor-announces-toll/`);
  await expect(page.getByRole('region', { name: 'The sources disagree' })).toHaveCount(0);
});

test('the index lists every tag, actor and place with its count, and each one’s page lists exactly its events in timeline order', async ({
  page,
}) => {
  await open(page, '/tags/');
  for (const [kind, entries] of Object.entries(terms)) {
    const items = page.getByRole('region', { name: kind }).getByRole('listitem');
    await expect(items, kind).toHaveText(
      entries.map(([name, ids]) => new RegExp(`^${name}\\s*${ids.length} ${ids.length === 1 ? 'event' : 'events'}$`)),
    );
    for (const [name] of entries)
      await expect(items.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/tags/${slugOf(name)}/`);
  }
  for (const [name, ids] of Object.values(terms).flat()) {
    await page.goto(`${origin}/tags/${slugOf(name)}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    expect(await page.locator('article[data-event]').evaluateAll((els) => els.map((el) => el.id)), name).toEqual(ids);
  }
  // An event's page links its terms to their pages.
  await page.goto(`${origin}/events/2025-03-03-mayor-announces-toll/`);
  for (const [list, names] of [
    ['Tags', ['tolls', 'bridge']],
    ['Actors', ['Mayor Ada Lind', 'Port Authority']],
    ['Places', ['Northbank']],
  ] as const) {
    const links = page.getByRole('list', { name: list }).getByRole('link');
    await expect(links, list).toHaveText(names.map((n) => new RegExp(`^${n}$`, 'i')));
    for (const [i, name] of names.entries())
      await expect(links.nth(i)).toHaveAttribute('href', `/tags/${slugOf(name)}/`);
  }
});

test('a place with events in three years has the axis, each year linking to its first event there', async ({
  page,
}) => {
  await open(page, '/tags/northbank/');
  const axis = page.getByRole('region', { name: 'At a glance' });
  expect(await axis.locator('a[title]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
    terms.Places[0][1].map((id) => `#${id}`),
  );
  for (const [year, first] of [
    ['1998', '1998-bridge-opens'],
    ['2024', '2024-11-council-approves-budget'],
    ['2025', '2025-03-bridge-to-close-for-repairs'],
  ])
    await expect(axis.getByRole('link', { name: new RegExp(`^${year}, `) })).toHaveAttribute('href', `#${first}`);
});

test('who reported first: on event pages, the coverage page and /sources/', async ({ page }) => {
  // Both times give their offset, so they compare to the minute: the Gazette (09:00) two hours before the Wire (11:00).
  await open(page, '/events/2025-03-03-mayor-announces-toll/');
  await expect(page.locator('.first-report')).toContainText('First reported by Harbour Gazette');
  await expect(page.locator('.first-report time')).toHaveAttribute('datetime', '2025-03-04T09:00:00+01:00');
  await expect(page.locator('.first-report time')).toHaveText('4 March 2025, 09:00 UTC+01:00');
  await expect(page.locator('.first-report')).not.toContainText('a tie');
  await expect(page.locator('.citation .report-lag')).toHaveText(['first report', '+2 hours']);
  // The River Times dates its report to the day only: a day after the Wire's, at the day's precision.
  await page.goto(`${origin}/events/2025-03-bridge-to-close-for-repairs/`);
  await expect(page.locator('.first-report')).toContainText('First reported by City Wire');
  await expect(page.locator('.citation .report-lag')).toHaveText(['first report', '+1 day']);

  await page.goto(`${origin}/coverage/`);
  const firstIn = (id: string) => page.locator(`tr[data-event="${id}"] td.first-reported`);
  await expect(firstIn('1998-bridge-opens')).toContainText('River Times');
  await expect(firstIn('2025-03-03-mayor-announces-toll')).toContainText('Harbour Gazette');
  await expect(firstIn('2025-03-04-crowd-at-toll-gate')).toContainText('City Wire');

  // Events reported; first among several, alone or tied; the only outlet to report it.
  await page.goto(`${origin}/sources/`);
  const table = page.getByRole('table', { name: 'Outlets by how often they reported an event first' });
  const rows = table.locator('tbody tr');
  await expect(rows.getByRole('rowheader')).toHaveText(['City Wire', 'Harbour Gazette', 'River Times']);
  await expect(rows.nth(0).locator('td')).toHaveText(['3', '2', '0', '0']);
  await expect(rows.nth(1).locator('td')).toHaveText(['4', '1', '0', '3']);
  await expect(rows.nth(2).locator('td')).toHaveText(['3', '0', '0', '1']);
});

test('search finds every event and article that names a place, and only those', async ({ page }) => {
  await open(page, '/search/?q=Southbank');
  // Southbank is a place of three events (one also says it in its headline and quote) and is
  // named by two of the three articles; City Wire's never names it.
  await expect(page.getByRole('status')).toHaveText(/^5 results for “Southbank”/);
  const titles = await page.getByRole('list', { name: 'Search results' }).getByRole('link').allInnerTexts();
  expect(titles.toSorted()).toEqual([
    'A bridge, a toll and a city divided',
    'A crowd protests at the toll gate',
    'Mayor sets a two-euro toll on the Northbank bridge',
    'Southbank drivers protest at the toll gate',
    'The Northbank bridge opens',
  ]);
});
