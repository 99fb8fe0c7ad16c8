/** Kinds of term an event can carry, in the order the site lists them. */
export type TermKind = 'tag' | 'actor' | 'place';

/** A tag, actor or place as an event names it. */
export type Term = { kind: TermKind; name: string };

const kindOrder: readonly TermKind[] = ['tag', 'actor', 'place'];

/** A URL segment for a name: Latin accents dropped, lower case, runs of anything but letters and digits (of any script) as one `-`; `term` when nothing is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    // Only Latin letters lose their marks ("é" → "e"); in Arabic or Devanagari a mark is part of
    // the letter ("ئ" is not "ي"), so those are recomposed as written.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'term' : slug;
}

/** The key a term is known by in `termSlugs`' result. */
export function termKey({ kind, name }: Term): string {
  return `${kind}:${name}`;
}

/**
 * One slug per distinct term, unique across kinds. Terms whose names slug alike ("Jordan" the actor
 * and "Jordan" the place, or "U.S." and "US") are ordered by kind (tag, actor, place) then name; the
 * first keeps the plain slug and the others get `-2`, `-3`… (skipping any slug already taken), so
 * the result depends only on the set of terms, never on the order they were met in.
 */
export function termSlugs(terms: Iterable<Term>): Map<string, string> {
  const unique = new Map<string, Term>();
  for (const term of terms) unique.set(termKey(term), term);
  const sorted = [...unique.values()].sort(
    (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const groups = Map.groupBy(sorted, (term) => slugify(term.name));
  const taken = new Set(groups.keys());
  const slugs = new Map<string, string>();
  for (const [slug, group] of groups) {
    slugs.set(termKey(group[0]!), slug);
    let n = 2;
    for (const term of group.slice(1)) {
      while (taken.has(`${slug}-${n}`)) n++;
      taken.add(`${slug}-${n}`);
      slugs.set(termKey(term), `${slug}-${n}`);
    }
  }
  return slugs;
}
