/**
 * Review status on the first story: its automatic events (written by `npm run extract`) say, on
 * every page and output, that no editor has reviewed them; its reviewed events say nothing of
 * the kind. Read from the content, so the test follows whatever extract chose.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { EventsDocument } from '../src/lib/feeds/events-json.ts';
import { listEvents, url } from './events.ts';
import { fileForPath } from './site.ts';

const events = listEvents();
const automatic = events.filter((e) => !e.reviewed);
const reviewed = events.filter((e) => e.reviewed);

test('the first story has its 20 reviewed events and at least one automatic event to mark', () => {
  expect(reviewed).toHaveLength(20);
  expect(automatic.length).toBeGreaterThan(0);
});

test('the timeline marks each automatic event, and only those, and explains the marker', async ({ page }) => {
  await page.goto(url('/'));
  for (const e of events) {
    const badge = page.locator(`article[id="${e.id}"] .review-badge`);
    if (e.reviewed) await expect.soft(badge, `${e.id} is reviewed`).toHaveCount(0);
    else await expect.soft(badge, `${e.id} is automatic`).toHaveText('Not yet reviewed');
  }
  const legend = page.locator('#review-status');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText(
    `${automatic.length} of ${events.length} events carry the mark Not yet reviewed because`,
  );
  await expect(legend).toContainText('an editor has not checked them yet');
});

test('an automatic event’s page says it is not yet reviewed, in words a screen reader reads, and a reviewed one does not', async ({
  page,
}) => {
  await page.goto(url(`/events/${automatic[0]!.id}/`));
  await expect(page.getByText('Not yet reviewed.', { exact: true })).toBeVisible();
  await expect(page.locator('.review-note')).toContainText('an editor has not checked it yet');
  await expect(page.locator('.review-badge')).toHaveText('Not yet reviewed');
  await page.goto(url(`/events/${reviewed[0]!.id}/`));
  await expect(page.locator('.review-note, .review-badge')).toHaveCount(0);
});

test('events.json, RSS, iCalendar and TimelineJS carry the review status', () => {
  const read = (path: string) => readFileSync(fileForPath(url(path))!, 'utf8');
  const doc = JSON.parse(read('/events.json')) as EventsDocument;
  expect(Object.fromEntries(doc.events.map((e) => [e.id, e.reviewed]))).toEqual(
    Object.fromEntries(events.map((e) => [e.id, e.reviewed])),
  );
  const rss = read('/rss.xml');
  expect(rss.split('<category>Not yet reviewed</category>').length - 1).toBe(automatic.length);
  const timeline = read('/timeline.json');
  expect(timeline.split('Not yet reviewed by an editor.').length - 1).toBe(automatic.length);
  const dayPrecise = automatic.filter((e) => /^\d{4}-\d{2}-\d{2}/.test(e.data.date)).length;
  expect(read('/timeline.ics').replace(/\r\n /g, '').split('Not yet reviewed by an editor.').length - 1).toBe(
    dayPrecise,
  );
});
