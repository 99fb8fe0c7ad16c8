/**
 * Who reported first, on the first story: its five reports all came out on 28 January 2026 (one,
 * RT's, with a clock time but no zone, so no finer than the day), so every event with several
 * outlets is a tie on that day and no lag can be told in hours. Every event page, the coverage page
 * and `/sources/` must say so. The rules themselves (a first report to the minute, a lag in hours or
 * days, first alone) are checked with values written in `fixture-story.spec.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { listEvents, url } from './events.ts';
import { crawlTimeout, sourcesDir } from './site.ts';

/** Each source's publisher (its id when it names none) and publication date, from its MDX. */
const sources = new Map(
  readdirSync(sourcesDir)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => {
      const data = splitFrontmatter(readFileSync(`${sourcesDir}${n}`, 'utf8'))!.data;
      const id = n.slice(0, -'.mdx'.length);
      return [id, { name: String(data['publisher'] || '') || id, published: String(data['published'] ?? '') }] as const;
    }),
);
const events = listEvents();
const outletsOf = (event: (typeof events)[number]) => [...new Set(event.data.sources.map((c) => c.source.id))];
const day = '2026-01-28';
/** When an event was first reported: the day, for a tie; as its one first source dates it otherwise. */
const firstDate = (outlets: string[]) => (outlets.length > 1 ? day : sources.get(outlets[0]!)!.published);

test('the first story’s reports all came out on 28 January 2026, none with a zone, each from its own outlet', () => {
  expect(events.length).toBeGreaterThan(0);
  // Outlets are counted by name: with one report each, an outlet's reports are its source's.
  const names = [...sources.values()].map((s) => s.name);
  expect(new Set(names).size, 'two reports from one outlet').toBe(names.length);
  for (const [id, { published }] of sources) {
    expect(published.slice(0, 10), id).toBe(day);
    expect(published, id).not.toMatch(/(?:Z|[+-]\d{2}:\d{2})$/);
  }
});

test('every event page names its outlets as first, tied on that day when there are several', async ({ page }) => {
  // One crawl of the event pages, soft assertions naming each page.
  test.setTimeout(crawlTimeout(events.length));
  for (const event of events) {
    const outlets = outletsOf(event);
    await page.goto(url(`/events/${event.id}/`));
    const note = page.locator('.first-report');
    await expect.soft(note, event.id).toContainText('First reported by');
    for (const id of outlets) await expect.soft(note, event.id).toContainText(sources.get(id)!.name);
    await expect.soft(note.locator('time'), event.id).toHaveAttribute('datetime', firstDate(outlets));
    if (outlets.length > 1) await expect.soft(note, event.id).toContainText('a tie');
    else await expect.soft(note, event.id).not.toContainText('a tie');
    await expect
      .soft(page.locator('.citation .report-lag'), event.id)
      .toHaveText(event.data.sources.map(() => (outlets.length > 1 ? 'first report (tie)' : 'first report')));
  }
});

test('the coverage page shows who reported first for every event', async ({ page }) => {
  await page.goto(url('/coverage/'));
  for (const event of events) {
    const outlets = outletsOf(event);
    const row = page.locator(`tr[data-event="${event.id}"]`);
    const cell = row.locator('td.first-reported');
    for (const id of outlets) await expect(cell, event.id).toContainText(sources.get(id)!.name);
    await expect(cell.locator('time'), event.id).toHaveAttribute('datetime', firstDate(outlets));
    if (outlets.length > 1) await expect(cell, event.id).toContainText('tied');
    else await expect(cell, event.id).not.toContainText('tied');
    await expect(row.locator('[data-cited="yes"] .report-lag'), event.id).toHaveCount(outlets.length);
  }
});

test('/sources/ counts, for each outlet, the events it reported, first tied with others or as the only outlet', async ({
  page,
}) => {
  await page.goto(url('/sources/'));
  const table = page.getByRole('table', { name: 'Outlets by how often they reported an event first' });
  const cited = [...sources.keys()].filter((id) => events.some((e) => outletsOf(e).includes(id)));
  await expect(table.locator('tbody tr')).toHaveCount(cited.length);
  for (const id of cited) {
    const reporting = events.filter((e) => outletsOf(e).includes(id));
    const only = reporting.filter((e) => outletsOf(e).length === 1).length;
    const cells = table
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: sources.get(id)!.name, exact: true }) })
      .locator('td');
    // Reported, first alone (never: every report is of the same day), first tied, only outlet.
    await expect(cells, id).toHaveText([reporting.length, 0, reporting.length - only, only].map(String));
  }
});
