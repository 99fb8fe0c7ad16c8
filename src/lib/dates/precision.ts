import { addDays, formatDay, pad, weekday } from './calendar.ts';

/** How finely a TIMEX3 date value pins down a moment. */
export type Precision =
  'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time';

/** A TIMEX3 value's precision and the ISO 8601 start of the period it names (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time). */
export interface ResolvedPrecision {
  precision: Precision;
  iso: string;
}

const seasonStart: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };

/**
 * Precision and ISO start of a TIMEX3 DATE/TIME value, so that callers can place it on a timeline:
 * "2024-Q4" → quarter from "2024-10", "199" → decade from "1990", "2026-W06" → week from "2026-02-02".
 * Returns null for values that name no calendar period (PRESENT_REF, durations, unknown XXXX parts).
 */
export function resolvePrecision(value: string): ResolvedPrecision | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)?)$/.exec(value)))
    return { precision: 'time', iso: `${m[1]}T${m[2]}` };
  if ((m = /^(\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI))?$/.exec(value))) return { precision: 'day', iso: m[1] ?? value };
  if ((m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value))) {
    const year = Number(m[1]);
    const jan4 = { year, month: 1, day: 4 };
    const monday = addDays(jan4, -((weekday(jan4) + 6) % 7) + 7 * (Number(m[2]) - 1));
    return { precision: 'week', iso: formatDay(m[3] ? addDays(monday, 5) : monday) };
  }
  if (/^\d{4}-\d\d$/.test(value)) return { precision: 'month', iso: value };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value)))
    return { precision: 'season', iso: `${m[1]}-${seasonStart[m[2] ?? 'SP']}` };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value)))
    return { precision: 'quarter', iso: `${m[1]}-${pad(Number(m[2]) * 3 - 2)}` };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { precision: 'half', iso: `${m[1]}-${m[2] === '1' ? '01' : '07'}` };
  if ((m = /^(?:FY)?(\d{4})$/.exec(value))) return { precision: 'year', iso: m[1] ?? value };
  if (/^\d{3}$/.test(value)) return { precision: 'decade', iso: `${value}0` };
  if (/^\d{2}$/.test(value)) return { precision: 'century', iso: `${value}00` };
  return null;
}
