/**
 * Every built page is valid HTML (one pass over all pages, naming each error's file) by `html-validate:recommended` (`.htmlvalidate.json`), with two
 * relaxations, each for a reason the config file cannot hold (JSON has no comments):
 * - `valid-id` relaxed: Astro's heading slugger gives a heading such as "28 January" the id
 *   `28-january`; ids starting with a digit are valid HTML.
 * - `long-title` off: titles are "<page> – <story title>", and a page's title is often a
 *   publisher's full headline, which the site quotes rather than shortens.
 */
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, listPages } from './site.ts';

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

test('every page is valid HTML', { tag: '@sites' }, async () => {
  const pages = listPages();
  expect(pages.length, 'the build has no pages').toBeGreaterThan(0);
  const errors: string[] = [];
  for (const { file } of pages) {
    const report = await htmlvalidate.validateFile(file);
    errors.push(
      ...report.results.flatMap(({ messages }) =>
        messages.map(
          ({ line, column, ruleId, message }) => `${relative(distDir, file)}:${line}:${column} ${ruleId}: ${message}`,
        ),
      ),
    );
  }
  expect(errors, 'html-validate errors, by file').toEqual([]);
});
