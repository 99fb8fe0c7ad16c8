/**
 * Review in the browser, against `astro dev` on a scratch copy of the first story's articles and
 * sources with no events: extract writes its three automatic events, and an editor decides them
 * on the page (accept on the timeline, reject and edit on the event's page); each decision is
 * checked on disk and again after a fresh `npm run extract`, which must leave it standing. Then five
 * automatic events of the test's own (written as extract writes them) are worked through on the
 * review queue with the keyboard only; an edit meets a file changed on disk meanwhile; the Dev
 * Toolbar app counts what awaits review; the endpoints refuse requests that are not the page's own
 * and a file that leads out of content/; the queue page, the controls and the edit form pass axe.
 *
 * One dev server for the file, so the tests run in order (`serial`), and are tagged `@dev`
 * (`npx playwright test --grep-invert @dev` leaves them out). Every decision changes a file, and
 * the dev server reloads the page after it: each step waits for that one reload (`load`) before
 * the next, so no key is pressed into a page being replaced.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { renderAutomaticEvent, type AutomaticEvent } from '../src/lib/extract/automatic-event-file.ts';
import { axeViolations } from './axe.ts';
import { startDevServer, type DevServer } from './dev-server.ts';
import { scratchProject, type Scratch } from './scratch.ts';

const root = new URL('..', import.meta.url).pathname;
let scratch: Scratch;
let dev: DevServer;

// The copy's own content: the first story's articles and sources, and no events yet.
const firstStory = Object.fromEntries(
  ['raw', 'sources'].flatMap((sub) =>
    readdirSync(join(root, 'content', sub)).map((name) => [
      `content/${sub}/${name}`,
      readFileSync(join(root, 'content', sub, name), 'utf8'),
    ]),
  ),
);

const run = (script: string, ...args: string[]) => scratch.run(script, ...args);
const eventFile = (id: string) => join(scratch.dir, 'content/events', `${id}.mdx`);
const rejectedFile = (id: string) => join(scratch.dir, 'content/events/_rejected', `${id}.mdx`);
const read = (path: string) => readFileSync(path, 'utf8');
const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const eventIds = () =>
  readdirSync(join(scratch.dir, 'content/events'))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.slice(0, -4))
    .sort();

/** Does `act` and waits for the one reload the dev server makes after the file changes. */
async function andReload(page: Page, act: () => Promise<void>): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  await act();
  await loaded;
}

/** axe on the page, or on the part of it `within` names, leaving out Astro's dev toolbar (not the site's markup). */
const devAxe = (page: Page, within?: string) =>
  axeViolations(page, { exclude: 'astro-dev-toolbar', ...(within ? { include: within } : {}) });

/**
 * The README's picture of the queue, from its heading to the end of `first` item, without Astro's
 * toolbar: `REVIEW_SCREENSHOT=docs/review.png npx playwright test e2e/review.spec.ts` makes it.
 */
async function screenshotQueue(page: Page, first: Locator, path: string): Promise<void> {
  const top = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const item = (await first.boundingBox())!;
  const margin = 32;
  await page.screenshot({
    path,
    fullPage: true,
    clip: {
      x: item.x - margin,
      y: top.y - 2 * margin,
      width: item.width + 2 * margin,
      height: item.y + item.height - top.y + 3 * margin,
    },
    style: 'astro-dev-toolbar { display: none }',
  });
}

/** An automatic event of the test's own, citing one sentence of a first-story source. */
const fixture = (
  id: string,
  title: string,
  date: string,
  score: number,
  source: string,
  quote: string,
): AutomaticEvent => ({
  id,
  title,
  date,
  approximate: false,
  background: false,
  actors: ['Vladimir Putin'],
  places: ['Moscow'],
  tags: [],
  summary: [quote],
  citations: [{ source, quote }],
  evidence: { sources: 1, mentions: 1, coverage: 1, recalled: 0, score },
  aliases: [],
});

/**
 * Writes automatic events of the test's own and waits until the dev server serves their pages.
 * New files reach the pages through the data store Astro's content layer saves about half a second
 * later (in `.astro/`; events are rendered into it, so they have no entry module); a page requested
 * while it is being saved can leave the dev server rendering from the old one (a race inside
 * `astro dev`, which editors meet only when files appear while they browse). So the test waits for
 * it, without a request, and then checks that each event's page is served.
 */
