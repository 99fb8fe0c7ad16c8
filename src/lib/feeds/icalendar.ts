/**
 * `/timeline.ics`: every day-precise event as an all-day VEVENT, so the story can be subscribed to
 * in a calendar. Projected from `/events.json`. Written here rather than with the `ics` package,
 * which folds lines every 75 characters instead of 75 octets (RFC 5545 §3.1) and breaks
 * non-ASCII text such as Arabic titles.
 */
import { comparePrecision, dayAfterPeriod, precisionOf } from '../timeline/event-date.ts';
import { withReviewNote } from './review-note.ts';
import type { EventsDocument, PublishedEvent } from './events-json.ts';

const lineLimit = 75;

/** The iCalendar text (CRLF line ends, folded) with one all-day VEVENT per event dated to the day or finer. */
export function toICalendar(doc: EventsDocument): string {
  const host = new URL(doc.site).hostname;
  const stamp = `${doc.generated.replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dateline//timeline.ics//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(doc.story.title)}`,
    ...doc.events.filter(isDayPrecise).flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      // DTEND is exclusive; without it an all-day event lasts its one day.
      ...(event.end === undefined ? [] : [`DTEND;VALUE=DATE:${compactDate(dayAfterPeriod(event.end))}`]),
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(`${withReviewNote(event.summary, event.reviewed)}\n\n${event.url}`)}`,
      `URL:${event.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, continuations starting with a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (parts.length === 0 ? lineLimit : lineLimit - 1)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function isDayPrecise(event: PublishedEvent): boolean {
  return comparePrecision(precisionOf(event.date), 'day') >= 0;
}

/** `YYYYMMDD` for the day an ISO date (day precision or finer) falls on, as written. */
function compactDate(iso: string): string {
  return iso.slice(0, 10).replaceAll('-', '');
}
