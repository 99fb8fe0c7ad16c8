/**
 * The history of events comes from git at build time. These tests build scratch copies of the
 * project: one from a git repository with three commits (an event added, its summary changed, a
 * citation added), one from a directory with no `.git` at all.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { withBase } from '../src/lib/with-base.ts';
import { scratchOrigin, scratchProject, serveScratch, type Scratch } from './scratch.ts';

const base = withBase('/', process.env['BASE_PATH'] ?? '/');
const at = (path: string) => `${scratchOrigin}${withBase(path, base)}`;
const sources = ['aa-2026-01-28', 'rt-2026-01-28'];
const sourceFiles = Object.fromEntries(
  sources.map((id) => [
    `content/sources/${id}.mdx`,
    readFileSync(new URL(`../content/sources/${id}.mdx`, import.meta.url), 'utf8'),
  ]),
);

const aaCitation = '  - source: aa-2026-01-28\n    quote: "diplomatic relations were established in 1944"';
const rtCitation =
  '  - source: rt-2026-01-28\n    quote: "This was Al-Sharaa’s second visit to the Russian capital in less than four months."';
const eventFile = (summary: string, citations: string[], more = '') =>
  `---\ntitle: Two governments establish relations\ndate: "1944"\n${more}sources:\n${citations.join('\n')}\n---\n\n${summary}\n`;
const eventPath = 'content/events/1944-relations.mdx';

/** Noon UTC `days` before now, and how the site writes its day ("24 November 2026"). */
const daysAgo = (days: number) => new Date(Math.floor(Date.now() / 86_400_000 - days) * 86_400_000 + 12 * 3_600_000);
const dayText = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
/** A file of the scratch build as the browser gets it (page.request would bypass the routing). */
const fetched = async (page: Page, path: string) => (await page.goto(at(path)))!.text();
const atom = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed;

test.describe('a build from a git repository with three commits', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  const dates = [daysAgo(20), daysAgo(10), daysAgo(2)];
  let project: Scratch;

  test.beforeAll(() => {
    project = scratchProject(sourceFiles);
    project.git(['init', '-q']);
    project.write(eventPath, eventFile('The two governments establish relations.', [aaCitation]));
    project.git(['add', '-A']);
    project.git(['commit', '-q', '-m', 'Add an event'], dates[0]);
    project.write(eventPath, eventFile('The two governments establish diplomatic relations in 1944.', [aaCitation]));
    project.git(['commit', '-q', '-am', 'Change its summary'], dates[1]);
    project.write(
      eventPath,
      eventFile('The two governments establish diplomatic relations in 1944.', [aaCitation, rtCitation]),
    );
    project.git(['commit', '-q', '-am', 'Add a citation'], dates[2]);
    const r = project.build();
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/\bwarn/i);
  });
  test.afterAll(() => project?.remove());
  test.beforeEach(({ page }) => serveScratch(page, project, base));

  test('the event page says when it was first published and last updated, and lists the three changes in order with their dates', async ({
    page,
  }) => {
    await page.goto(at('/events/1944-relations/'));
    const history = page.getByRole('region', { name: 'History' });
    await expect(history).toContainText(`First published ${dayText(dates[0]!)}`);
    await expect(history).toContainText(`Last updated ${dayText(dates[2]!)}`);
    await expect(history.getByRole('listitem')).toHaveText([
      `${dayText(dates[0]!)}: Added`,
      `${dayText(dates[1]!)}: Summary changed`,
      `${dayText(dates[2]!)}: Source added: rttv.ru`,
    ]);
  });

  test('/changes/ lists the same three changes, newest first, with their dates and links to the event', async ({
    page,
  }) => {
    await page.goto(at('/changes/'));
    const changes = page.locator('ol.changes > li');
    await expect(changes).toHaveCount(3);
    for (const [i, [date, what]] of [
      [dates[2]!, 'Source added: rttv.ru'],
      [dates[1]!, 'Summary changed'],
      [dates[0]!, 'Added'],
    ].entries()) {
      await expect(changes.nth(i)).toContainText(dayText(date as Date));
      await expect(changes.nth(i)).toContainText(what as string);
      await expect(changes.nth(i).getByRole('link', { name: 'Two governments establish relations' })).toHaveAttribute(
        'href',
        withBase('/events/1944-relations/', base),
      );
    }
  });

  test('/changes.xml parses as Atom with the required elements, one entry per change, newest first', async ({
    page,
  }) => {
    const response = (await page.goto(at('/changes.xml')))!;
    expect(response.ok()).toBe(true);
    const feed = atom(await response.text());
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const key of ['id', 'title', 'updated', 'author']) expect(feed, `feed without ${key}`).toHaveProperty(key);
    expect(new Date(feed.updated).toISOString()).toBe(dates[2]!.toISOString());
    expect(feed.entry).toHaveLength(3);
    for (const entry of feed.entry) {
      for (const key of ['id', 'title', 'updated', 'summary'])
        expect(entry, `entry without ${key}`).toHaveProperty(key);
      expect(entry.link[0]['@_href']).toMatch(/\/events\/1944-relations\/$/);
    }
    expect(feed.entry.map((e: { summary: string }) => e.summary)).toEqual([
      'Source added: rttv.ru',
      'Summary changed',
      'Added',
    ]);
    expect(feed.entry.map((e: { updated: string }) => new Date(e.updated).toISOString())).toEqual(
      dates.toReversed().map((d) => d.toISOString()),
    );
  });

  test('the home page says when the story was last updated and marks the event changed in the last 7 days', async ({
    page,
  }) => {
    await page.goto(at('/'));
    await expect(page.locator('.story-updated')).toContainText(`Last updated ${dayText(dates[2]!)}`);
    const mark = page.locator('article[data-event]').locator('.recent-mark');
    await expect(mark).toHaveText('Updated in the last 7 days');
    await expect(mark).toBeVisible();
  });

  test('printed, the updated mark stays legible: black on white, outlined', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(at('/'));
    const mark = page.locator('.recent-mark');
    await expect(mark).toBeVisible();
    expect(await mark.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual([
      'rgb(0, 0, 0)',
      'rgba(0, 0, 0, 0)',
    ]);
    await expect(page.getByRole('region', { name: 'History' })).toHaveCount(0);
    await page.goto(at('/events/1944-relations/'));
    await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
  });

  test('the event page’s JSON-LD carries datePublished and dateModified', async ({ page }) => {
    await page.goto(at('/events/1944-relations/'));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data.mainEntityOfPage).toMatchObject({
      '@type': 'WebPage',
      datePublished: dates[0]!.toISOString(),
      dateModified: dates[2]!.toISOString(),
    });
  });

  test('/events.json gives the event its first-published and last-updated dates', async ({ page }) => {
    const doc = JSON.parse(await fetched(page, '/events.json'));
    expect(doc.events[0]).toMatchObject({ published: dates[0]!.toISOString(), updated: dates[2]!.toISOString() });
  });
});

