import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, termKey, termSlugs, type Term } from './slugify.ts';

describe.each([
  ['Qamishli', 'qamishli'],
  ['Al-Hasakah Governorate', 'al-hasakah-governorate'],
  ['Bashar al-Assad', 'bashar-al-assad'],
  ['united-states', 'united-states'],
  ['  Côte d’Ivoire  ', 'cote-d-ivoire'],
  ['U.S.', 'u-s'],
  ['القامشلي', 'القامشلي'],
  ['Москва', 'москва'],
  ['!!!', 'term'],
  ['', 'term'],
])('slugify(%j)', (name, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(slugify(name)).toBe(expected));
});

describe('slugify', () => {
  it('only ever yields letters, digits and single inner hyphens', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(slugify(name)).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
      }),
    );
  });
});

describe('termSlugs', () => {
  const russiaActor: Term = { kind: 'actor', name: 'Russia' };
  const russiaPlace: Term = { kind: 'place', name: 'Russia' };
  const russiaTag: Term = { kind: 'tag', name: 'russia' };

  it('gives distinct names their plain slugs', () => {
    const slugs = termSlugs([
      { kind: 'tag', name: 'military' },
      { kind: 'place', name: 'Qamishli' },
    ]);
    expect([...slugs.values()]).toEqual(['military', 'qamishli']);
  });

  it('disambiguates names that slug alike by kind, then name', () => {
    const slugs = termSlugs([russiaPlace, russiaActor, russiaTag]);
    expect(slugs.get(termKey(russiaTag))).toBe('russia');
    expect(slugs.get(termKey(russiaActor))).toBe('russia-2');
    expect(slugs.get(termKey(russiaPlace))).toBe('russia-3');
  });

  it('skips a suffixed slug that another name already has', () => {
    const slugs = termSlugs([russiaActor, russiaPlace, { kind: 'tag', name: 'Russia 2' }]);
    expect(slugs.get(termKey({ kind: 'tag', name: 'Russia 2' }))).toBe('russia-2');
    expect(slugs.get(termKey(russiaActor))).toBe('russia');
    expect(slugs.get(termKey(russiaPlace))).toBe('russia-3');
  });

  it('counts a term named twice once', () => {
    expect(termSlugs([russiaActor, russiaActor]).size).toBe(1);
  });

  it('gives every term a unique slug whatever the order they come in', () => {
    const term = fc.record({
      kind: fc.constantFrom<Term['kind']>('tag', 'actor', 'place'),
      name: fc.constantFrom('a', 'A', 'á', 'a-2', 'a 2', 'b', 'B!'),
    });
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), (terms) => {
        const slugs = termSlugs(terms);
        expect(new Set(slugs.values()).size).toBe(slugs.size);
        expect(termSlugs([...terms].reverse())).toEqual(slugs);
      }),
    );
  });
});
