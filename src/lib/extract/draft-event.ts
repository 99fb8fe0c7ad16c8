import { Document } from 'yaml';
import { blocksToMdx } from '../ingest/article-to-mdx.ts';
import { slugify } from '../slugify.ts';
import type { DatedSentence } from './dated-sentences.ts';

/** An event draft ready to write: its file name (without extension) and MDX text. */
export type EventDraft = { slug: string; mdx: string; sources: number };

/**
 * Renders a cluster of dated sentences as an event draft for an editor: the date they share,
 * one citation per source (its first sentence in the cluster, quoted whole), a title drafted
 * from the first sentence, and the sentences as a summary to rewrite.
 */
export function draftEvent(cluster: readonly DatedSentence[]): EventDraft {
  const first = cluster[0]!;
  const perSource = [...Map.groupBy(cluster, (s) => s.sourceId).values()].map((g) => g[0]!);
  const title = draftTitle(first.sentence);
  const doc = new Document({
    title,
    date: first.date,
    approximate: cluster.some((s) => s.approximate),
    tags: [],
    actors: [],
    places: [],
    sources: perSource.map((s) => ({ source: s.sourceId, quote: s.sentence })),
  });
  doc.commentBefore = [
    ' Draft proposed by `npm run extract`: review it, rewrite title and summary in neutral words,',
    ' trim each quote to the words that matter, fill tags/actors/places, then move the file to',
    ' content/events/ to publish it. Expressions found:',
    ...perSource.map((s) => `   ${s.sourceId} ¶${s.paragraph}: "${s.expression}" → ${s.date}`),
  ].join('\n');
  const yaml = doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, flowCollectionPadding: false });
  const summary = perSource.map((s) => s.sentence).join(' ');
  // The first eight words name the file, in any script (an Arabic story gets Arabic file names).
  const words = slugify(title).split('-').slice(0, 8).join('-');
  const slug = `${first.date}-${words}`.slice(0, 80).replace(/-+$/, '');
  return { slug, mdx: `---\n${yaml}---\n\n${blocksToMdx([{ kind: 'paragraph', text: summary, line: 1 }])}`, sources: perSource.length };
}

/** The first words of a sentence, as a provisional headline. */
function draftTitle(sentence: string): string {
  const words = sentence.replace(/[.!?…]["”’]?$/, '').split(/\s+/);
  return words.length <= 12 ? words.join(' ') : `${words.slice(0, 12).join(' ')}…`;
}
