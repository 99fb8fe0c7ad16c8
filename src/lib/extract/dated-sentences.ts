import { resolvePrecision } from '../dates/precision.ts';
import { splitSentences } from '../text/split-sentences.ts';

/** A temporal expression as the date tagger reports it (offsets index the tagged text). */
export type TaggedDate = {
  start: number;
  end: number;
  text: string;
  value: string;
  type: string;
  approximate?: boolean;
};

/** Tags temporal expressions in `text`, resolving relative ones against `reference` (YYYY-MM-DD). */
export type DateTagger = (text: string, reference: string) => TaggedDate[];

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
};

// Dates an event's `date` field writes exactly; any other period (a quarter, season, half, week,
// decade) is placed at its start and marked approximate.
const exactPrecisions = new Set(['year', 'month', 'day', 'time']);
const fuzzy = /\b(late|early|mid|around|about|weeks|months|years|days) /i;

/**
 * Every sentence of a source's paragraphs that names a calendar period, once per distinct date:
 * exact for years, months and days, approximate (at the period's start) for quarters or seasons.
 * "Thursday would mark one year since X" dates X itself: the anniversary minus the duration.
 */
export function findDatedSentences(
  sourceId: string,
  paragraphs: readonly string[],
  reference: string,
  tag: DateTagger,
): DatedSentence[] {
  const found: DatedSentence[] = [];
  paragraphs.forEach((text, i) => {
    for (const sentence of splitSentences(text)) {
      const timexes = tag(sentence, reference);
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
        const placed = t.type === 'DATE' ? resolvePrecision(date) : null;
        if (!placed || seen.has(placed.iso)) continue;
        seen.add(placed.iso);
        const approximate =
          !exactPrecisions.has(placed.precision) || Boolean(t.approximate) || fuzzy.test(`${t.text} `);
        found.push({ sourceId, paragraph: i + 1, sentence, date: placed.iso, approximate, expression });
      }
    }
  });
  return found;
}

function shiftYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}