async function writeFixtures(page: Page, ...events: AutomaticEvent[]): Promise<void> {
  for (const event of events) writeFileSync(eventFile(event.id), renderAutomaticEvent(event));
  const saved = () => {
    const text = readFileSync(join(scratch.dir, '.astro', 'data-store.json'), 'utf8');
    return events.every((e) => text.includes(e.id));
  };
  await expect.poll(saved, { timeout: 60_000 }).toBe(true);
  const served = async () =>
    Promise.all(events.map(async (e) => (await page.request.get(`${dev.origin}/events/${e.id}/`)).status()));
  await expect.poll(served, { timeout: 60_000 }).toEqual(events.map(() => 200));
}

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  scratch = scratchProject(firstStory);
  run('src/cli/extract.ts');
  dev = await startDevServer(scratch);
});

// When a test fails, what the dev server said is part of the report.
// Playwright reads the fixtures a hook uses from its first parameter, which must be a destructuring.
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  if (dev && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('astro dev output', { body: dev.output(), contentType: 'text/plain' });
});

test.afterAll(async () => {
  await dev?.stop();
  scratch?.remove();
});

test(
  'accept on the timeline, reject and edit on the event’s page: the files change as npm run review and a hand edit change them, and a fresh extract leaves every decision standing',
  { tag: '@dev' },
  async ({ page }) => {
    // Extract's three events for the seeds: the first Moscow visit, the base vacated, the talks.
    const [visit, base, talks] = eventIds() as [string, string, string];
    expect([visit, base, talks].map((id) => id.slice(0, 10))).toEqual(['2025-10-15', '2026-01-26', '2026-01-28']);

    await page.goto(`${dev.origin}/`, { timeout: 120_000 });
    const talksCard = page.locator(`article[id="${talks}"]`);
    await expect(talksCard.getByRole('group', { name: /^Review: / })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('group', { name: /^Review: / })).toHaveCount(3);
    expect(await devAxe(page)).toEqual([]);

    // Accept on the timeline: the mark goes at once, and the file is the editor's.
    await andReload(page, async () => {
      await talksCard.getByRole('button', { name: 'Accept' }).click();
      await expect(talksCard.locator('.review-badge')).toHaveCount(0);
    });
    await expect(talksCard.locator('.review-badge')).toHaveCount(0);
    await expect(page.locator('.dl-review-toast')).toContainText('Accepted “Russian President Vladimir Putin');
    const accepted = read(eventFile(talks));
    expect(frontmatter(accepted)).toMatchObject({ reviewed: true });
    expect(accepted).not.toContain('generatedSha256');
    expect(accepted.split('\n')[1]).toBe(
      '# Written by `npm run extract`, accepted by an editor: extract never changes it.',
    );

    // Reject on the event's page: back to the timeline, without it; the file is in _rejected/ as it was.
    const baseText = read(eventFile(base));
    await page.goto(`${dev.origin}/events/${base}/`);
    const reviewBase = page.getByRole('group', { name: /^Review: Russia vacated a military base/ });
    await reviewBase.getByRole('button', { name: 'Reject' }).click();
    await page.waitForURL(`${dev.origin}/`);
    await expect(page.locator('.dl-review-toast')).toContainText('Rejected “Russia vacated a military base');
    await expect(page.locator(`article[id="${base}"]`)).toHaveCount(0);
    expect(existsSync(eventFile(base))).toBe(false);
    expect(read(rejectedFile(base))).toBe(baseText);

    // Edit on the event's page: title, date to the month, summary, tags, one citation dropped.
    await page.goto(`${dev.origin}/events/${visit}/`);
    await page
      .getByRole('group', { name: /^Review: / })
      .getByRole('button', { name: 'Edit' })
      .click();
    const form = page.getByRole('form', { name: /^Edit “/ });
    await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
    await form.getByLabel('Title', { exact: true }).fill('Al-Sharaa makes his first official visit to Moscow');
    await form.getByLabel('Precision', { exact: true }).selectOption('month');
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2025-10');
    await expect(form.getByText('Reads as: October 2025.')).toBeVisible();
    await form
      .getByLabel('Summary', { exact: true })
      .fill('Ahmed al-Sharaa met Vladimir Putin in Moscow in October 2025.');
    await form.getByLabel('Tags', { exact: true }).fill('diplomacy\nvisits');
    const citations = form.getByRole('group', { name: 'Citations to keep' }).getByRole('checkbox');
    await expect(citations).toHaveCount(2);
    await citations.nth(1).uncheck();
    expect(await devAxe(page, '.dl-review-form')).toEqual([]);
    await andReload(page, async () => {
      await form.getByRole('button', { name: 'Save and accept' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Al-Sharaa makes his first official visit to Moscow',
      );
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Al-Sharaa makes his first official visit to Moscow',
    );
    await expect(page.locator('.review-note')).toHaveCount(0);
    const edited = read(eventFile(visit));
    expect(frontmatter(edited)).toMatchObject({
      title: 'Al-Sharaa makes his first official visit to Moscow',
      date: '2025-10',
      reviewed: true,
      tags: ['diplomacy', 'visits'],
      sources: [{ source: 'eurasia-press-2026-01-28' }],
    });
    expect(edited).not.toContain('generatedSha256');
    expect(edited.endsWith('---\n\nAhmed al-Sharaa met Vladimir Putin in Moscow in October 2025.\n')).toBe(true);

    // A fresh extract: the accepted and edited files are untouched, the rejected one stays out.
    const rejected = read(rejectedFile(base));
    run('src/cli/extract.ts');
    expect(read(eventFile(talks))).toBe(accepted);
    expect(read(eventFile(visit))).toBe(edited);
    expect(read(rejectedFile(base))).toBe(rejected);
    expect(eventIds()).toEqual([visit, talks]);
    await page.goto(`${dev.origin}/`);
    await expect(page.locator('article[data-event]')).toHaveCount(2);
    await expect(page.locator('article[data-event] .review-badge')).toHaveCount(0);
  },
);

// Five events awaiting review, strongest evidence first; the two rejected ones have dates and
// quotes of their own, so that no later run is kept from proposing anything else.
const queue = [
  fixture(
    '2026-01-28-al-sharaa-lands-at-vnukovo',
    'Al-Sharaa lands at Vnukovo airport',
    '2026-01-28',
    9,
    'bna-2026-01-28',
    'Al-Sharaa’s aircraft landed at Vnukovo International Airport',
  ),
  fixture(
    '2025-03-moscow-stays-engaged',
    'Moscow stays engaged with the new Syrian leadership',
    '2025-03',
    8,
    'rt-2026-01-28',
    'Moscow has remained engaged with the new Syrian leadership',
  ),
  fixture(
    '2026-01-28-putin-praises-army',
    'Putin praises the Syrian army’s advance',
    '2026-01-28',
    7,
    'aa-2026-01-28',
    'Putin particularly praised the advancement of the Syrian army in the Euphrates region',
  ),
  fixture(
    '2025-01-29-first-delegation',
    'First Russian delegation visits Syria',
    '2025-01-29',
    6,
    'eurasia-press-2026-01-28',
    'He noted that Thursday would mark one year since the first Russian delegation visited Syria',
  ),
  fixture(
    '2025-06-15-relations-advance',
    'Relations advance since the first encounter',
    '2025-06-15',
    5,
    'unattributed-2026-01-28',
    'He noted that relations between the two countries have advanced significantly since their first encounter',
  ),
];

test(
  'a queue of five, worked through with the keyboard only: next, accept, reject, edit',
  { tag: '@dev' },
  async ({ page }) => {
    await writeFixtures(page, ...queue);
    await page.goto(`${dev.origin}/_review/`);
    const items = page.locator('[data-review-id]');
    const item = (i: number) => page.locator(`[data-review-id="${queue[i]!.id}"]`);
    const status = page.locator('#dl-review-status');
    await expect(page.locator('[data-review-ready]')).toHaveCount(5, { timeout: 60_000 });
    // The order npm run review lists them in, with their evidence and first report.
    await expect(items.getByRole('heading', { level: 2 })).toHaveText(queue.map((e) => e.title));
    await expect(item(0)).toContainText('1 source names the date in 1 sentence');
    await expect(item(0)).toContainText('bna Cairo bureau, 28 January 2026');
    await expect(item(0).getByRole('link', { name: 'bna Cairo bureau, paragraph 2' })).toBeVisible();
    expect(await devAxe(page)).toEqual([]);
    if (process.env['REVIEW_SCREENSHOT']) await screenshotQueue(page, item(0), process.env['REVIEW_SCREENSHOT']);

    await page.keyboard.press('j');
    await expect(item(0)).toBeFocused();
    await andReload(page, () => page.keyboard.press('a'));
    await expect(status).toContainText('Accepted “Al-Sharaa lands at Vnukovo airport”');
    await expect(item(1)).toBeFocused();
    await expect(items).toHaveCount(4);

    await andReload(page, () => page.keyboard.press('r'));
    await expect(status).toContainText('Rejected “Moscow stays engaged with the new Syrian leadership”');
    await expect(item(2)).toBeFocused();

    await page.keyboard.press('e');
    const title = item(2).getByLabel('Title', { exact: true });
    await expect(title).toBeFocused();
    expect(await devAxe(page, '.dl-review-form')).toEqual([]);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Putin hails the Syrian army’s advance on the Euphrates');
    await andReload(page, () => page.keyboard.press('Enter'));
    await expect(status).toContainText('Saved and accepted “Putin hails the Syrian army’s advance on the Euphrates”');
    await expect(item(3)).toBeFocused();

    await page.keyboard.press('j');
    await expect(item(4)).toBeFocused();
    await page.keyboard.press('k');
    await expect(item(3)).toBeFocused();
    await andReload(page, () => page.keyboard.press('a'));
    await expect(item(4)).toBeFocused();
    await andReload(page, () => page.keyboard.press('r'));
    await expect(page.locator('[data-review-count]')).toHaveText('Nothing awaits review.');
    await expect(page.locator('[data-review-count]')).toBeFocused();
    await expect(items).toHaveCount(0);

    const reviewed = (i: number) => frontmatter(read(eventFile(queue[i]!.id)));
    expect(reviewed(0)).toMatchObject({ reviewed: true, title: 'Al-Sharaa lands at Vnukovo airport' });
    expect(reviewed(2)).toMatchObject({
      reviewed: true,
      title: 'Putin hails the Syrian army’s advance on the Euphrates',
    });
    expect(reviewed(3)).toMatchObject({ reviewed: true, title: 'First Russian delegation visits Syria' });
    for (const i of [1, 4]) {
      expect(existsSync(eventFile(queue[i]!.id))).toBe(false);
      expect(read(rejectedFile(queue[i]!.id))).toBe(renderAutomaticEvent(queue[i]!));
    }
  },
);

test(
  'an edit of a file that changed on disk since the page was loaded is not written: the editor sees the version on disk',
  { tag: '@dev' },
  async ({ page }) => {
    const trade = fixture(
      '2026-01-trade-grows',
      'Trade between Russia and Syria grows',
      '2026-01',
      4,
      'rt-2026-01-28',
      'The Russian president also noted that the trade volume between the two nations has grown by 4%',
    );
    await writeFixtures(page, trade);
    await page.goto(`${dev.origin}/`);
    const card = page.locator(`article[id="${trade.id}"]`);
    await card.getByRole('button', { name: 'Edit' }).click({ timeout: 60_000 });
    const form = card.getByRole('form', { name: 'Edit “Trade between Russia and Syria grows”' });
    await form.getByLabel('Title', { exact: true }).fill('Russia–Syria trade grew by 4 percent');

    // Meanwhile extract writes the event again, with another summary.
    const rewritten = renderAutomaticEvent({
      ...trade,
      summary: ['Trade between the two nations has grown by 4%, Putin said.'],
    });
    writeFileSync(eventFile(trade.id), rewritten);
    await form.getByRole('button', { name: 'Save and accept' }).click();
    const alert = form.getByRole('alert').first();
    await expect(alert).toContainText(
      `content/events/${trade.id}.mdx changed on disk since this page was loaded, so your edit was not saved.`,
    );
    await expect(alert.getByRole('definition')).toContainText([
      'Trade between Russia and Syria grows',
      'January 2026',
      'Trade between the two nations has grown by 4%, Putin said.',
    ]);
    await expect(form.getByLabel('Title', { exact: true })).toHaveValue('Russia–Syria trade grew by 4 percent');
    expect(read(eventFile(trade.id))).toBe(rewritten);
    expect(await devAxe(page, '.dl-review-form')).toEqual([]);

    // Having seen it, the editor saves their version over it.
    await andReload(page, () => form.getByRole('button', { name: 'Save and accept' }).click());
    await expect(card.locator('.event-title')).toHaveText('Russia–Syria trade grew by 4 percent');
    expect(frontmatter(read(eventFile(trade.id)))).toMatchObject({
      title: 'Russia–Syria trade grew by 4 percent',
      reviewed: true,
    });
  },
);

test(
  'the Dev Toolbar app counts what awaits review; the endpoints answer the dev server’s own pages only and write no file outside content/',
  { tag: '@dev' },
  async ({ page }) => {
    const target = fixture(
      '2026-01-28-kept-out',
      'An event no stranger may decide',
      '2026-01-28',
      3,
      'aa-2026-01-28',
      'Putin expressed his support for the Syrian leader',
    );
    await writeFixtures(page, target);
    const before = read(eventFile(target.id));
    // Astro's dev toolbar has a Review app: what awaits review, and the way to the queue. The dev
    // server can still reload the page for the new file after it first served it, and a reload
    // closes the app; the check then starts again from a fresh load (it fails only if it never holds).
    const toolbar = page.locator('astro-dev-toolbar');
    const app = toolbar.locator('astro-dev-toolbar-app-canvas[data-app-id="dateline-review"]');
    await expect(async () => {
      await page.goto(`${dev.origin}/_review/`, { timeout: 30_000 });
      await expect(page.locator('[data-review-ready]')).toHaveCount(1, { timeout: 30_000 });
      await toolbar.locator('button[data-app-id="dateline-review"]').click({ timeout: 10_000 });
      await expect(app).toContainText('1 automatic event awaits review, strongest evidence first:');
      await expect(app.getByRole('listitem')).toHaveText(['2026-01-28: An event no stranger may decide']);
      await expect(app.getByRole('link', { name: 'Open the review queue' })).toHaveAttribute('href', '/_review/');
    }).toPass({ timeout: 120_000 });

    // The page's own token, read from the session module as the page's scripts import it.
    const token = await page.evaluate(
      async (module) => ((await import(/* @vite-ignore */ module)) as { token: string }).token,
      '/@id/__x00__virtual:dateline/review-session',
    );
    const url = `${dev.origin}/__dateline/review/accept`;
    const own = { origin: dev.origin, 'content-type': 'application/json' };
    const body = { token, id: target.id, hash: 'any' };
    const post = async (headers: Record<string, string>, data: unknown, action = 'accept') => {
      const response = await page.request.post(`${dev.origin}/__dateline/review/${action}`, {
        headers,
        data: typeof data === 'string' ? data : JSON.stringify(data),
      });
      return [response.status(), ((await response.json()) as { error: string }).error];
    };
    expect(await post({ 'content-type': 'application/json' }, body)).toEqual([
      403,
      expect.stringContaining('got none'),
    ]);
    expect(await post({ ...own, origin: 'https://evil.example' }, body)).toEqual([
      403,
      expect.stringContaining('got https://evil.example'),
    ]);
    expect(await post({ ...own, 'content-type': 'text/plain' }, body)).toEqual([
      415,
      expect.stringContaining('got text/plain'),
    ]);
    expect(await post(own, { ...body, token: 'stale' })).toEqual([
      403,
      expect.stringContaining('token is missing or out of date'),
    ]);
    expect(await post(own, { ...body, id: '../sources/aa-2026-01-28' })).toEqual([
      400,
      expect.stringContaining('expected an event id'),
    ]);
    expect(await post(own, { ...body, id: '../../package' })).toEqual([
      400,
      expect.stringContaining('expected an event id'),
    ]);
    expect(await post(own, 'id=x')).toEqual([400, 'expected a JSON object']);
    expect((await page.request.get(url)).status()).toBe(405);

    // A page of another origin (the same server under another name) cannot have the browser decide.
    const other = dev.origin.replace('localhost', '127.0.0.1');
    await page.goto(`${other}/`);
    const answer = await page.evaluate(
      async ({ url, body }) => {
        try {
          const r = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          return r.status;
        } catch {
          return 'refused by the browser';
        }
      },
      { url, body: { ...body, hash: undefined } },
    );
    expect([403, 'refused by the browser']).toContain(answer);
    expect(read(eventFile(target.id))).toBe(before);

    // An event file that is a link to a file outside content/ is refused, and its target left alone.
    const outside = join(scratch.dir, 'outside.mdx');
    const outsideText = renderAutomaticEvent({ ...target, id: '2026-01-28-linked-out' });
    writeFileSync(outside, outsideText);
    symlinkSync(outside, eventFile('2026-01-28-linked-out'));
    for (const action of ['accept', 'edit', 'reject'])
      expect(await post(own, { ...body, id: '2026-01-28-linked-out', hash: sha256(outsideText) }, action)).toEqual([
        400,
        'content/events/2026-01-28-linked-out.mdx is not a plain file inside content/: the review does not touch it.',
      ]);
    expect(read(outside)).toBe(outsideText);
    expect(existsSync(rejectedFile('2026-01-28-linked-out'))).toBe(false);
  },
);
