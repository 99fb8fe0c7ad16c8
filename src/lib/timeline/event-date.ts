/** How exact an ISO date is: its form says so (`1944`, `2024-12`, `2025-10-15`, date-time). */
export type Precision = 'year' | 'month' | 'day' | 'time';

const precisionRank: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

/** The precision an ISO 8601 date is written at. */
export function precisionOf(iso: string): Precision {
  if (iso.includes('T')) return 'time';
  return (['year', 'month', 'day'] as const)[iso.split('-').length - 1] ?? 'day';
}

/** Orders precisions from coarsest (year) to finest (time). */
export function comparePrecision(a: Precision, b: Precision): number {
  return precisionRank[a] - precisionRank[b];
}

/** The first instant of the period an ISO date names, as `YYYY-MM-DDThh:mm` (comparable as text). */
export function periodStart(iso: string): string {
  const [date = '', time = '00:00'] = iso.split('T');
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T${time.slice(0, 5)}`;
}

/** The ISO value of a date at its own precision, for `<time datetime>`: the value itself. */
export function datetimeAttribute(iso: string): string {
  return iso;
}

/**
 * A reader's form of an ISO date at its own precision: `1944`, `December 2024`,
 * `15 October 2025`, `28 January 2026, 21:10`. `approximate` dates read "around …".
 */
export function formatDate(iso: string, locale = 'en-GB', approximate = false): string {
  const precision = precisionOf(iso);
  const [y, m = '1', d = '1'] = iso.slice(0, 10).split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  let text = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  if (precision === 'time') {
    const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1];
    text += `, ${iso.slice(11, 16)}${zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` UTC${zone}`}`;
  }
  return approximate ? `around ${text}` : text;
}

/** The year an ISO date falls in. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
