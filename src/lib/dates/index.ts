/** Public surface of the date tagger: tagDates for text, resolvePrecision for placing its values on a timeline. */
export { tagDates } from './tag-dates.ts';
export { resolvePrecision } from './precision.ts';
export type { Precision, ResolvedPrecision } from './precision.ts';
export type { Timex, TimexType } from './types.ts';
