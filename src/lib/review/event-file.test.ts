import { describe, expect, it } from 'vitest';
import { eventFiles, isInside } from './event-file.ts';

describe('eventFiles', () => {
  it.each([
    ['2026-01-28-russian-president-vladimir-putin-met-with'],
    ['1944'],
    ['2024-12-08-fall-of-assad'],
    ['2025-10-15-الشرع-يزور-موسكو'],
    ['2026-01-28-путин-и-шараа'],
    ['snake_case_id'],
  ])('names the files of %s', (id) => {
    expect(eventFiles('/p/content/events', id)).toEqual({
      file: `/p/content/events/${id}.mdx`,
      rejected: `/p/content/events/_rejected/${id}.mdx`,
    });
  });

  it.each<[string, unknown]>([
    ['a parent path', '../story'],
    ['a path into the sources', '../sources/aa-2026-01-28'],
    ['a nested path', 'a/b'],
    ['a Windows path', 'a\\b'],
    ['an absolute path', '/etc/passwd'],
    ['a hidden file', '.env'],
    ['a file name with its extension', '2026-01-28-talks.mdx'],
    ['the rejected folder', '_rejected'],
    ['the retired-ids file', '_retired.yaml'],
    ['a leading hyphen', '-rf'],
    ['a percent-encoded path', '%2e%2e%2fstory'],
    ['a NUL byte', 'a\u0000b'],
    ['spaces', 'a b'],
    ['an id too long', 'a'.repeat(201)],
    ['an empty id', ''],
    ['a number', 42],
    ['nothing', undefined],
  ])('refuses %s', (_, id) => {
    expect(eventFiles('/p/content/events', id)).toHaveProperty('error');
  });

  it('says what an id is', () => {
    expect(eventFiles('/p/content/events', '../story')).toEqual({
      error:
        'expected an event id (its file name in content/events/ without .mdx: letters, digits and hyphens), got "../story"',
    });
  });
});

describe('isInside', () => {
  it.each([
    ['/p/content', '/p/content/events/a.mdx', true],
    ['/p/content', '/p/content', true],
    ['/p/content', '/p/content/../story.yaml', false],
    ['/p/content', '/p/contents/a.mdx', false],
    ['/p/content', '/etc/passwd', false],
    ['/p/content/events', '/p/content/events/_rejected/a.mdx', true],
  ])('%s holds %s: %s', (dir, path, inside) => {
    expect(isInside(dir, path)).toBe(inside);
  });
});
