import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { fileForPath, listPages } from './site.ts';

// Links are resolved against this stand-in origin; anything on another origin is external.
const origin = 'http://dateline.invalid';
const parser = unified().use(rehypeParse);
const trees = new Map<string, Root>();

function parsed(file: string): Root {
  let tree = trees.get(file);
  if (!tree) {
    tree = parser.parse(readFileSync(file, 'utf8'));
    trees.set(file, tree);
  }
  return tree;
}

function hasId(file: string, id: string): boolean {
  return selectAll('[id]', parsed(file)).some((element) => element.properties['id'] === id);
}

/** Why an internal URL is broken, or undefined when it resolves to a page (and fragment) in dist/. */
function brokenReason(url: URL): string | undefined {
  const file = fileForPath(url.pathname);
  if (!file) return 'no such file in dist/';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment !== '' && !(file.endsWith('.html') && hasId(file, fragment))) return `no element with id "${fragment}"`;
  return undefined;
}

for (const { file, path } of listPages()) {
  test(`every internal link on ${path} resolves`, () => {
    const references = selectAll('a[href], link[href], img[src], script[src], source[src]', parsed(file));
    const broken: string[] = [];
    for (const element of references) {
      const value = String(element.properties['href'] ?? element.properties['src']);
      const url = new URL(value, `${origin}${path}`);
      if (url.origin !== origin) continue;
      const reason = brokenReason(url);
      if (reason) broken.push(`<${element.tagName}> ${value}: ${reason}`);
    }
    expect(broken, `broken internal links on ${path}`).toEqual([]);
  });
}
