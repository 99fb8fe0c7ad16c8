import { termKey, termSlugs, type Term, type TermKind } from '../slugify.ts';

/** A tag, actor or place with its page slug and the events (in the order given) that carry it. */
export type TermPage<E> = Term & { slug: string; events: E[] };

/** Anything with an event's tags, actors and places (an entry of the `events` collection). */
export type Tagged = { data: { tags: readonly string[]; actors: readonly string[]; places: readonly string[] } };

/** The terms of one event, kind by kind (tags, then actors, then places), each name once. */
export function termsOf(event: Tagged): Term[] {
  const byKind: [TermKind, readonly string[]][] = [
    ['tag', event.data.tags],
    ['actor', event.data.actors],
    ['place', event.data.places],
  ];
  return byKind.flatMap(([kind, names]) => [...new Set(names)].map((name) => ({ kind, name })));
}

/**
 * Every term the events carry, with a unique slug and its events in the order given (pass the
 * timeline order). Sorted by kind, then by how many events carry it (most first), then by name.
 */
export function collectTerms<E>(events: readonly E[], tagged: (event: E) => Tagged): TermPage<E>[] {
  const byKey = new Map<string, TermPage<E>>();
  const all = events.flatMap((event) => termsOf(tagged(event)).map((term) => ({ term, event })));
  const slugs = termSlugs(all.map(({ term }) => term));
  for (const { term, event } of all) {
    const key = termKey(term);
    let page = byKey.get(key);
    if (!page) byKey.set(key, (page = { ...term, slug: slugs.get(key)!, events: [] }));
    page.events.push(event);
  }
  const kindRank = { tag: 0, actor: 1, place: 2 } as const;
  return [...byKey.values()].sort(
    (a, b) =>
      kindRank[a.kind] - kindRank[b.kind] || b.events.length - a.events.length || a.name.localeCompare(b.name, 'en'),
  );
}
