/** Human-readable form of the ISO 8601 shapes dateline accepts, for error messages. */
export const isoDatePattern = 'YYYY | YYYY-MM | YYYY-MM-DD | YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]';

const shape = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** True when `value` is a real calendar date in one of the accepted ISO 8601 forms. */
export function isIsoDate(value: string): boolean {
  const m = shape.exec(value);
  if (!m) return false;
  const [, , month, day, hour, minute, second] = m;
  if (month !== undefined && (+month < 1 || +month > 12)) return false;
  if (day !== undefined) {
    const daysInMonth = new Date(Date.UTC(+m[1]!, +month!, 0)).getUTCDate();
    if (+day < 1 || +day > daysInMonth) return false;
  }
  if (hour !== undefined && +hour > 23) return false;
  if (minute !== undefined && +minute > 59) return false;
  if (second !== undefined && +second > 59) return false;
  return true;
}
