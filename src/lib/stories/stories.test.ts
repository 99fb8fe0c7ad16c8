import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contentRoot,
  readStoryLayout,
  selectStories,
  slugProblem,
  storyContentDir,
  storyContentPath,
  withoutStoryOptions,
} from './stories.ts';

let dir: string;
const story = (path: string) => {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, path, 'story.yaml'), 'title: T\nstandfirst: S\n');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-stories-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readStoryLayout', () => {
  it('reads a folder with its own story.yaml as the one story, at its root', () => {
    story('');
    expect(readStoryLayout(dir)).toEqual({ kind: 'single', contentDir: dir });
  });

  it('reads stories/<slug>/ folders as the stories of one site, by slug, ignoring files and dot-folders', () => {
    story('stories/river-flood');
    story('stories/ferry-strike');
    writeFileSync(join(dir, 'stories', 'README.md'), 'notes');
    mkdirSync(join(dir, 'stories', '.trash'));
    expect(readStoryLayout(dir)).toEqual({
      kind: 'multi',
      contentDir: dir,
      stories: [
        { slug: 'ferry-strike', dir: join(dir, 'stories', 'ferry-strike') },
        { slug: 'river-flood', dir: join(dir, 'stories', 'river-flood') },
      ],
    });
  });

  it('takes an empty stories/ folder for no stories yet: the folder is a single story', () => {
    story('');
    mkdirSync(join(dir, 'stories'));
    expect(readStoryLayout(dir).kind).toBe('single');
  });

  it('refuses a story at the root beside stories/, a bad or reserved slug and a story without story.yaml, naming each', () => {
    story('');
    story('stories/a');
    expect(() => readStoryLayout(dir)).toThrow(/holds both a story \(story\.yaml\) and stories\/: move the story/);
    rmSync(join(dir, 'story.yaml'));
    story('stories/Bad Name');
    story('stories/tags');
    mkdirSync(join(dir, 'stories', 'empty'));
    let message = '';
    try {
      readStoryLayout(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      `${dir}/stories/Bad Name: "Bad Name" is not a story slug: use lower-case letters, digits and hyphens, starting with a letter or digit`,
      `${dir}/stories/empty: no story.yaml (title, standfirst)`,
      `${dir}/stories/tags: "tags" is a path the site itself uses (pagefind, search, tags, actors, places, stories)`,
    ]);
  });
});

describe('selectStories', () => {
  const multi = {
    kind: 'multi' as const,
    contentDir: 'content',
    stories: [
      { slug: 'a', dir: 'content/stories/a' },
      { slug: 'b', dir: 'content/stories/b' },
    ],
  };

  it('gives every story when none is named, and the one named otherwise', () => {
    expect(selectStories(multi)).toEqual(multi.stories);
    expect(selectStories(multi, 'b')).toEqual([{ slug: 'b', dir: 'content/stories/b' }]);
  });

  it('refuses a story the site lacks, listing those it has, and any story of a single-story folder', () => {
    expect(() => selectStories(multi, 'c')).toThrow('--story c: no such story in content/stories/ (there are: a, b)');
    expect(selectStories({ kind: 'single', contentDir: 'content' })).toEqual([{ slug: undefined, dir: 'content' }]);
    expect(() => selectStories({ kind: 'single', contentDir: 'content' }, 'a')).toThrow(
      '--story a: content/ holds a single story (no stories/ folder); leave --story out',
    );
  });
});

describe('the content folder of a run', () => {
  it('is content/, or DATELINE_CONTENT, and a story of it when DATELINE_STORY names one', () => {
    expect(contentRoot({})).toBe('content');
    expect(contentRoot({ DATELINE_CONTENT: '/srv/news' })).toBe('/srv/news');
    expect(storyContentDir({})).toBe('content');
    expect(storyContentDir({ DATELINE_STORY: 'flood' })).toBe('content/stories/flood');
    expect(storyContentDir({ DATELINE_CONTENT: '/srv/news', DATELINE_STORY: 'flood' })).toBe('/srv/news/stories/flood');
  });

  it('takes a slug of lower-case letters, digits and hyphens that the site does not use itself', () => {
    expect(slugProblem('flood-2025')).toBeUndefined();
    expect(slugProblem('-flood')).toMatch(/is not a story slug/);
    expect(slugProblem('Flood')).toMatch(/is not a story slug/);
    expect(slugProblem('a/b')).toMatch(/is not a story slug/);
    expect(slugProblem('search')).toMatch(/is a path the site itself uses/);
  });
});

describe('storyContentPath', () => {
  it('gives the story folder from the project, with / separators, as git and the collections name files', () => {
    expect(storyContentPath({}, '/srv/site')).toBe('content');
    expect(storyContentPath({ DATELINE_STORY: 'flood' }, '/srv/site')).toBe('content/stories/flood');
    expect(storyContentPath({ DATELINE_CONTENT: '/srv/site/news', DATELINE_STORY: 'flood' }, '/srv/site')).toBe(
      'news/stories/flood',
    );
    expect(storyContentPath({ DATELINE_CONTENT: '/srv/other' }, '/srv/site')).toBe('../other');
  });
});

describe('withoutStoryOptions', () => {
  it('drops --content and --story in both forms, keeps every other option and what follows --', () => {
    expect(
      withoutStoryOptions([
        '--story',
        'a',
        '--verbose',
        '--content=x',
        '--max-events',
        '3',
        '--story=b',
        '--',
        '--story',
        'c',
      ]),
    ).toEqual(['--verbose', '--max-events', '3', '--', '--story', 'c']);
    expect(withoutStoryOptions(['accept', 'id-1', '--content', 'dir'])).toEqual(['accept', 'id-1']);
  });
});
