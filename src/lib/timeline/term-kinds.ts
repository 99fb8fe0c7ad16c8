import type { TermKind } from '../../lib/slugify.ts';

/** How the tag pages name each kind of term. */
export const kindLabels: Record<TermKind, { singular: string; plural: string }> = {
  tag: { singular: 'Tag', plural: 'Tags' },
  actor: { singular: 'Actor', plural: 'Actors' },
  place: { singular: 'Place', plural: 'Places' },
};