test.describe('a build from a directory with no .git', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let project: Scratch;
  const correction = { date: '2026-02-03', note: 'An earlier version gave the year as 1945.' };

  test.beforeAll(() => {
    project = scratchProject({
      ...sourceFiles,
      [eventPath]: eventFile(
        'The two governments establish relations.',
        [aaCitation],
        `corrections:\n  - date: "${correction.date}"\n    note: "${correction.note}"\n`,
      ),
    });
    const r = project.build();
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/\bwarn/i);
  });
  test.afterAll(() => project?.remove());
  test.beforeEach(({ page }) => serveScratch(page, project, base));

  test('succeeds, and the event page, /changes/ and the home page say the history is unavailable', async ({ page }) => {
    await page.goto(at('/events/1944-relations/'));
    await expect(page.getByRole('region', { name: 'History' })).toContainText(
      'The history of this event is unavailable: this build was made without git',
    );
    await page.goto(at('/changes/'));
    await expect(page.getByText('The history of changes is unavailable')).toBeVisible();
    await page.goto(at('/'));
    await expect(page.locator('.story-updated')).toContainText('History unavailable');
  });

  test('prints a correction prominently on the event page, lists it on /changes/ and carries it in the feeds', async ({
    page,
  }) => {
    await page.goto(at('/events/1944-relations/'));
    const box = page.getByRole('complementary', { name: 'Correction' });
    await expect(box).toContainText(`3 February 2026: ${correction.note}`);
    // Above the sources, as a newspaper prints it near the top.
    const boxTop = (await box.boundingBox())!.y;
    const sourcesTop = (await page.getByRole('heading', { name: 'What the sources say' }).boundingBox())!.y;
    expect(boxTop).toBeLessThan(sourcesTop);
    await page.emulateMedia({ media: 'print' });
    await expect(box, 'the correction prints').toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await page.goto(at('/changes/'));
    await expect(page.locator('ol.changes > li')).toHaveCount(1);
    await expect(page.locator('ol.changes > li')).toContainText(`Correction: ${correction.note}`);
    const feed = atom(await fetched(page, '/changes.xml'));
    expect(feed.entry.map((e: { summary: string }) => e.summary)).toEqual([`Correction: ${correction.note}`]);
    const doc = JSON.parse(await fetched(page, '/events.json'));
    expect(doc.events[0].corrections).toEqual([correction]);
    expect(doc.events[0]).not.toHaveProperty('published');
  });
});

test.describe('a build from a shallow clone', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let origin: Scratch;
  let clone: Scratch;

  test.beforeAll(() => {
    origin = scratchProject({
      ...sourceFiles,
      [eventPath]: eventFile('The two governments establish relations.', [aaCitation]),
    });
    origin.git(['init', '-q']);
    origin.git(['add', '-A']);
    origin.git(['commit', '-q', '-m', 'Add an event'], daysAgo(3));
    origin.write(eventPath, eventFile('The two governments establish diplomatic relations.', [aaCitation]));
    origin.git(['commit', '-q', '-am', 'Change its summary'], daysAgo(1));
    // The clone holds only the newest commit, as CI checkouts often do (`--depth 1`).
    clone = scratchProject({});
    clone.git(['init', '-q']);
    clone.git(['fetch', '-q', '--depth', '1', `file://${origin.dir}`, 'HEAD']);
    clone.git(['reset', '-q', '--hard', 'FETCH_HEAD']);
    const r = clone.build();
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/\bwarn/i);
  });
  test.afterAll(() => {
    origin?.remove();
    clone?.remove();
  });
  test.beforeEach(({ page }) => serveScratch(page, clone, base));

  test('succeeds and says the history is unavailable rather than dating the event to the clone', async ({ page }) => {
    await page.goto(at('/events/1944-relations/'));
    await expect(page.getByRole('region', { name: 'History' })).toContainText(
      'The history of this event is unavailable: this build was made from a shallow clone',
    );
    await expect(page.getByRole('region', { name: 'History' })).not.toContainText('First published');
  });
});
