import { blocksToMdx } from './article-to-mdx.ts';
import { readArticleStructure, type Block } from './article-structure.ts';
import { removeChrome, type Removed } from './chrome.ts';
import { decodeRawText, DEFAULT_MAX_BYTES } from './decode-raw.ts';
import { DEFAULT_MAX_SENTENCE_LOSS } from './sentence-loss-limit.ts';
import { detectLanguage } from '../text/language.ts';
import { splitLines } from './lines.ts';
import { countSentences, countWords } from './sentences.ts';
import { sha256 } from '../generated-stamp.ts';
import { renderSourceFile, type SourceFrontmatter } from './source-file.ts';

export type IngestOptions = {
  /** Language to assume when the text gives too little evidence (the story's language). */
  defaultLang: string;
  /** Largest raw file accepted, in bytes. */
  maxBytes?: number;
  /** Largest share of a file's sentences that cleaning may remove before it is an error. */
  maxSentenceLoss?: number;
};

/** A successfully ingested article: the MDX file to write and a report of what was taken out. */
export type IngestedArticle = {
  ok: true;
  frontmatter: SourceFrontmatter;
  blocks: Block[];
  mdx: string;
  /** Chrome removed and lines consumed as metadata, in file order. */
  removed: Removed[];
  notes: string[];
};

export type IngestFailure = { ok: false; reason: string };

/**
 * Turns one raw article (bytes and file name) into a source MDX file: decodes and validates the
 * text, removes site chrome, reads metadata and structure, and serializes the body safely.
 */
export function ingestArticle(
  bytes: Uint8Array,
  rawName: string,
  options: IngestOptions,
): IngestedArticle | IngestFailure {
  const decoded = decodeRawText(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) return decoded;
  const lines = splitLines(decoded.text);
  const { kept, removed } = removeChrome(lines);
  // The language first: datelines are read in it.
  const lang = detectLanguage(kept.map((l) => l.text).join('\n'), options.defaultLang);
  const structure = readArticleStructure(kept, removed, lang);

  const total = countSentences(lines.map((l) => l.text).join('\n'));
  if (total === 0)
    return { ok: false, reason: 'the file has no sentences (no run of four or more words ending in . ! or ?)' };
  const loss = sentenceLoss(total, removed, options.maxSentenceLoss ?? DEFAULT_MAX_SENTENCE_LOSS);
  if (loss) return loss;
  const { blocks } = structure;
  if (!blocks.some((b) => b.kind === 'paragraph'))
    return { ok: false, reason: 'no article paragraphs are left after cleaning' };

  const frontmatter: SourceFrontmatter = {
    title: structure.title,
    titleDrafted: structure.titleDrafted,
    dek: structure.dek,
    published: structure.published,
    publisher: structure.publisher,
    byline: structure.byline,
    lang,
    raw: rawName,
    rawSha256: sha256(bytes),
    words: countWords(
      blocks
        .filter((b) => b.kind !== 'caption')
        .map((b) => b.text)
        .join('\n'),
    ),
  };
  const allRemoved = [...removed, ...structure.metadataLines].sort((a, b) => a.line.number - b.line.number);
  return {
    ok: true,
    frontmatter,
    blocks,
    mdx: renderSourceFile(frontmatter, blocksToMdx(blocks)),
    removed: allRemoved,
    notes: [...decoded.notes, ...structure.notes],
  };
}

/**
 * The refusal for cleaning that would take more than `limit` of an article's `total` sentences
 * (chrome rules gone wrong would eat prose), or undefined when the loss is within it.
 */
export function sentenceLoss(total: number, removed: readonly Removed[], limit: number): IngestFailure | undefined {
  const lost = countSentences(removed.map((r) => r.line.text).join('\n'));
  if (lost / total <= limit) return undefined;
  const rules = [...new Set(removed.map((r) => r.rule))].join(', ');
  return {
    ok: false,
    reason: `cleaning would remove ${lost} of its ${total} sentences (${Math.round((lost / total) * 100)}%, limit ${Math.round(limit * 100)}%) by the rules: ${rules}. Check the file (run with --verbose to see the lines), or raise the limit with --max-loss`,
  };
}
