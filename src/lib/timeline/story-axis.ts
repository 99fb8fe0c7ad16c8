/**
 * The story at a glance: a time axis of the whole timeline with one row per year that has events
 * (its events placed by month, so clusters pile up) and every run of empty years shortened to one
 * labelled break, so seventy quiet years take one line, not seventy. Eras become bands over the
 * part of each row they cover. Plain data in, plain data out; `StoryAxis.astro` draws it.
 */
import { eraInterval, type Era } from './eras.ts';
import { formatDate, formatSpan, precisionOf, yearOf } from './event-date.ts';

/** What the axis needs of an event. */
export type AxisEvent = { id: string; title: string; date: string; end?: string | undefined; approximate?: boolean };

/** What the axis needs of an era (as `content/story.yaml` gives it). */
export type AxisEra = Era;

/** The part of a row an era covers, in percent of the row's width, from its start. */
export type AxisBand = { era: number; from: number; to: number };

/** The events of one month of a year, in timeline order. */
export type AxisMonth<E> = { month: number; events: E[] };

/** A year with events: those known only to the year span the row, the others sit in their month. */
export type AxisYearRow<E> = {
  kind: 'year';
  year: number;
  count: number;
  wholeYear: E[];
  months: AxisMonth<E>[];
  bands: AxisBand[];
};

/** A run of years without events, shown as one break. */
export type AxisGapRow = { kind: 'gap'; from: number; to: number; years: number; bands: AxisBand[] };

/** An era as the legend names it. */
export type AxisLegendEra = { name: string; era: number; span: string };

/** The whole axis. */
export type StoryAxisModel<E> = {
  rows: (AxisYearRow<E> | AxisGapRow)[];
  eras: AxisLegendEra[];
  /** The picture in words, for readers who cannot see it. */
  summary: string;
};

/** Builds the axis of events already in timeline order, with the story's eras. */
export function storyAxis<E extends AxisEvent>(events: readonly E[], eras: readonly AxisEra[] = []): StoryAxisModel<E> {
  const byYear = Map.groupBy(events, (e) => yearOf(e.date));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const rows: StoryAxisModel<E>['rows'] = [];
  for (const [i, year] of years.entries()) {
    const previous = years[i - 1];
    if (previous !== undefined && year - previous > 1) {
      rows.push({
        kind: 'gap',
        from: previous + 1,
        to: year - 1,
        years: year - previous - 1,
        bands: bands(eras, previous + 1, year - 1),
      });
    }
    const group = byYear.get(year)!;
    const dated = group.filter((e) => precisionOf(e.date) !== 'year');
    const months = [...Map.groupBy(dated, (e) => Number(e.date.slice(5, 7)))].map(([month, monthEvents]) => ({
      month,
      events: monthEvents,
    }));
    rows.push({
      kind: 'year',
      year,
      count: group.length,
      wholeYear: group.filter((e) => precisionOf(e.date) === 'year'),
      months: months.sort((a, b) => a.month - b.month),
      bands: bands(eras, year, year),
    });
  }
  return {
    rows,
    eras: eras.map((era, i) => ({ name: era.name, era: i, span: eraSpan(era) })),
    summary: axisSummary(rows, events.length),
  };
}

const dayMs = 86_400_000;
const round = (percent: number) => Math.round(percent * 100) / 100;

/** The share of the years `from`–`to` each era covers, as bands in percent of the row. */
function bands(eras: readonly AxisEra[], from: number, to: number): AxisBand[] {
  const rowStart = Date.UTC(from, 0, 1);
  const rowEnd = Date.UTC(to + 1, 0, 1);
  return eras.flatMap((era, i) => {
    const span = eraInterval(era);
    const start = Math.max(span.start, rowStart);
    const end = Math.min(span.end, rowEnd);
    if (end - start < dayMs) return [];
    return [
      {
        era: i,
        from: round(((start - rowStart) / (rowEnd - rowStart)) * 100),
        to: round(((end - rowStart) / (rowEnd - rowStart)) * 100),
      },
    ];
  });
}

/** "2015 – 7 December 2024", or "since 8 December 2024" for an open era. */
function eraSpan(era: AxisEra): string {
  return era.end === undefined ? `since ${formatDate(era.start)}` : formatSpan(era.start, era.end);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The axis in sentences: the span, the events per year, the busiest month and the shortened gaps. */
function axisSummary(rows: StoryAxisModel<AxisEvent>['rows'], total: number): string {
  const years = rows.filter((r): r is AxisYearRow<AxisEvent> => r.kind === 'year');
  const gaps = rows.filter((r): r is AxisGapRow => r.kind === 'gap');
  if (years.length === 0) return 'No events yet.';
  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  const sentences = [
    first === last ? `${plural(total, 'event')} in ${first}.` : `${plural(total, 'event')} from ${first} to ${last}.`,
    `By year: ${years.map((r) => `${r.year}, ${r.count}`).join('; ')}.`,
  ];
  const busiest = years
    .flatMap((r) => r.months.map((m) => ({ year: r.year, ...m })))
    .reduce<{ year: number; month: number; events: unknown[] } | undefined>(
      (best, m) => (!best || m.events.length > best.events.length ? m : best),
      undefined,
    );
  if (busiest && busiest.events.length > 1) {
    const month = formatDate(`${busiest.year}-${String(busiest.month).padStart(2, '0')}`);
    sentences.push(`The busiest month is ${month}, with ${busiest.events.length}.`);
  }
  if (gaps.length > 0) {
    const listed = gaps.map((g) => `${plural(g.years, 'year')} (${gapYears(g)})`);
    const joined = listed.length === 1 ? listed[0]! : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
    sentences.push(`Shortened on the axis, with no new events: ${joined}.`);
  }
  return sentences.join(' ');
}

/** "1945–2014", or "2017" for a single year. */
export function gapYears(gap: Pick<AxisGapRow, 'from' | 'to'>): string {
  return gap.from === gap.to ? String(gap.from) : `${gap.from}–${gap.to}`;
}
