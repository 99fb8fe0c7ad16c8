import { describe, expect, it } from 'vitest';
import { extractStateKey, parseExtractState } from './extract-state.ts';

const files = new Map([
  ['story.yaml', 'title: T\n'],
  ['sources/a.mdx', 'A'],
  ['events/2025-01-01-x.mdx', 'X'],
]);

describe('extractStateKey', () => {
  it('is the same for the same code, options and files, whatever order the files were read in', () => {
    const key = extractStateKey('code', { maxEvents: 3 }, files);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(extractStateKey('code', { maxEvents: 3 }, new Map([...files].reverse()))).toBe(key);
  });

  it('changes with the code, an option, a file’s text, a file’s name, and a file added or removed', () => {
    const key = extractStateKey('code', { maxEvents: 3 }, files);
    const variants = [
      extractStateKey('code 2', { maxEvents: 3 }, files),
      extractStateKey('code', { maxEvents: 4 }, files),
      extractStateKey('code', { maxEvents: 3 }, new Map([...files, ['sources/a.mdx', 'A edited']])),
      extractStateKey('code', { maxEvents: 3 }, new Map([...files].map(([p, t]) => [p.replace('x.mdx', 'y.mdx'), t]))),
      extractStateKey('code', { maxEvents: 3 }, new Map([...files, ['events/_rejected/z.mdx', 'Z']])),
      extractStateKey('code', { maxEvents: 3 }, new Map([...files].slice(1))),
      // A name and a text that shift across their boundary are another state.
      extractStateKey(
        'code',
        { maxEvents: 3 },
        new Map([
          ['sources/a.mdxA', ''],
          ['story.yaml', 'title: T\n'],
          ['events/2025-01-01-x.mdx', 'X'],
        ]),
      ),
    ];
    for (const variant of variants) expect(variant).not.toBe(key);
    expect(new Set(variants).size).toBe(variants.length);
  });
});

describe('parseExtractState', () => {
  it('reads a recorded state, and nothing from a missing, broken or foreign file', () => {
    const key = 'a'.repeat(64);
    expect(parseExtractState(JSON.stringify({ key, events: 3 }))).toEqual({ key, events: 3 });
    expect(parseExtractState(undefined)).toBeUndefined();
    expect(parseExtractState('{')).toBeUndefined();
    expect(parseExtractState(JSON.stringify({ key: 'nope', events: 3 }))).toBeUndefined();
  });
});
