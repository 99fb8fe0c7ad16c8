/**
 * What the tests know about the site: the pages built into `dist/` and the articles in
 * `content/sources/`, read from the files themselves so that tests follow the content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { withBase } from '../src/lib/with-base.ts';

/** Absolute path of the built site: `DIST_DIR` (relative to the project), `dist/` by default. */
export const distDir = join(
  resolve(fileURLToPath(new URL('..', import.meta.url)), process.env['DIST_DIR'] ?? 'dist'),
  sep,
);
/** Absolute path of the generated sources. */
export const sourcesDir = fileURLToPath(new URL('../content/sources/', import.meta.url));
/** Base path the site was built for (BASE_PATH), always with a trailing slash. */
export const base = withBase('/', process.env['BASE_PATH'] ?? '/');

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(
    `No built site in ${distDir}: run \`npm run build\` (or \`npm run test:e2e:base\`, which builds dist-base/) first`,
  );
}

/** A page of the built site: its HTML file and the URL path that serves it (base included). */
export interface BuiltPage {
  file: string;
  path: string;
}

/** Every HTML page in `dist/`, with the URL path it is served at (`dist/sources/index.html` → `/sources/`). */
export function listPages(): BuiltPage[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.html') && !isRedirectPage(file))
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
      const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { file, path: withBase(`/${path}`, base) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Whether a built page is an old event URL's redirect (a meta refresh to the event): it leaves at
 * once, so the page crawls skip it; `automatic-timeline.spec.ts` checks such pages on their own
 * (accessible, valid, canonical, in `_redirects`) and `timeline.spec.ts` follows the first story's.
 */
function isRedirectPage(file: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8').slice(0, 2000));
}

/**
 * The built pages in groups for crawls that check every page: by directory (`events/…`,
 * `sources/…`, `tags/…`, and `top-level` for `/`, `/sources/`, `/404.html`…), each cut into parts
 * of at most `size` pages. Each group becomes one test, so that the groups spread over the workers,
 * no test grows with the story, and a failure names its pages.
 */
export function listPageGroups(size = 10): { name: string; pages: BuiltPage[] }[] {
  const byDirectory = Map.groupBy(listPages(), ({ path }) => {
    const segments = path.slice(base.length).split('/');
    return segments.length > 2 ? `${segments[0]}/…` : 'top-level';
  });
  return [...byDirectory].flatMap(([name, pages]) => {
    const parts = Math.ceil(pages.length / size);
    return Array.from({ length: parts }, (_, i) => ({
      name: parts === 1 ? name : `${name} (part ${i + 1} of ${parts})`,
      pages: pages.slice(i * size, (i + 1) * size),
    }));
  });
}

/** Time allowed for a test that visits `pages` pages in the browser: generous, as CI machines are shared. */
export function crawlTimeout(pages: number, perPageMs = 10_000): number {
  return 30_000 + pages * perPageMs;
}

/** The file in `dist/` that serves a URL path (base included), or undefined when none does. */
export function fileForPath(path: string): string | undefined {
  const target = distPath(path);
  if (target === undefined) return undefined;
  const file = path.endsWith('/') ? join(target, 'index.html') : target;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The path in `dist/` a URL path (base included) points at, or undefined when it points outside. */
export function distPath(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(base.length));
  } catch {
    return undefined; // malformed percent-encoding
  }
  const target = join(distDir, rel);
  return target === distDir.replace(/\/$/, '') || target.startsWith(distDir) ? target : undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** An article as the MDX file in `content/sources/` has it. */
export interface SourceArticle {
  /** Collection id: the file name without `.mdx`. */
  id: string;
  /** URL path of its page (base included). */
  path: string;
  title: string;
  /** Text of every paragraph and heading, captions included, whitespace collapsed. */
  texts: string[];
  /** Number of top-level paragraphs: the ones that get `p-1`, `p-2`… anchors. */
  topLevelParagraphs: number;
}

/** Every source article, parsed from its MDX (not from the built HTML, which is what is under test). */
export function listSourceArticles(): SourceArticle[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.mdx'.length);
      const text = readFileSync(join(sourcesDir, name), 'utf8');
      const split = splitFrontmatter(text);
      if (!split) throw new Error(`content/sources/${name}: expected YAML frontmatter between --- lines`);
      const data = split.data as { title: string };
      const tree: Root = fromMarkdown(split.body, {
        extensions: [mdxjs()],
        mdastExtensions: [mdxFromMarkdown()],
      });
      const texts: string[] = [];
      visit(tree, (node) => {
        if (node.type === 'paragraph' || node.type === 'heading') {
          const value = normalizeSpace(toString(node));
          if (value !== '') texts.push(value);
        }
      });
      const topLevelParagraphs = tree.children.filter((node) => node.type === 'paragraph').length;
      return { id, path: withBase(`/sources/${id}/`, base), title: data.title, texts, topLevelParagraphs };
    });
}

/** Collapses runs of whitespace to one space and trims, as rendering does. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
