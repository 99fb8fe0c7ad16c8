/**
 * Who reported first: every event page, the coverage page and `/sources/` against the rules
 * applied to the content's own publication dates, and never more precise than those dates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { countFirstReports, firstReport, type FirstReport } from '../src/lib/timeline/first-report.ts';
import { listEvents, url } from './events.ts';
import { crawlTimeout, sourcesDir } from './site.ts';

/** Each source's publisher and publication date, from its MDX. */
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
const reportOf = (e: (typeof events)[number]): FirstReport =>
  firstReport(e.data.sources.map((c) => ({ source: c.source.id, published: sources.get(c.source.id)!.published })));
/** Dates that give a time of day, and whether any gives its UTC offset (only then can times be compared). */
const timed = [...sources.values()].filter((s) => s.published.includes('T'));
const zoned = timed.some((s) => /(?:Z|[+-]\d{2}:\d{2})$/.test(s.published));

test('the content gives the cases the rules are about', () => {
  expect(events.length).toBeGreaterThan(0);
  // The first story: only one source (RT) gives a time of day, and none gives its zone.
  expect(timed.length).toBeLessThanOrEqual(1);
});

test('every event page names who reported first, and each source’s lag', async ({ page }) => {
  // One crawl of the event pages, soft assertions naming each page.
  test.setTimeout(crawlTimeout(events.length));
  for (const event of events) {
    const report = reportOf(event);
    await page.goto(url(`/events/${event.id}/`));
    const note = page.locator('.first-report');
    if (report.date === undefined) {
      await expect.soft(note, event.id).toContainText('none can be called first');
      continue;
    }
    await expect.soft(note, event.id).toContainText('First reported by');
    for (const id of report.first) await expect.soft(note, event.id).toContainText(sources.get(id)!.name);
    await expect.soft(note.locator('time'), event.id).toHaveAttribute('datetime', report.date);
    if (report.tie) await expect.soft(note, event.id).toContainText('a tie');
    else await expect.soft(note, event.id).not.toContainText('a tie');
    // A tie of a dated day and a dated time is dated to the day: no time is claimed.
    if (report.first.length > 1 && report.first.some((id) => !sources.get(id)!.published.includes('T')))
      expect.soft(report.date).not.toContain('T');
    const lags = page.locator('.citation .report-lag');
    const expected = event.data.sources.map((c) => {
      const t = report.timings.find((timing) => timing.source === c.source.id)!;
      return t.status === 'first'
        ? report.tie
          ? 'first report (tie)'
          : 'first report'
        : t.status === 'later'
          ? t.lag
          : 'date unknown';
    });
    await expect.soft(lags, event.id).toHaveText(expected);
    if (!zoned) for (const lag of expected) expect.soft(lag, event.id).not.toMatch(/hour|minute/);
  }
});

test('the coverage page shows who reported first for every event, and each mark’s lag', async ({ page }) => {
  await page.goto(url('/coverage/'));
  for (const event of events) {
    const report = reportOf(event);
    const row = page.locator(`tr[data-event="${event.id}"]`);
    const cell = row.locator('td.first-reported');
    if (report.date === undefined) {
      await expect(cell).toContainText('no dated source');
      continue;
    }
    for (const id of report.first) await expect(cell).toContainText(sources.get(id)!.name);
    await expect(cell.locator('time')).toHaveAttribute('datetime', report.date);
    if (report.tie) await expect(cell).toContainText('tied');
    await expect(row.locator('[data-cited="yes"] .report-lag')).toHaveCount(report.timings.length);
  }
});

test('/sources/ shows how often each outlet reported first', async ({ page }) => {
  await page.goto(url('/sources/'));
  const table = page.getByRole('table', { name: 'Outlets by how often they reported an event first' });
  const expected = countFirstReports(events.map(reportOf), (id) => sources.get(id)!.name);
  await expect(table.locator('tbody tr')).toHaveCount(expected.length);
  for (const row of expected) {
    const cells = table
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: row.outlet, exact: true }) })
      .locator('td');
    await expect(cells, row.outlet).toHaveText([row.reported, row.firstAlone, row.firstTied, row.only].map(String));
  }
});
