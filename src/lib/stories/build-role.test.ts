import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRole, siteLinkBase, siteBasePath, storySearchKeys } from './build-role.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-role-'));
  writeFileSync(join(dir, 'story.yaml'), 'title: T\nstandfirst: S\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('siteBasePath', () => {
  it('gives BASE_PATH one leading and one trailing slash, and / without one', () => {
    expect(siteBasePath({})).toBe('/');
    expect(siteBasePath({ BASE_PATH: '/' })).toBe('/');
    expect(siteBasePath({ BASE_PATH: 'dateline' })).toBe('/dateline/');
    expect(siteBasePath({ BASE_PATH: '/dateline/' })).toBe('/dateline/');
  });
});

describe('buildRole', () => {
  it('builds a one-story folder as it always has: its base as given, Astro’s own cache for content/', () => {
    const cwd = process.cwd();
    const project = mkdtempSync(join(tmpdir(), 'dateline-project-'));
    mkdirSync(join(project, 'content'));
    writeFileSync(join(project, 'content', 'story.yaml'), 'title: T\n');
    try {
      process.chdir(project);
      expect(buildRole({ BASE_PATH: '/dateline' })).toMatchObject({
        kind: 'single',
        base: '/dateline',
        siteBase: '/dateline/',
        story: undefined,
        config: {},
      });
    } finally {
      process.chdir(cwd);
      rmSync(project, { recursive: true, force: true });
    }
    // Another content folder keeps a cache of its own.
    expect(buildRole({ DATELINE_CONTENT: dir }).config).toEqual({
      cacheDir: expect.stringMatching(/^\.\/node_modules\/\.astro\/[0-9a-f]{12}-single$/),
    });
  });

  it('builds a story of a multi-story site under its slug, and the site pages from src/site/, each with its own cache', () => {
    const story = buildRole({ DATELINE_CONTENT: dir, DATELINE_STORY: 'flood', BASE_PATH: '/news' });
    expect(story).toMatchObject({ kind: 'story', base: '/news/flood/', siteBase: '/news/', story: 'flood' });
    const site = buildRole({ DATELINE_CONTENT: dir, DATELINE_SITE: '1', BASE_PATH: '/news' });
    expect(site).toMatchObject({ kind: 'site', base: '/news/', siteBase: '/news/', story: undefined });
    expect(site.config['srcDir']).toBe('./src/site');
    const caches = [story, site, buildRole({ DATELINE_CONTENT: dir, DATELINE_STORY: 'strike' })].map(
      (r) => r.config['cacheDir'],
    );
    expect(new Set(caches).size).toBe(3);
  });

  it('refuses a story slug that is not one, and takes a folder of several stories with none named as the whole site', () => {
    expect(() => buildRole({ DATELINE_CONTENT: dir, DATELINE_STORY: '../x' })).toThrow(
      /DATELINE_STORY: "\.\.\/x" is not a story slug/,
    );
    rmSync(join(dir, 'story.yaml'));
    mkdirSync(join(dir, 'stories', 'flood'), { recursive: true });
    writeFileSync(join(dir, 'stories', 'flood', 'story.yaml'), 'title: T\n');
    // What `astro preview` serves: the built site at its base.
    expect(buildRole({ DATELINE_CONTENT: dir, BASE_PATH: '/news' })).toMatchObject({ kind: 'site', base: '/news/' });
  });
});

describe('storySearchKeys', () => {
  it('labels results with the story’s title and filters on its slug, in a story of a multi-story site only', () => {
    expect(storySearchKeys(buildRole({ DATELINE_CONTENT: dir, DATELINE_STORY: 'flood' }))).toEqual({
      meta: ', story[data-story]',
      filter: ', story[data-story-slug]',
    });
    expect(storySearchKeys(buildRole({ DATELINE_CONTENT: dir }))).toEqual({ meta: '', filter: '' });
  });
});

describe('siteLinkBase', () => {
  it('leads a story’s built pages to the site’s own pages, and nowhere in the development server or a one-story site', () => {
    const story = buildRole({ DATELINE_CONTENT: dir, DATELINE_STORY: 'flood', BASE_PATH: '/news' });
    expect(siteLinkBase(story, false)).toBe('/news/');
    expect(siteLinkBase(story, true)).toBeUndefined();
    expect(siteLinkBase(buildRole({ DATELINE_CONTENT: dir }), false)).toBeUndefined();
  });
});
