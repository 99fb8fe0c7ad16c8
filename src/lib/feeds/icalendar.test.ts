import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixtures.test-helper.ts';
import { escapeText, foldLine, toICalendar } from './icalendar.ts';

/** The calendar's VEVENTs as ical.js reads them back. */
function parseEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
      url: vevent.getFirstPropertyValue('url'),
    };
  });
}

describe('toICalendar', () => {
  const doc = fixtureDocument('/dateline/');
  const text = toICalendar(doc);
  const events = parseEvents(text);
  const lines = text.split('\r\n');

  it('has one all-day VEVENT per event dated to the day or finer, identified by slug and host', () => {
    expect(events.map((e) => [e.uid, e.allDay])).toEqual([
      ['fall@news.example.org', true],
      ['committees@news.example.org', true],
      ['arrival@news.example.org', true],
    ]);
  });

  it.each([
    ['fall@news.example.org', '2024-12-08', '2024-12-09'],
    ['committees@news.example.org', '2025-10-15', '2026-01-29'],
    ['arrival@news.example.org', '2026-01-28', '2026-01-29'],
  ])('dates %s from %s to %s (exclusive)', (uid, start, end) => {
    expect(events.find((e) => e.uid === uid)).toMatchObject({ start, end });
  });

  it('reads back titles, summaries and URLs unchanged, escaping and folding included', () => {
    const fall = doc.events.find((e) => e.id === 'fall')!;
    expect(events.find((e) => e.uid === 'fall@news.example.org')).toMatchObject({
      summary: fall.title,
      description: `${fall.summary}\n\n${fall.url}`,
      url: fall.url,
    });
    expect(events.find((e) => e.uid === 'arrival@news.example.org')?.summary).toBe(
      doc.events.find((e) => e.id === 'arrival')!.title,
    );
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((line) => line.includes('\n') || Buffer.byteLength(line) > 75)).toEqual([]);
  });

  it('stamps every event with the build time in UTC', () => {
    expect(lines.filter((line) => line.startsWith('DTSTAMP:'))).toEqual(
      Array(events.length).fill('DTSTAMP:20260201T093000Z'),
    );
  });
});

describe.each([
  ['plain', 'plain'],
  ['a, b; c\\d', 'a\\, b\\; c\\\\d'],
  ['one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
])('escapeText(%j)', (text, expected) => {
  it(`gives ${JSON.stringify(expected)}`, () => {
    expect(escapeText(text)).toBe(expected);
  });
});

describe('foldLine', () => {
  // Text without control characters other than newline, which TEXT values cannot hold.
  const text = fc
    .string({ unit: 'grapheme', maxLength: 300 })
    .map((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''));

  it('keeps each physical line within 75 octets and unfolds to the original line', () => {
    fc.assert(
      fc.property(text, (value) => {
        const line = `DESCRIPTION:${escapeText(value)}`;
        const folded = foldLine(line);
        expect(folded.split('\r\n').filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
      }),
    );
  });

  it('round-trips any text through ical.js', () => {
    fc.assert(
      fc.property(text, (value) => {
        const calendar = [
          'BEGIN:VCALENDAR',
          'BEGIN:VEVENT',
          foldLine(`SUMMARY:${escapeText(value)}`),
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n');
        const vevent = new ICAL.Component(ICAL.parse(calendar)).getFirstSubcomponent('vevent');
        expect(vevent?.getFirstPropertyValue('summary') ?? '').toBe(value.replace(/\r\n?/g, '\n'));
      }),
    );
  });
});
