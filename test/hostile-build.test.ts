/**
 * The build-level half of the hostile corpus: one Astro build of a temporary copy of the project
 * whose content holds every hostile article ingest accepts (next to the real story). Each hostile
 * source page must show its cleaned text literally, and no page may carry an injected element,
 * event-handler attribute or `javascript:` URL.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSync, copyProject, listFiles, root, runSync } from '../bench/temp-project.ts';
import type { IngestedArticle } from '../src/lib/ingest/ingest-article.ts';
import { ingestRaw } from '../src/lib/ingest/ingest-raw.ts';
import { sourceSlug } from '../src/lib/ingest/source-slug.ts';
import { hostileCases } from './hostile-corpus.ts';

const accepted = hostileCases.filter((c) => c.expect === 'ok');
const parser = unified().use(rehypeParse);
const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();
// What article text may add to the site's template: its blocks, paragraph anchors, quote marks.
const articleTags = new Set(['p', 'h2', 'figure', 'figcaption', 'a', 'mark']);
const urlAttributes = ['href', 'src', 'action', 'formAction', 'cite', 'poster', 'data', 'xLinkHref'];

let dir: string;
let build: { status: number | null; output: string };
const pageOf = (id: string): Root =>
  parser.parse(readFileSync(join(dir, 'dist/sources', id, 'index.html'), 'utf8')) as Root;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-hostile-build-'));
  copyProject(dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const c of hostileCases) writeFileSync(join(dir, 'content/raw', c.file), c.bytes);
  // Refused files make ingest exit 1; the accepted ones are written all the same.
  runSync(dir, ['src/cli/ingest.ts']);
  build = buildSync(dir);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('builds a site holding every accepted hostile article', () => {
  expect(build.status, build.output.slice(-3000)).toBe(0);
});

describe.each(accepted)('the source page of hostile article $name', (c) => {
  const id = sourceSlug(c.file);

  it('shows the cleaned text literally, block for block', () => {
    const expected = ingestRaw(c.bytes, c.file, { defaultLang: 'en' }) as IngestedArticle;
    const body = select('[data-article-body]', pageOf(id));
    expect(body, 'the page has an article body').toBeDefined();
    const shown = selectAll(':scope > p, :scope > h2, figcaption', body!).map((el) =>
      normalize(toText(el, { whitespace: 'pre' })),
    );
    expect(shown).toEqual(expected.blocks.map((b) => normalize(b.text)));
    expect(normalize(toText(select('h1', pageOf(id))!))).toBe(normalize(expected.frontmatter.title));
  });

  it('adds no element the template does not have, and no script', () => {
    const benign = pageOf('aa-2026-01-28');
    const templateTags = new Set<string>(articleTags);
    visit(benign, 'element', (el: Element) => void templateTags.add(el.tagName));
    const page = pageOf(id);
    const foreign = new Set<string>();
    visit(page, 'element', (el: Element) => void (templateTags.has(el.tagName) || foreign.add(el.tagName)));
    expect([...foreign]).toEqual([]);
    const scripts = (tree: Root) =>
      selectAll('script', tree).map(
        (s) => `${String(s.properties['type'] ?? '')} ${String(s.properties['src'] ?? '')}`,
      );
    expect(scripts(page)).toEqual(scripts(benign));
    expect(
      selectAll(
        '[data-article-body] script, [data-article-body] style, [data-article-body] img, [data-article-body] iframe',
        page,
      ),
    ).toEqual([]);
  });
});

it('no page of the build has an event-handler attribute, a javascript: URL or a script with injected code', () => {
  const problems: string[] = [];
  for (const file of listFiles(join(dir, 'dist'), '.html')) {
    const name = relative(join(dir, 'dist'), file);
    const tree = parser.parse(readFileSync(file, 'utf8')) as Root;
    visit(tree, 'element', (el: Element) => {
      for (const [key, value] of Object.entries(el.properties)) {
        if (/^on/i.test(key)) problems.push(`${name}: <${el.tagName} ${key}>`);
        if (
          urlAttributes.includes(key) &&
          /^\s*(javascript|vbscript|data):/i.test(String(value).replace(/[\u0000-\u0020]/g, ''))
        )
          problems.push(`${name}: <${el.tagName} ${key}="${String(value)}">`);
      }
      if (el.tagName === 'script') {
        const code = toText(el);
        if (el.properties['type'] === 'application/ld+json') {
          try {
            JSON.parse(code);
          } catch {
            problems.push(`${name}: JSON-LD that does not parse`);
          }
        } else if (/alert\(|document\.cookie|evil\.example/.test(code))
          problems.push(`${name}: a script holding article text`);
      }
      if (['iframe', 'object', 'embed', 'base', 'frame', 'frameset'].includes(el.tagName))
        problems.push(`${name}: <${el.tagName}>`);
    });
  }
  expect(problems).toEqual([]);
});
