import { resolvePrecision } from '../dates/precision.ts';
import type { Sentence } from '../text/nlp.ts';

/** A temporal expression as the date tagger reports it (offsets index the tagged text). */
export type TaggedDate = {
  start: number;
  end: number;
  text: string;
  value: string;
  type: string;
  approximate?: boolean;
};

/** Tags temporal expressions in `text` of language `lang`, resolving relative ones against `reference` (YYYY-MM-DD). */
export type DateTagger = (text: string, reference: string, lang?: string) => TaggedDate[];

/** One sentence of a source that names a point in time, with the date it resolves to. */
export type DatedSentence = {
  sourceId: string;
  paragraph: number;
  sentence: string;
  /** ISO date at its precision: `1944`, `2024-12`, `2025-10-15`. */
  date: string;
  approximate: boolean;
  /** The words that gave the date ("On Monday", "since 2016"). */
  expression: string;
  /** The sentence's tokens, tagged: for headlines and the names of who and where. */
  analysis: Sentence;
  /** A lead sentence that names no date: news of the day its source was published, not evidence of a date. */
  implicit?: boolean;
  /** The language of the sentence's source (BCP 47 primary tag). */
  lang: string;
};

// Dates an event's `date` field writes exactly; any other period (a quarter, season, half, week,
// decade) is placed at its start and marked approximate.
const exactPrecisions = new Set(['year', 'month', 'day', 'time']);
const fuzzy = /\b(late|early|mid|around|about|weeks|months|years|days) /i;

/**
 * Every sentence of a source's paragraphs (each a list of analysed sentences) that names a
 * calendar period, once per distinct date: exact for years, months and days, approximate (at the
 * period's start) for quarters or seasons. "Thursday would mark one year since X" dates X itself:
 * the anniversary minus the duration.
 */
export function findDatedSentences(
  sourceId: string,
  paragraphs: readonly (readonly Sentence[])[],
  reference: string,
  tag: DateTagger,
  lang = 'en',
): DatedSentence[] {
  const found: DatedSentence[] = [];
  paragraphs.forEach((analysed, i) => {
    for (const analysis of analysed) {
      const sentence = analysis.text;
      const timexes = tag(sentence, reference, lang);
      const seen = new Set<string>();
      for (const t of timexes) {
        let date = t.value;
        let expression = t.text;
        const anniversary = timexes.find(
          (d) =>
            d.type === 'DURATION' &&
            d.start > t.end &&
            /^\s*(would |will )?(mark|marks|marked) $/.test(sentence.slice(t.end, d.start)) &&
            /^\s*since\b/.test(sentence.slice(d.end)),
        );
        if (anniversary && /^P\d+Y$/.test(anniversary.value) && t.type === 'DATE') {
          date = shiftYears(t.value, -Number(anniversary.value.slice(1, -1)));
          expression = sentence.slice(t.start, anniversary.end + ' since'.length + 1).trim();
        }
        // A time ("Sun Apr 26, 2009 10:12 pm BST", a live page's "1245") names its day.
        const placed =
          t.type === 'DATE'
            ? resolvePrecision(date)
            : t.type === 'TIME' && /^\d{4}-\d\d-\d\d/.test(date)
              ? { precision: 'day', iso: date.slice(0, 10) }
              : null;
        if (!placed || seen.has(placed.iso)) continue;
        seen.add(placed.iso);
        const approximate =
          !exactPrecisions.has(placed.precision) || Boolean(t.approximate) || fuzzy.test(`${t.text} `);
        found.push({ sourceId, paragraph: i + 1, sentence, date: placed.iso, approximate, expression, analysis, lang });
      }
    }
  });
  return found;
}

/** How many of an article's opening sentences report the news of its day. */
const leadSentences = 3;

/**
 * The lead of an article: its first reportage sentences that name no date at all. News reports
 * what happened on the day it is published ("Ships prepare to resume work in the Gulf"), so they
 * are that day's words, though not evidence that the day matters: its coverage says that.
 */
export function findLeadSentences(
  sourceId: string,
  paragraphs: readonly (readonly Sentence[])[],
  published: string,
  tag: DateTagger,
  lang = 'en',
): DatedSentence[] {
  const lead: DatedSentence[] = [];
  for (const [i, analysed] of paragraphs.entries()) {
    for (const analysis of analysed) {
      if (lead.length >= leadSentences) return lead;
      if (tag(analysis.text, published, lang).some((t) => t.type === 'DATE' || t.type === 'TIME')) continue;
      lead.push({
        sourceId,
        paragraph: i + 1,
        sentence: analysis.text,
        date: published,
        approximate: false,
        expression: '',
        analysis,
        implicit: true,
        lang,
      });
    }
  }
  return lead;
}

function shiftYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}
