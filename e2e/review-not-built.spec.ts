/**
 * The review in the browser is for `astro dev` only: the built site carries no trace of it. No
 * file of `dist/` (pages, scripts, styles, feeds) names its route, its endpoints, its session
 * module, its controls' classes or its words, and the built site answers neither its queue page
 * nor its endpoints. Reads the files only (and asks the static server twice): no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { base, distDir } from './site.ts';

// Written here by hand, from the review's code: a rename there should be a rename here.
const traces = [
  '/_review', // the queue page's route
  '__dateline/review', // the endpoints
  'virtual:dateline/review-session', // the session module with its token
  'dateline:review', // the integration and its Vite plugins
  'dateline-review', // the Dev Toolbar app
  'dl-review', // the controls' classes
  'data-review-', // the queue's items and the controls' state
  'Save and accept', // the edit form
  'Review the automatic timeline', // the queue page's heading
];

/** Every file of the built site, relative to it. */
function builtFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [relative(distDir, join(dir, entry.name))],
  );
}

test.describe('the review is not in the build', { tag: '@base' }, () => {
  test('no built file names the review’s route, endpoints, session, controls or words', () => {
    const files = builtFiles();
    expect(files, 'the built site has its pages').toContain('index.html');
    expect(files.filter((file) => /(^|\/)_review(\/|$)/.test(file))).toEqual([]);
    const found = files.flatMap((file) => {
      const text = readFileSync(join(distDir, file), 'latin1');
      return traces.filter((trace) => text.includes(trace)).map((trace) => `${file}: ${trace}`);
    });
    expect(found).toEqual([]);
  });

  test('the built site serves neither the queue page nor the endpoints', async ({ request }) => {
    expect((await request.get(`${base}_review/`)).status()).toBe(404);
    expect((await request.get(`${base}__dateline/review/queue`)).status()).toBe(404);
  });
});
