export { tagDates } from './tag-dates.ts';
export { resolvePrecision } from './precision.ts';
export type { Precision, ResolvedPrecision } from './precision.ts';
export type { Timex, TimexType } from './types.ts';
