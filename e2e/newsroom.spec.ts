/**
 * A site of three stories (`e2e/build-newsroom.ts` builds it from `fixtures/newsroom/` and the toll
 * story): the toll story (seven events an editor wrote), the ferry strike (three events an editor
 * wrote, reviewed events only) and the river flood (automatic events only). Everything is written
 * here, worked out by hand from the fixture's files and the rules the README gives: the home page's
 * order (most recently updated first: the flood's newest article is of 5 September 2025, the
 * strike's of 13 June, the toll's of 5 March), each story's span and counts, the pages an actor
 * shares across two stories, the URLs under each story, and search across the stories. It is built
 * under a base path, which every link must carry. The crawls that hold for every site (axe, HTML
 * validity, links: `@sites`) run on it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { withBase } from '../src/lib/with-base.ts';
import { base, distDir } from './site.ts';

/** A path of the site under the base it was built for (`/news/` in `npm run test:e2e:newsroom`). */
const u = (path: string): string => withBase(path, base);
/** The absolute URL the site's feeds give a path (SITE_URL is not set: Astro's default). */
const abs = (path: string): string => `http://localhost:4321${u(path)}`;
/** The page's path, to compare exactly. */
const pathOf = (page: Page): string => new URL(page.url()).pathname;

test.describe('a site of several stories', { tag: '@newsroom' }, () => {
  const text = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));

  test('the home page lists the three stories, most recently updated first, with span, counts and last update', async ({
    page,
  }) => {
    await page.goto(u('/'));
    await expect(page).toHaveTitle('Stories from the harbour city – Harbour Desk');
    await expect(page.locator('h1')).toHaveText('Stories from the harbour city');
    const items = page.locator('.story-summary');
    await expect(items).toHaveCount(3);
    expect(await text(page, '.story-summary h2 a')).toEqual([
      'The Weir river flood',
      'The Northbank ferry strike',
      'The Northbank bridge toll',
    ]);
    expect(
      await page.locator('.story-summary h2 a').evaluateAll((els) => els.map((a) => a.getAttribute('href'))),
    ).toEqual([u('/river-flood/'), u('/ferry-strike/'), u('/harbour-toll/')]);
    const facts = await text(page, '.story-facts');
    // The flood's events are extract's, all awaiting review: how many depends on extract, not on this site.
    expect(facts[0]).toMatch(
      /^2025 · (\d+) events? \(\1 not yet reviewed\) from 2 sources · Last updated 5 September 2025$/,
    );
    expect(facts.slice(1)).toEqual([
      // Reviewed events only: extract's proposals for this story stay out.
      '2019 – 2025 · 3 events from 2 sources · Last updated 13 June 2025',
      '1998 – 2025 · 7 events from 3 sources · Last updated 5 March 2025',
    ]);
    await expect(page.locator('.story-updated time').first()).toHaveAttribute('datetime', '2025-09-05');
  });

  test('an actor two stories share has one page listing its events story by story, linked from each story', async ({
    page,
  }) => {
    await page.goto(u('/actors/port-authority/'));
    await expect(page.locator('h1')).toHaveText('Port Authority');
    await expect(page.locator('main p.font-sans').first()).toHaveText(
      '4 events in 2 stories involving Port Authority.',
    );
    // Stories in the home page's order; each story's events in its timeline order (the month before its days).
    expect(await text(page, '.term-story h2')).toEqual(['The Northbank ferry strike', 'The Northbank bridge toll']);
    const events = await page
      .locator('.term-story')
      .evaluateAll((sections) =>
        sections.map((s) => [...s.querySelectorAll('.term-event h3 a')].map((a) => a.getAttribute('href'))),
      );
    expect(events).toEqual([
      [
        u('/ferry-strike/events/2025-06-09-ferry-crews-strike/'),
        u('/ferry-strike/events/2025-06-12-mayor-brokers-deal/'),
      ],
      [
        u('/harbour-toll/events/2025-03-bridge-to-close-for-repairs/'),
        u('/harbour-toll/events/2025-03-03-mayor-announces-toll/'),
      ],
    ]);

    expect(await text(page, '.term-story time')).toEqual(['9 June 2025', '12 June 2025', 'March 2025', '3 March 2025']);
    // Each story's own page of the actor leads here.
    for (const story of ['ferry-strike', 'harbour-toll']) {
      await page.goto(u(`/${story}/tags/port-authority/`));
      await page.getByRole('link', { name: 'Port Authority in every story' }).click();
      await expect(page.locator('h1')).toHaveText('Port Authority');
      expect(pathOf(page)).toBe(u('/actors/port-authority/'));
    }
    // The site's index lists it with its count across the stories.
    await page.goto(u('/tags/'));
    await expect(page.locator('.term-index li', { hasText: 'Port Authority' })).toHaveText(
      /^\s*Port Authority\s*4\s*events?\s*in 2 stories\s*$/,
    );
  });

  test('each story keeps its pages, feeds and search under its slug, and leads back to every story', async ({
    page,
    request,
  }) => {
    await page.goto(u('/ferry-strike/'));
    await expect(page.locator('h1')).toHaveText('The Northbank ferry strike');
    // Its three reviewed events, in date order; none of extract's.
    expect(await page.locator('article.event-card').evaluateAll((els) => els.map((el) => el.id))).toEqual([
      '2019-one-day-stoppage',
      '2025-06-09-ferry-crews-strike',
      '2025-06-12-mayor-brokers-deal',
    ]);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'All stories' }).click();
    await expect(page.locator('h1')).toHaveText('Stories from the harbour city');
    expect(pathOf(page)).toBe(u('/'));

    const feed = (await (await request.get(u('/ferry-strike/events.json'))).json()) as {
      events: { id: string; url: string }[];
    };
    expect(feed.events.map((e) => e.url)).toEqual([
      abs('/ferry-strike/events/2019-one-day-stoppage/'),
      abs('/ferry-strike/events/2025-06-09-ferry-crews-strike/'),
      abs('/ferry-strike/events/2025-06-12-mayor-brokers-deal/'),
    ]);
    // The automatic-only story publishes extract's events, every one marked as not yet reviewed.
    const flood = (await (await request.get(u('/river-flood/events.json'))).json()) as {
      events: { reviewed: boolean }[];
    };
    expect(flood.events.length).toBeGreaterThan(0);
    expect(flood.events.every((e) => e.reviewed === false)).toBe(true);
    const robots = await (await request.get(u('/robots.txt'))).text();
    expect(robots.match(/^Sitemap: .*$/gm)).toEqual([
      `Sitemap: ${abs('/sitemap-index.xml')}`,
      `Sitemap: ${abs('/river-flood/sitemap-index.xml')}`,
      `Sitemap: ${abs('/ferry-strike/sitemap-index.xml')}`,
      `Sitemap: ${abs('/harbour-toll/sitemap-index.xml')}`,
    ]);
    // Netlify reads the root's redirect rules only: the strike's old event URL (an alias) is among them.
    // (Read from the build: a plain static server knows nothing of the file.)
    const redirects = readFileSync(join(distDir, '_redirects'), 'utf8');
    expect(redirects.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      `${u('/ferry-strike/events/2025-06-12-ferry-deal/')} ${u('/ferry-strike/events/2025-06-12-mayor-brokers-deal/')} 301`,
    ]);
  });

  test('search covers every story and says which story each result is from; a story’s search keeps to it', async ({
    page,
  }) => {
    // "ferry": the strike's two articles and three events, and one toll article ("where no ferry runs").
    await page.goto(u('/search/?q=ferry'));
    await expect(page.locator('[data-search-status]')).toHaveText('6 results for “ferry”.');
    const kickers = await text(page, '.search-result .kicker');
    expect(kickers.filter((k) => k.startsWith('The Northbank ferry strike · '))).toHaveLength(5);
    expect(kickers.filter((k) => k.startsWith('The Northbank bridge toll · Source · '))).toHaveLength(1);
    const toll = page.locator('.search-result', { hasText: 'The Northbank bridge toll' }).locator('h2 a');
    await expect(toll).toHaveAttribute('href', u('/harbour-toll/sources/city-wire-2025-03-04/'));

    await page.goto(u('/harbour-toll/search/?q=ferry'));
    await expect(page.locator('[data-search-status]')).toHaveText('1 result for “ferry”.');
    await page.getByRole('link', { name: 'Search every story' }).click();
    await expect(page.locator('h1')).toHaveText('Search every story');
    expect(pathOf(page)).toBe(u('/search/'));
  });
});
