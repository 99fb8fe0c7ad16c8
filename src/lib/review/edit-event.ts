/**
 * An editor's edit of an automatic event's file: the changed fields are written into its YAML
 * (comments, order and the untouched fields kept as they are), the summary into its MDX body
 * escaped as extract writes it, and the file is accepted: `reviewed: true`, without the stamp, so
 * it is the editor's and extract never writes it again (what `npm run review -- accept` does; an
 * edit is a review).
 */
import { parseDocument, YAMLSeq } from 'yaml';
import { acceptEvent } from '../extract/review-actions.ts';
import { blocksToMdx } from '../ingest/article-to-mdx.ts';
import type { EventChanges, FieldError } from './edit-changes.ts';
import type { ReviewItem } from './review-item.ts';

const frontmatter = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Whether the changes say something the event does not already say. */
function changesAnything(item: ReviewItem, changes: EventChanges): boolean {
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return !(
    changes.title === item.title &&
    changes.date === item.date &&
    changes.approximate === item.approximate &&
    changes.summary === item.summary &&
    same(changes.actors, item.actors) &&
    same(changes.places, item.places) &&
    same(changes.tags, item.tags) &&
    same(
      changes.citations,
      item.citations.map((_, i) => i),
    )
  );
}

/**
 * The event file with the editor's changes, accepted. `item` is the file as the review read it
 * (so that an unchanged form is told apart from an edit). Returns an error when nothing changed.
 */
export function editEvent(
  text: string,
  item: ReviewItem,
  changes: EventChanges,
): { text: string } | { errors: FieldError[] } {
  if (!changesAnything(item, changes))
    return { errors: [{ field: 'form', message: 'Nothing changed: accept the event to keep it as it is.' }] };
  const m = frontmatter.exec(text);
  if (!m) return { errors: [{ field: 'form', message: `${item.file} has no YAML frontmatter between --- lines` }] };
  const doc = parseDocument(m[1] ?? '');
  doc.set('title', changes.title);
  doc.set('date', changes.date);
  doc.set('approximate', changes.approximate);
  for (const key of ['actors', 'places', 'tags'] as const) {
    // Extract leaves an empty list out; so does the edit.
    if (changes[key].length === 0) doc.delete(key);
    else if (!sameList(doc.get(key), changes[key])) doc.set(key, doc.createNode(changes[key]));
  }
  const sources = doc.get('sources');
  if (sources instanceof YAMLSeq && sources.items.length !== changes.citations.length)
    sources.items = changes.citations.map((i) => sources.items[i]);
  // The options extract writes event files with (renderAutomaticEvent), so that an edit reads alike.
  const yaml = doc.toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    flowCollectionPadding: false,
  });
  const body =
    changes.summary === item.summary
      ? text.slice(m[0].length).replace(/^\r?\n/, '')
      : blocksToMdx([{ kind: 'paragraph', text: changes.summary, line: 1 }]);
  return { text: acceptEvent(`---\n${yaml}---\n\n${body}`) };
}

function sameList(node: unknown, names: readonly string[]): boolean {
  if (!(node instanceof YAMLSeq)) return false;
  const values = node.toJSON() as unknown[];
  return values.length === names.length && values.every((v, i) => v === names[i]);
}
