import { describe, expect, it } from 'vitest';
import { collectTerms, termsOf } from './terms.ts';

const event = (id: string, tags: string[], actors: string[] = [], places: string[] = []) => ({
  id,
  data: { tags, actors, places },
});

describe('termsOf', () => {
  it('lists tags, actors and places in that order, each name once per kind', () => {
    expect(termsOf(event('a', ['military', 'military'], ['Estovia'], ['Estovia']))).toEqual([
      { kind: 'tag', name: 'military' },
      { kind: 'actor', name: 'Estovia' },
      { kind: 'place', name: 'Estovia' },
    ]);
  });
});

describe('collectTerms', () => {
  const events = [
    event('e1', ['diplomacy'], ['Estovia'], ['Harbourtown']),
    event('e2', ['military', 'diplomacy'], ['Estovia', 'Norland']),
    event('e3', ['military'], [], ['Estovia']),
  ];
  const terms = collectTerms(events, (e) => e);

  it('keeps each term’s events in the order given', () => {
    expect(terms.find((t) => t.name === 'military')!.events.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(terms.find((t) => t.kind === 'actor' && t.name === 'Estovia')!.events.map((e) => e.id)).toEqual([
      'e1',
      'e2',
    ]);
  });

  it('sorts by kind, then most events, then name', () => {
    expect(terms.map((t) => `${t.kind}:${t.name}`)).toEqual([
      'tag:diplomacy',
      'tag:military',
      'actor:Estovia',
      'actor:Norland',
      'place:Estovia',
      'place:Harbourtown',
    ]);
  });

  it('gives the same name of two kinds two slugs', () => {
    const estovia = terms.filter((t) => t.name === 'Estovia').map((t) => t.slug);
    expect(estovia).toEqual(['estovia', 'estovia-2']);
  });
});
