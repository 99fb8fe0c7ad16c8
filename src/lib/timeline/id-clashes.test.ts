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

  it('finds nothing when every file became an entry', () => {
    expect(
      findIdClashes('events', [{ path: 'content/events/a.mdx' }], [{ id: 'a', filePath: 'content/events/a.mdx' }]),
    ).toEqual([]);
  });
});
