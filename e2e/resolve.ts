/** Whether a URL of the site resolves to a file in `dist/` (and, for a fragment, to an element of that page). */
import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { fileForPath } from './site.ts';

const parser = unified().use(rehypeParse);
const trees = new Map<string, Root>();

/** The parsed HTML of a file in `dist/`, parsed once per test worker. */
export function parsed(file: string): Root {
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
export function brokenReason(url: URL): string | undefined {
  const file = fileForPath(url.pathname);
  if (!file) return 'no such file in dist/';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment !== '' && !(file.endsWith('.html') && hasId(file, fragment))) return `no element with id "${fragment}"`;
  return undefined;
}
