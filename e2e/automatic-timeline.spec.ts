/**
 * An automatic-only story and the automatic timeline's lifecycle, on a copy of the project
 * holding the first story's sources and no reviewed events.
 *
 * First, extract and build: every automatic event says it is not yet reviewed on every page and
 * output, the one from before the coverage says it is background, and the actor and place pages
 * list the events that name them (moved here from review-status.spec.ts, since the first story's
 * own timeline is all reviewed). Then an editor rejects one event and edits another; an article
 * arrives and extract runs again over January 2026 only, with a cap of one; the site is built
 * again. Every URL the first build published still resolves (old ids redirect, with JavaScript
 * off), the rejected event stays gone, the edited one is kept as the editor's, and a story that
 * publishes reviewed events only shows none of the automatic ones. The copies are served through
 * Playwright's routing, straight from their dist/ folders (the first build kept in dist-first/).
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { EventsDocument } from '../src/lib/feeds/events-json.ts';
import { scratchOrigin as origin, scratchProject, serveScratch, type Scratch } from './scratch.ts';
import { axeViolations } from './axe.ts';

const root = new URL('..', import.meta.url).pathname;
let scratch: Scratch;
let dir: string;
let first: EventsDocument;
let second: EventsDocument;
let rejected: string;
let edited: string;
let editedText: string;
let retired: string[];

const run = (script: string, ...args: string[]) => scratch.run(script, ...args);
const build = (): EventsDocument => {
  const r = scratch.build();
  if (r.status !== 0) throw new Error(`build failed:\n${r.output}`);
  return JSON.parse(readFileSync(join(dir, 'dist/events.json'), 'utf8')) as EventsDocument;
};
const eventPath = (id: string) => `/events/${id}/`;
// The copy's own content: the first story's articles and sources, and no events yet.
const firstStory = Object.fromEntries(
  ['raw', 'sources'].flatMap((sub) =>
    readdirSync(join(root, 'content', sub)).map((name) => [
      `content/${sub}/${name}`,
      readFileSync(join(root, 'content', sub, name), 'utf8'),
    ]),
  ),
);

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(() => {
  scratch = scratchProject(firstStory);
  dir = scratch.dir;

  run('src/cli/extract.ts');
  first = build();
  cpSync(join(dir, 'dist'), join(dir, 'dist-first'), { recursive: true });

  // The editor rejects one event and rewrites another's summary.
  [, rejected, edited] = first.events.map((e) => e.id) as [string, string, string];
  run('src/cli/review.ts', 'reject', rejected);
  const editedFile = join(dir, 'content/events', `${edited}.mdx`);
  editedText = `${readFileSync(editedFile, 'utf8').trimEnd()} An editor checked this summary.\n`;
  writeFileSync(editedFile, editedText);

  // An article arrives; extract runs again over January 2026 only, keeping one event.
  writeFileSync(
    join(dir, 'content/raw/follow-up-2026-01-29.txt'),
    'Delegations open a second round of talks\nThursday, January 29, 2026\n\nA second round of talks between the Russian and Syrian delegations opened in Moscow on Thursday, officials said. The talks on Thursday covered trade, energy and the future of the bases, according to a joint statement. Officials said the talks that began in Moscow on Thursday would continue into the weekend.\n',
  );
  run('src/cli/ingest.ts');
  const output = run('src/cli/extract.ts', '--max-events', '1', '--from', '2026-01-01');
  retired = [...output.matchAll(/^ {2}retired {3}(\S+)/gm)].map((m) => m[1]!);
  second = build();
});

test.afterAll(() => scratch?.remove());

test('the first story’s sources, with no editor, give the events their coverage supports', () => {
  // The talks of 28 January, the base vacated two days before, and the one background event two
  // sources report with its date: al-Sharaa's first visit to Moscow.
  expect(first.events.map((e) => [e.date, e.reviewed, e.background])).toEqual([
    ['2025-10-15', false, true],
    ['2026-01-26', false, false],
    ['2026-01-28', false, false],
  ]);
  for (const e of first.events) expect(e.actors.length + e.places.length, e.id).toBeGreaterThan(0);
});

test('every automatic event says it is not yet reviewed, on the timeline, its page and every feed', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await serveScratch(page, scratch, '/', 'dist-first');
  await page.goto(`${origin}/`);
  await expect(page.locator('article .review-badge')).toHaveCount(3);
  for (const e of first.events)
    await expect(page.locator(`article[id="${e.id}"] .review-badge`)).toHaveText('Not yet reviewed');
  await expect(page.locator('#review-status')).toContainText('3 of 3 events carry the mark Not yet reviewed because');
  await page.goto(`${origin}${eventPath(first.events[2]!.id)}`);
  await expect(page.getByText('Not yet reviewed.', { exact: true })).toBeVisible();
  await expect(page.locator('.review-note')).toContainText('an editor has not checked it yet');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();

  const read = (path: string) => readFileSync(join(dir, 'dist-first', path), 'utf8');
  expect(read('rss.xml').split('<category>Not yet reviewed</category>').length - 1).toBe(3);
  expect(read('timeline.json').split('Not yet reviewed by an editor.').length - 1).toBe(3);
  expect(read('timeline.ics').replace(/\r\n /g, '').split('Not yet reviewed by an editor.').length - 1).toBe(3);
});

test('an event from before the coverage is marked as background, on the timeline and its page', async ({ browser }) => {
  const visit = first.events.find((e) => e.date === '2025-10-15')!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await serveScratch(page, scratch, '/', 'dist-first');
  await page.goto(`${origin}/`);
  await expect(page.locator('article .background-badge')).toHaveCount(1);
  await expect(page.locator(`article[id="${visit.id}"] .background-badge`)).toHaveText('Background');
  await page.goto(`${origin}${eventPath(visit.id)}`);
  await expect(page.locator('.background-note')).toContainText("before the period the story's articles cover");
  await context.close();
});

test('the automatic story’s actor and place pages list its events', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await serveScratch(page, scratch, '/', 'dist-first');
  const titles = new Map(first.events.map((e) => [e.date, e.title]));
  // The two presidents and Moscow are named by the talks and by the first visit.
  for (const [term, path] of [
    ['Vladimir Putin', '/tags/vladimir-putin/'],
    ['Ahmed al-Sharaa', '/tags/ahmed-al-sharaa/'],
    ['Moscow', '/tags/moscow/'],
  ] as const) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(term);
    for (const date of ['2025-10-15', '2026-01-28'])
      await expect(page.getByRole('link', { name: titles.get(date)!, exact: true }), `${term}: ${date}`).toBeVisible();
  }
  // Every term an automatic event names has its page (the one whose heading is the term), and it lists the event.
  const termPages = new Map(
    readdirSync(join(dir, 'dist-first/tags'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFileSync(join(dir, 'dist-first/tags', d.name, 'index.html'), 'utf8'))
      .map((html) => [/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '', html]),
  );
  for (const e of first.events)
    for (const term of [...e.actors, ...e.places]) {
      const html = termPages.get(term.replace(/&/g, '&amp;'));
      expect(html, `a page for ${term}`).toBeDefined();
      expect(html, `${term}'s page lists ${e.id}`).toContain(`/events/${e.id}/`);
    }
  await context.close();
});

test('a rejected event stays gone, and an edited one is kept as the editor’s', () => {
  expect(existsSync(join(dir, 'content/events/_rejected', `${rejected}.mdx`))).toBe(true);
  expect(readdirSync(join(dir, 'content/events'))).not.toContain(`${rejected}.mdx`);
  expect(second.events.map((e) => e.id)).not.toContain(rejected);
  expect(
    second.events.some((e) => e.date === first.events.find((f) => f.id === rejected)!.date),
    'nothing takes the rejected event’s place on its date',
  ).toBe(false);

  expect(readFileSync(join(dir, 'content/events', `${edited}.mdx`), 'utf8')).toBe(editedText);
  const kept = second.events.find((e) => e.id === edited);
  expect(kept?.reviewed).toBe(true);
  expect(kept?.summary).toContain('An editor checked this summary.');
  expect(second.events.filter((e) => !e.reviewed).length).toBe(1);
  expect(
    second.events.some((e) => e.date === '2026-01-29'),
    'the new article’s day is on the timeline',
  ).toBe(true);
});

test('every URL the first build published still resolves, old ids by redirect, with JavaScript off', async ({
  browser,
}) => {
  expect(retired.length, 'the narrower run retired the background event').toBe(1);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await serveScratch(page, scratch, '/');
  const live = new Map(second.events.map((e) => [eventPath(e.id), e]));
  for (const { id } of first.events.filter((e) => e.id !== rejected)) {
    const response = await page.goto(`${origin}${eventPath(id)}`);
    await page.waitForURL((u) => live.has(u.pathname));
    expect(response?.status(), id).toBe(200);
    const target = live.get(new URL(page.url()).pathname)!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
    if (retired.includes(id)) expect(target.id, `${id} was retired`).not.toBe(id);
  }
  const gone = await page.goto(`${origin}${eventPath(rejected)}`);
  expect(gone?.status()).toBe(404);
  await context.close();
});

test('a redirect page is accessible, valid, canonical, and listed in _redirects', async ({ browser }) => {
  const alias = retired[0]!;
  const target = second.events.find((e) => e.aliases.includes(alias));
  expect(target, `an event carries the alias ${alias}`).toBeDefined();
  const html = readFileSync(join(dir, 'dist/events', alias, 'index.html'), 'utf8');
  expect(html).toContain(`<link rel="canonical" href="${second.site}events/${target!.id}/">`);
  expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/events/${target!.id}/"`));
  expect(readFileSync(join(dir, 'dist/_redirects'), 'utf8')).toContain(`/events/${alias}/ /events/${target!.id}/ 301`);
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, 'redirect.html');
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);

  // The page itself, without its refresh (which would leave it at once), for axe to read.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${origin}${eventPath(alias)}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html.replace(/<meta http-equiv="refresh"[^>]*>/, '') }),
  );
  await page.goto(`${origin}${eventPath(alias)}`);
  await expect(page.getByRole('link', { name: target!.title })).toHaveAttribute('href', eventPath(target!.id));
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('a story that publishes reviewed events only shows no automatic event anywhere', async ({ browser }) => {
  const story = join(dir, 'content/story.yaml');
  writeFileSync(story, `${readFileSync(story, 'utf8').trimEnd()}\npublishUnreviewed: false\n`);
  const reviewedOnly = build();
  expect(reviewedOnly.events.map((e) => e.id)).toEqual([edited]);
  const html = readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter(
    (f) => f.isFile() && /\.(html|xml|json|ics)$/.test(f.name),
  );
  for (const f of html)
    expect(readFileSync(join(f.parentPath, f.name), 'utf8'), f.name).not.toContain('Not yet reviewed');
  const context = await browser.newContext();
  const page = await context.newPage();
  await serveScratch(page, scratch, '/');
  await page.goto(`${origin}/`);
  await expect(page.locator('[data-event]')).toHaveCount(1);
  await expect(page.locator('.story-counts')).toContainText('1 event from 6 sources');
  await context.close();
});
