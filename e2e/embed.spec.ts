/**
 * Embedding an event: its card at `/embed/events/<id>/` (small, self-contained, accessible, made
 * for an iframe), the oEmbed JSON its event page points at, and the "Embed" control that hands
 * out the iframe code. The cards' HTML validity, and axe on each card as its own page, are also
 * covered by html-validate.spec.ts and page-crawl.spec.ts with every other page.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { selectAll } from 'hast-util-select';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { listEvents, url } from './events.ts';
import { parsed } from './resolve.ts';
import { crawlTimeout, fileForPath } from './site.ts';
import { axeViolations } from './axe.ts';

const events = listEvents();
/** Whether an editor has reviewed the event: `reviewed: false` marks one the pipeline wrote. */
const reviewed = (id: string) =>
  splitFrontmatter(readFileSync(new URL(`../content/events/${id}.mdx`, import.meta.url), 'utf8'))!.data['reviewed'] !==
  false;

type OEmbed = Record<string, unknown> & { html: string; width: number; height: number };

/** The oEmbed response the event page links to, fetched at the path its discovery link gives. */
async function discoveredOEmbed(page: import('@playwright/test').Page, id: string): Promise<OEmbed> {
  await page.goto(url(`/events/${id}/`));
  const links = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(links, `${id}: no oEmbed discovery link`).toHaveCount(1);
  const href = new URL((await links.getAttribute('href'))!);
  expect(href.pathname).toBe(url(`/oembed/events/${id}.json`));
  const response = await page.request.get(href.pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  return (await response.json()) as OEmbed;
}

test('every embed card is small, self-contained and says what it must', async ({ page }) => {
  // One crawl over the cards, soft assertions naming each card. Their HTML validity is checked
  // with every other page by html-validate.spec.ts, and axe by page-crawl.spec.ts.
  test.setTimeout(crawlTimeout(events.length));
  let requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const event of events) {
    const path = url(`/embed/events/${event.id}/`);
    const file = fileForPath(path);
    expect.soft(file, `${path} was not built`).toBeDefined();
    if (!file) continue;
    expect.soft(statSync(file).size, `${path} weighs 10 KB or more`).toBeLessThan(10 * 1024);

    requests = [];
    await page.goto(path);
    // Opened by itself, a browser may ask for the site's icon; in a frame it does not (checked below).
    const extra = requests.filter(
      (r) => r !== new URL(path, page.url()).href && r !== new URL(url('/favicon.svg'), page.url()).href,
    );
    expect.soft(extra, `${path}: the card fetched something besides itself`).toEqual([]);

    await expect.soft(page.getByRole('heading', { level: 1 }), `${path}: title`).toHaveText(event.data.title);
    await expect.soft(page.locator('time').first(), `${path}: date`).toHaveAttribute('datetime', event.data.date);
    await expect
      .soft(page.locator('.summary'), `${path}: summary`)
      .toContainText(event.summary.split(/\s+/).slice(0, 6).join(' '));
    const sourceLinks = page.getByRole('list', { name: 'Sources' }).getByRole('link');
    await expect
      .soft(sourceLinks, `${path}: sources`)
      .toHaveCount(new Set(event.data.sources.map((c) => c.source.id)).size);
    for (const href of await sourceLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
      expect.soft(href, `${path}: source link`).toMatch(new RegExp(`^${url('/sources/')}[^/]+/#p-\\d+$`));
    await expect
      .soft(
        page.getByText(reviewed(event.id) ? 'Reviewed by an editor' : 'Not yet reviewed by an editor', { exact: true }),
        `${path}: review status`,
      )
      .toBeVisible();
    await expect
      .soft(page.getByRole('link', { name: 'Read the event with every quote' }), `${path}: link to the event`)
      .toHaveAttribute('href', url(`/events/${event.id}/`));
    await expect.soft(page.locator('header, footer, nav'), `${path}: the card carries site chrome`).toHaveCount(0);
    for (const target of await page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('target'))))
      expect.soft(target, `${path}: a link of the card would open inside the frame`).toBe('_blank');
    await expect.soft(page.locator('meta[name="robots"]'), `${path}: robots`).toHaveAttribute('content', 'noindex');
  }
});

