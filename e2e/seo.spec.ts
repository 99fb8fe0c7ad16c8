/**
 * Metadata of every built page, read from dist/: unique titles and descriptions, canonical URLs,
 * share images that exist as 1200×630 PNGs, and JSON-LD that parses and has what its type needs.
 * Tagged @base: canonical, Open Graph and JSON-LD URLs carry the base path.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { listEvents, url } from './events.ts';
import { distDir, fileForPath, listPages, listSourceArticles } from './site.ts';

const parser = unified().use(rehypeParse);
// Embed cards are made for other sites' iframes, not to be shared or found: e2e/embed.spec.ts checks them.
const pages = listPages()
  .filter(({ path }) => !path.startsWith(url('/embed/')))
  .map(({ file, path }) => ({
    file,
    path,
    tree: parser.parse(readFileSync(file, 'utf8')) as Root,
  }));
const events = listEvents();

const meta = (tree: Root, attribute: 'name' | 'property', key: string) =>
  select(`meta[${attribute}="${key}"]`, tree)?.properties['content'] as string | undefined;

/** Every JSON-LD object on a page, parsed. */
function jsonLd(tree: Root): Record<string, unknown>[] {
  return selectAll('script[type="application/ld+json"]', tree).map(
    (script) => JSON.parse(toText(script)) as Record<string, unknown>,
  );
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('page metadata', { tag: '@base' }, () => {
  for (const what of ['title', 'description'] as const) {
    test(`every page has its own ${what}`, () => {
      const values = pages.map(({ tree, file }) => ({
        page: relative(distDir, file),
        value: what === 'title' ? toText(select('title', tree)!) : meta(tree, 'name', 'description'),
      }));
      expect(
        values.filter((v) => !v.value).map((v) => v.page),
        `pages without a ${what}`,
      ).toEqual([]);
      const repeated = Object.entries(Object.groupBy(values, (v) => v.value!)).filter(([, group]) => group!.length > 1);
      expect(
        repeated.map(([value, group]) => `${value}: ${group!.map((g) => g.page).join(', ')}`),
        `${what}s shared by several pages`,
      ).toEqual([]);
    });
  }

  // One test per check over every page, with soft assertions, so that a failure names every page it is on.
  test('every page has a canonical URL, Open Graph and Twitter tags and a 1200×630 PNG share image', () => {
    for (const { path, tree } of pages) {
      const canonical = select('link[rel="canonical"]', tree)?.properties['href'] as string | undefined;
      if (path.endsWith('/404.html')) {
        // Served at whatever address was not found: it has no canonical URL and asks not to be indexed.
        expect.soft(canonical, `${path}: the 404 page has a canonical URL`).toBeUndefined();
        expect.soft(meta(tree, 'name', 'robots'), `${path}: robots`).toBe('noindex');
      } else if (canonical === undefined) {
        expect.soft(canonical, `${path}: no canonical URL`).toBeDefined();
      } else {
        expect.soft(new URL(canonical).pathname, `${path}: the canonical URL is not this page`).toBe(path);
        expect.soft(meta(tree, 'property', 'og:url'), `${path}: og:url`).toBe(canonical);
      }
      for (const key of ['og:title', 'og:description', 'og:type', 'og:image'])
        expect.soft(meta(tree, 'property', key), `${path}: no ${key}`).toBeTruthy();
      expect.soft(meta(tree, 'name', 'twitter:card'), `${path}: twitter:card`).toBe('summary_large_image');
      const image = meta(tree, 'property', 'og:image');
      if (!image) continue;
      const { origin, pathname } = new URL(image);
      if (canonical)
        expect.soft(origin, `${path}: og:image is not on the site’s origin`).toBe(new URL(canonical).origin);
      const file = fileForPath(pathname);
      expect.soft(file, `${path}: og:image ${pathname} is not a file in dist/`).toBeDefined();
      if (file)
        expect.soft(pngSize(readFileSync(file)), `${path}: ${pathname} is not a 1200×630 PNG`).toEqual({
          width: 1200,
          height: 630,
        });
    }
  });

  test('every page has JSON-LD that parses and has what its type requires', () => {
    for (const { path, tree } of pages) {
      let objects: Record<string, unknown>[];
      try {
        objects = jsonLd(tree);
      } catch (error) {
        expect.soft(String(error), `${path}: JSON-LD does not parse`).toBe('');
        continue;
      }
      for (const data of objects) {
        expect.soft(data['@context'], `${path}: @context`).toBe('https://schema.org');
        switch (data['@type']) {
          case 'NewsArticle':
            for (const key of ['headline', 'url', 'inLanguage'])
              expect.soft(data, `${path}: NewsArticle without ${key}`).toHaveProperty(key);
            break;
          case 'Event': {
            for (const key of ['name', 'startDate', 'url', 'description'])
              expect.soft(data, `${path}: Event without ${key}`).toHaveProperty(key);
            const cited = (data['subjectOf'] ?? []) as { '@type': string; url: string; headline: string }[];
            expect.soft(cited.length, `${path}: Event cites no article`).toBeGreaterThan(0);
            for (const article of cited)
              expect.soft(article, `${path}: cited article`).toMatchObject({
                '@type': 'NewsArticle',
                url: expect.any(String),
                headline: expect.any(String),
              });
            break;
          }
          case 'ItemList': {
            const items = (data['itemListElement'] ?? []) as { position: number; url: string; name: string }[];
            expect
              .soft(
                items.map((item) => item.position),
                `${path}: ItemList positions`,
              )
              .toEqual(items.map((_, i) => i + 1));
            for (const item of items)
              expect
                .soft(item, `${path}: ItemList item`)
                .toMatchObject({ '@type': 'ListItem', url: expect.any(String), name: expect.any(String) });
            break;
          }
          default:
            expect.soft(data['@type'], `${path}: unexpected JSON-LD type`).toBe('NewsArticle, Event or ItemList');
        }
      }
    }
  });

  test('the timeline, each event and each source carry their JSON-LD', () => {
    const typeAt = (path: string) => jsonLd(pages.find((p) => p.path === path)!.tree).map((d) => d['@type']);
    const list = jsonLd(pages.find((p) => p.path === url('/'))!.tree)[0]!;
    expect(
      (list['itemListElement'] as { name: string }[]).map((i) => i.name),
      'the ItemList is not the timeline',
    ).toEqual(events.map((e) => e.data.title));
    for (const event of events) expect(typeAt(url(`/events/${event.id}/`)), event.id).toEqual(['Event']);
    for (const article of listSourceArticles()) expect(typeAt(article.path), article.id).toEqual(['NewsArticle']);
  });

  test('JSON-LD cannot end its script element early', () => {
    for (const { file } of pages) {
      const html = readFileSync(file, 'utf8');
      for (const [, body] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(body, `${relative(distDir, file)}: "<" in JSON-LD`).not.toContain('<');
      }
    }
  });
});
