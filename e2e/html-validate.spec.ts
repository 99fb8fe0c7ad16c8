/**
 * Every built page is valid HTML by `html-validate:recommended` (`.htmlvalidate.json`), with two
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

for (const { file, path } of listPages()) {
  test(`${path} is valid HTML`, async () => {
    const report = await htmlvalidate.validateFile(file);
    const errors = report.results.flatMap(({ messages }) =>
      messages.map(
        ({ line, column, ruleId, message }) => `${relative(distDir, file)}:${line}:${column} ${ruleId}: ${message}`,
      ),
    );
    expect(errors, `html-validate errors in ${path}`).toEqual([]);
  });
}
