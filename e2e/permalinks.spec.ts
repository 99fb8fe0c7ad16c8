/**
 * About the first story itself: every URL its site served before (`fixtures/first-story-urls.txt`,
 * written from an earlier build) still resolves, pages, feeds, share images and data alike, so a
 * change to the code or the content never breaks a link someone shared. A URL that now redirects
 * (a retired event id) must land on a page that resolves.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { url } from './events.ts';

const listed = readFileSync(new URL('fixtures/first-story-urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'));

test.describe('URLs of the earlier build', { tag: '@base' }, () => {
  test('every URL the first story served before still resolves', async ({ request }) => {
    expect(listed.length, 'the list is read').toBeGreaterThan(100);
    const failing: string[] = [];
    let redirects = 0;
    for (const path of listed) {
      const response = await request.get(url(path), { maxRedirects: 5 });
      if (response.status() !== 200) failing.push(`${path}: ${response.status()}`);
      const type = response.headers()['content-type'] ?? '';
      // An HTML redirect page (a retired id) must lead to a page that resolves in turn.
      const refresh = type.includes('html')
        ? /http-equiv="refresh" content="0;\s*url=([^"]+)"/i.exec(await response.text())
        : null;
      if (refresh) {
        redirects += 1;
        const target = await request.get(new URL(refresh[1]!, response.url()).href);
        if (target.status() !== 200) failing.push(`${path} → ${refresh[1]}: ${target.status()}`);
      }
    }
    expect(failing, 'URLs of the earlier build that no longer resolve').toEqual([]);
    // The retired automatic event's URL is among them, and leads on.
    expect(redirects, 'no listed URL was read as a redirect page').toBeGreaterThan(0);
  });
});
