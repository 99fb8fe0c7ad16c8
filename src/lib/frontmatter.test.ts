import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it.each([
    ['---\ntitle: "A"\n---\n\nBody.\n', { data: { title: 'A' }, body: '\nBody.\n' }],
    ['---\r\ntitle: B\r\n---\r\nBody', { data: { title: 'B' }, body: 'Body' }],
    ['---\n---\n', { data: {}, body: '' }],
  ])('splits %j', (text, expected) => {
    expect(splitFrontmatter(text)).toEqual(expected);
  });

  it('returns undefined without a frontmatter block', () => {
    expect(splitFrontmatter('Body only\n---\n')).toBeUndefined();
  });

  it('throws on invalid YAML', () => {
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow();
  });
});
