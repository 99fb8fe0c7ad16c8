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

/**
 * A reader's form of an ISO date at its own precision: `1944`, `December 2024`,
 * `15 October 2025`, `28 January 2026, 21:10`. `approximate` dates read "around …".
 */
export function formatDate(iso: string, locale = 'en-GB', approximate = false): string {
  const precision = precisionOf(iso);
  const [y, m = '1', d = '1'] = iso.slice(0, 10).split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  let text = dateFormat(locale, precision).format(date);
  if (precision === 'time') {
    const zone = zoneOf(iso);
    text += `, ${iso.slice(11, 16)}${zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` UTC${zone}`}`;
  }
  return approximate ? `around ${text}` : text;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a large site
// formats thousands of dates per build: one formatter per locale and precision.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : { year: 'numeric', month: 'long', day: 'numeric' };
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** The year an ISO date falls in. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** A span as readers see it ("2015 – 26 January 2026"), or the date alone without `end`; only the start reads "around …". */
export function formatSpan(date: string, end: string | undefined, locale = 'en-GB', approximate = false): string {
  const start = formatDate(date, locale, approximate);
  return end === undefined ? start : `${start} – ${formatDate(end, locale)}`;
}

/** The first instant of the period an ISO date names, in UTC unless a date-time gives its own offset. */
export function periodStartDate(iso: string): Date {
  return new Date(`${periodStart(iso)}${zoneOf(iso) ?? 'Z'}`);
}

/** The first day after the period an ISO date names, as `YYYY-MM-DD`: `2015` → `2016-01-01`, `2024-12` → `2025-01-01`, `2026-01-28` → `2026-01-29`. */
export function dayAfterPeriod(iso: string): string {
  const precision = precisionOf(iso);
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  const next =
    precision === 'year'
      ? Date.UTC(y + 1, 0, 1)
      : precision === 'month'
        ? Date.UTC(y, m, 1)
        : Date.UTC(y, m - 1, d + 1);
  return new Date(next).toISOString().slice(0, 10);
}

/** The UTC offset a date-time names (`Z`, `+03:00`), if any. */
function zoneOf(iso: string): string | undefined {
  return /T.*(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1];
}
