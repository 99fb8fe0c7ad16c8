import { lastDayOrReference } from './anaphora.ts';
import type { Candidate } from './types.ts';

/*
 * Clock times written as bare digits, as wire copy and live pages write them: "0800 UTC",
 * "at 1653 local time", and the stamps that start each entry of a live page ("1245 Wyclef
 * tweets: …", "12:45 Aid arrives"). They are times on the day the text is about (the last day it
 * named, else its publication day), and never years.
 */

const zone = String.raw`(?:GMT|UTC|Z|BST|CET|CEST|EET|EEST|MSK|WAT|CAT|EAT|IST|JST|AEST|AEDT|EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT)\b`;
// What may follow a clock time: a zone, "local time", "hours".
const clockAfter = new RegExp(String.raw`^\s*(?:${zone}|local\s+time\b|hrs\b|hours\b|h\b)`, 'u');
const utc = /^\s*(?:GMT|UTC|Z)\b/u;
// A stamp opening a line of a live page: only spaces, bullets or dashes before it on its line.
const lineStart = /(?:^|\n)[ \t•*·–—-]*$/u;
const stampLine = /^[ \t•*·–—-]*([01]?\d|2[0-3])[:.]?([0-5]\d)\b/gmu;

/** Hours and minutes of a four-digit number (or H:MM, HH.MM) that can be a time of day, else undefined. */
function clock(digits: string): string | undefined {
  const m = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/.exec(digits);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

let lastText: string | undefined;
let lastIsLive = false;

/** Whether a text is a live page: three or more of its lines open with a time stamp. */
function isLivePage(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastIsLive = (text.match(stampLine)?.length ?? 0) >= 3;
  }
  return lastIsLive;
}

/**
 * Whether the number at `text[start, end)` is a clock time: followed by a zone or "local time",
 * after "at", or a stamp opening a line, when the text is a live page or the stamp runs straight
 * into its entry ("1245 Wyclef tweets").
 */
export function clockContext(text: string, start: number, end: number): boolean {
  if (clock(text.slice(start, end)) === undefined) return false;
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 12), start);
  if (clockAfter.test(after) || /\bat\s+$/iu.test(before)) return true;
  return isStamp(text, start, after);
}

/** A stamp opening a line: on a live page whatever follows, elsewhere only when its entry runs straight on. */
function isStamp(text: string, start: number, after: string): boolean {
  return (
    lineStart.test(text.slice(Math.max(0, start - 8), start)) && (isLivePage(text) || /^\s+["“‘]?\p{Lu}/u.test(after))
  );
}

/** Clock times in digits: "0800 UTC", "at 1653 local time", a live page's "1245 Wyclef tweets". */
export function findClockTimes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\d.,:$€£])(\d{1,2}[:.]?\d{2})(?![\d%]|[.,]\d)/gu)) {
    const start = m.index;
    const digits = m[1]!;
    const time = clock(digits);
    if (time === undefined || (digits.length < 4 && !/[:.]/.test(digits))) continue;
    const after = text.slice(start + digits.length, start + digits.length + 24);
    const zoned = clockAfter.exec(after);
    const stamp = isStamp(text, start, after);
    const afterAt = /\bat\s+$/iu.test(text.slice(Math.max(0, start - 12), start)) && digits.length === 4;
    if (!zoned && !stamp && !afterAt) continue;
    // A zone belongs to the expression ("0735 GMT"); "local time" and "hours" do not change its value.
    const end = start + digits.length + (zoned && new RegExp(`^\\s*${zone}`, 'u').test(after) ? zoned[0].length : 0);
    const suffix = utc.test(after) ? 'Z' : '';
    found.push({ start, end, type: 'TIME', resolve: (anchor) => `${lastDayOrReference(anchor)}T${time}${suffix}` });
  }
  return found;
}