test('every event page names its oEmbed, whose rich response carries the card’s iframe', async ({ request }) => {
  // The discovery link is in the built HTML (no script writes it); the response comes from the server.
  for (const event of events) {
    const file = fileForPath(url(`/events/${event.id}/`));
    expect(file, `${event.id}: no event page`).toBeDefined();
    const links = selectAll('link[rel="alternate"][type="application/json+oembed"]', parsed(file!));
    expect(links, `${event.id}: no oEmbed discovery link`).toHaveLength(1);
    const href = new URL(String(links[0]!.properties['href']));
    expect(href.pathname).toBe(url(`/oembed/events/${event.id}.json`));
    const response = await request.get(href.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const oembed = (await response.json()) as OEmbed;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: event.data.title });
    expect(typeof oembed['provider_name']).toBe('string');
    expect(new URL(String(oembed['provider_url'])).pathname).toBe(url('/'));
    for (const key of ['width', 'height'] as const)
      expect(Number.isInteger(oembed[key]) && oembed[key] > 0, key).toBe(true);
    const iframe = /^<iframe src="([^"]+)" title="[^"]+" width="(\d+)" height="(\d+)"[^>]*><\/iframe>$/.exec(
      oembed.html,
    );
    expect(iframe, `${event.id}: html is not one iframe`).not.toBeNull();
    expect(new URL(iframe![1]!).pathname).toBe(url(`/embed/events/${event.id}/`));
    expect([Number(iframe![2]), Number(iframe![3])]).toEqual([oembed.width, oembed.height]);
  }
});

test('the oEmbed iframes load every card on another site, fitting their height, with no request elsewhere', async ({
  page,
  baseURL,
}) => {
  // Twenty frames: more than the default 30 s on a busy machine.
  test.slow();
  const snippets: { id: string; html: string; height: number }[] = [];
  for (const event of events) {
    const { html, height } = (await (await page.request.get(url(`/oembed/events/${event.id}.json`))).json()) as OEmbed;
    // The code names the production site; here the cards come from the test server.
    snippets.push({
      id: event.id,
      height,
      html: html.replace(/src="[a-z]+:\/\/[^/]+/, `src="${new URL(baseURL!).origin}`),
    });
  }
  // The embedding article is served from another origin (another port): a page fulfilled by
  // page.route counts as public, and Chromium's local network access checks would stop its frames.
  const article = `<!doctype html><html lang="en"><head><title>An article</title></head><body><main><h1>An article</h1>${snippets
    .map((s) => `<p>${s.html}</p>`)
    .join('')}</main></body></html>`;
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(article));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const outside: string[] = [];
  const fromSite: string[] = [];
  page.on('request', (request) => {
    const { origin, pathname } = new URL(request.url());
    if (origin === new URL(baseURL!).origin) fromSite.push(pathname);
    else if (origin !== host) outside.push(request.url());
  });
  await page.setViewportSize({ width: 800, height: 900 });
  try {
    await page.goto(`${host}/an-article`);
    for (const [i, snippet] of snippets.entries()) {
      // The frames load lazily: bring each into view first.
      const iframe = page.locator('iframe').nth(i);
      await iframe.scrollIntoViewIfNeeded();
      const frame = iframe.contentFrame();
      await expect(frame.locator('h1'), `${snippet.id}: the card did not load in its iframe`).toHaveText(
        events[i]!.data.title,
      );
      const height = await frame.locator('html').evaluate((html) => html.scrollHeight);
      expect(height, `${snippet.id}: the card is taller than its frame`).toBeLessThanOrEqual(snippet.height);
    }
    expect(outside, 'requests outside the site and the embedding page').toEqual([]);
    expect(fromSite.toSorted(), 'the framed cards fetched more than themselves').toEqual(
      events.map((e) => url(`/embed/events/${e.id}/`)).toSorted(),
    );
    // The cards themselves pass axe as pages of their own (page-crawl.spec.ts).
    expect(await axeViolations(page, { frames: false })).toEqual([]);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test.describe('the Embed control on an event page', () => {
  const event = events[0]!;

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the iframe code as text to copy', async ({ page }) => {
      const { html } = await discoveredOEmbed(page, event.id);
      await page.getByText('Embed', { exact: true }).click();
      const code = page.getByRole('textbox', { name: /Paste this code/ });
      await expect(code).toBeVisible();
      await expect(code).toHaveValue(html);
      await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeHidden();
    });
  });

  test('copies the iframe code (with JavaScript)', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { html } = await discoveredOEmbed(page, event.id);
    await page.getByText('Embed', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByText('Embed code copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);
  });
});
