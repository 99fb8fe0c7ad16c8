import { describe, expect, it } from 'vitest';
import { findIdClashes, loaderId } from './id-clashes.ts';

describe('loaderId', () => {
  it.each([
    [{ path: 'content/events/2024-12-08-Fall-Of-Varga.mdx' }, '2024-12-08-fall-of-varga'],
    [{ path: 'content/events/a b.mdx' }, 'a-b'],
    [{ path: 'content/events/what?.mdx' }, 'what'],
    [{ path: 'content/events/x.mdx', slug: 'other' }, 'other'],
  ])('%j → %s', (file, id) => expect(loaderId(file)).toBe(id));
});

describe('findIdClashes', () => {
  it('names a file the loader dropped, the file that has its id, and what made the ids equal', () => {
    const files = [{ path: 'content/events/a.mdx' }, { path: 'content/events/b.mdx', slug: 'a' }];
    const [message, ...rest] = findIdClashes('events', files, [{ id: 'a', filePath: 'content/events/b.mdx' }]);
    expect(rest).toEqual([]);
    expect(message).toBe(
      'content/events/a.mdx: its id "a" (from its file name) is also the id of content/events/b.mdx (from its slug: field), so only one of them would be published; ' +
        'expected every events file to have its own id: rename one of the files, or change or remove the slug: field',
    );
  });

  it('names a file whose id no entry has, unless the store may lag (astro dev), where it is not loaded yet', () => {
    const files = [{ path: 'content/events/a.mdx' }, { path: 'content/events/new.mdx' }];
    const entries = [{ id: 'a', filePath: 'content/events/a.mdx' }];
    expect(findIdClashes('events', files, entries)).toEqual([
      'content/events/new.mdx: its id "new" (from its file name) is also the id of another file, so only one of them would be published; ' +
        'expected every events file to have its own id: rename one of the files',
    ]);
    expect(findIdClashes('events', files, entries, { storeMayLag: true })).toEqual([]);
  });

  it('names a clash with a loaded file even when the store may lag', () => {
    const files = [{ path: 'content/events/a.mdx' }, { path: 'content/events/b.mdx', slug: 'a' }];
    const entries = [{ id: 'a', filePath: 'content/events/b.mdx' }];
    expect(findIdClashes('events', files, entries, { storeMayLag: true })).toHaveLength(1);
  });

  it('finds nothing when every file became an entry', () => {
    expect(
      findIdClashes('events', [{ path: 'content/events/a.mdx' }], [{ id: 'a', filePath: 'content/events/a.mdx' }]),
    ).toEqual([]);
  });
});
