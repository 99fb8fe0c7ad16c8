import { Document } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';
import { isHandEdited, stampField, stampGenerated } from '../generated-stamp.ts';
import { blocksToMdx } from '../ingest/article-to-mdx.ts';
import type { Evidence } from './candidates.ts';

/** A citation as an event file writes it. */
export type EventCitation = { source: string; quote: string; date?: string };

/** An event the pipeline chose, titled, summarised and cited, ready to write. */
export type AutomaticEvent = {
  id: string;
  title: string;
  /** The language of the title and summary, when it is not the story's (BCP 47). */
  lang?: string;
  date: string;
  approximate: boolean;
  /** True for a happening from before the coverage that the story recalls: shown as background. */
  background: boolean;
  /** People, organisations and governments involved, from the named entities of its sentences. */
  actors: string[];
  /** Where it happened. */
  places: string[];
  /** Other names it involves (a ship, a law, an event). */
  tags: string[];
  /** Summary sentences, each a source's own words. */
  summary: string[];
  citations: EventCitation[];
  evidence: Evidence;
  /** Former ids that must keep resolving to this event. */
  aliases: string[];
};

/**
 * Renders an automatic event as `content/events/<id>.mdx`: marked `reviewed: false`, with its
 * evidence, and stamped with its own hash so that an editor's change makes it theirs.
 */
export function renderAutomaticEvent(event: AutomaticEvent): string {
  const doc = new Document({
    title: event.title,
    ...(event.lang ? { lang: event.lang } : {}),
    date: event.date,
    approximate: event.approximate,
    ...(event.background ? { background: true } : {}),
    reviewed: false,
    ...(event.actors.length > 0 ? { actors: event.actors } : {}),
    ...(event.places.length > 0 ? { places: event.places } : {}),
    ...(event.tags.length > 0 ? { tags: event.tags } : {}),
    ...(event.aliases.length > 0 ? { aliases: event.aliases } : {}),
    evidence: event.evidence,
    sources: event.citations.map((c) => ({ source: c.source, quote: c.quote, ...(c.date ? { date: c.date } : {}) })),
    [stampField]: '',
  });
  doc.commentBefore = [
    ' Written by `npm run extract` from the sources: not yet reviewed by an editor.',
    ' Accept it with `npm run review -- accept <id>`, reject it with `npm run review -- reject <id>`,',
    ' or edit this file: once edited, it is yours and extract never overwrites it.',
  ].join('\n');
  const yaml = doc.toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    flowCollectionPadding: false,
  });
  const body = blocksToMdx([{ kind: 'paragraph', text: event.summary.join(' '), line: 1 }]);
  return stampGenerated(`---\n${yaml}---\n\n${body}`);
}

/**
 * Whether an event file is an automatic event still awaiting review: it says `reviewed: false`
 * and its text still matches the stamp extract wrote (an edited file is the editor's, so reviewed).
 */
export function awaitsReview(data: Readonly<Record<string, unknown>>, text: string): boolean {
  return data['reviewed'] === false && !isHandEdited(text, data[stampField]);
}

/** What extract needs to know of an event file already on disk. */
export type ExistingEvent = {
  id: string;
  /** automatic: written by extract and untouched; reviewed: an editor's; rejected: in `_rejected/`. */
  status: 'automatic' | 'reviewed' | 'rejected';
  date: string;
  aliases: string[];
  citations: EventCitation[];
};

/**
 * Reads an event file: an automatic event stays automatic only while it says `reviewed: false`
 * and its text still matches its stamp. Returns an error message for a file it cannot read.
 */
export function readEventFile(id: string, text: string, rejected: boolean): ExistingEvent | { error: string } {
  let data: Record<string, unknown> | undefined;
  try {
    data = splitFrontmatter(text)?.data;
  } catch (error) {
    return { error: `invalid YAML frontmatter: ${(error as Error).message}` };
  }
  if (!data) return { error: 'no YAML frontmatter between --- lines' };
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return {
    id,
    status: rejected ? 'rejected' : awaitsReview(data, text) ? 'automatic' : 'reviewed',
    date: String(data['date'] ?? ''),
    aliases: list(data['aliases']).map(String),
    citations: list(data['sources']).flatMap((c) => {
      const { source, quote } = (c ?? {}) as Record<string, unknown>;
      return typeof source === 'string' && typeof quote === 'string' ? [{ source, quote }] : [];
    }),
  };
}
