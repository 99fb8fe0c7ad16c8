import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, listPages } from './site.ts';

// Site chrome that ingest must strip from the articles (icon sprites, comment policies, players).
const chromeStrings = ['bookmarkicon', 'Dear readers', 'Podcasts', 'No comments:'];
const pages = listPages().map(({ file }) => ({ file, html: readFileSync(file, 'utf8') }));

for (const chrome of chromeStrings) {
  test(`no page contains ${JSON.stringify(chrome)}`, () => {
    const offenders = pages.filter(({ html }) => html.includes(chrome)).map(({ file }) => relative(distDir, file));
    expect(offenders, `site chrome ${JSON.stringify(chrome)} survived ingest in these pages`).toEqual([]);
  });
}
