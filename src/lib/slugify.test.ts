import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, termKey, termSlugs, type Term } from './slugify.ts';

describe.each([
  ['Rotterdam', 'rotterdam'],
  ['North Holland Province', 'north-holland-province'],
  ['Jean-Claude Juncker', 'jean-claude-juncker'],
  ['united-states', 'united-states'],
  ['  Côte d’Ivoire  ', 'cote-d-ivoire'],
  ['U.S.', 'u-s'],
  ['الإسكندرية', 'الإسكندرية'],
  ['هيئة الأمم', 'هيئة-الأمم'],
  ['Прага', 'прага'],
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
  const jordanActor: Term = { kind: 'actor', name: 'Jordan' };
  const jordanPlace: Term = { kind: 'place', name: 'Jordan' };
  const jordanTag: Term = { kind: 'tag', name: 'jordan' };

  it('gives distinct names their plain slugs', () => {
    const slugs = termSlugs([
      { kind: 'tag', name: 'military' },
      { kind: 'place', name: 'Rotterdam' },
    ]);
    expect([...slugs.values()]).toEqual(['military', 'rotterdam']);
  });

  it('disambiguates names that slug alike by kind, then name', () => {
    const slugs = termSlugs([jordanPlace, jordanActor, jordanTag]);
    expect(slugs.get(termKey(jordanTag))).toBe('jordan');
    expect(slugs.get(termKey(jordanActor))).toBe('jordan-2');
    expect(slugs.get(termKey(jordanPlace))).toBe('jordan-3');
  });

  it('skips a suffixed slug that another name already has', () => {
    const slugs = termSlugs([jordanActor, jordanPlace, { kind: 'tag', name: 'Jordan 2' }]);
    expect(slugs.get(termKey({ kind: 'tag', name: 'Jordan 2' }))).toBe('jordan-2');
    expect(slugs.get(termKey(jordanActor))).toBe('jordan');
    expect(slugs.get(termKey(jordanPlace))).toBe('jordan-3');
  });

  it('counts a term named twice once', () => {
    expect(termSlugs([jordanActor, jordanActor]).size).toBe(1);
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
