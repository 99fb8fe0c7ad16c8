import { describe, expect, it } from 'vitest';
import { resolveCitations } from './citations.ts';
import { corroboration, isDisputed } from './disputes.ts';
import { dayAfterPeriod, formatDate, formatSpan, periodStart, periodStartDate, precisionOf } from './event-date.ts';
import { highlightQuotes } from './highlight-quotes.ts';
import { findQuote, foldForMatching } from './quote-match.ts';
import { sortEvents } from './sort-events.ts';
import { plainText, sourceParagraphs } from './source-paragraphs.ts';

describe('event dates', () => {
  it.each([
    ['1944', 'year', '1944', '1944-01-01T00:00'],
    ['2024-12', 'month', 'December 2024', '2024-12-01T00:00'],
    ['2025-10-15', 'day', '15 October 2025', '2025-10-15T00:00'],
    ['2026-01-28T21:10', 'time', '28 January 2026, 21:10', '2026-01-28T21:10'],
  ])('%s has precision %s, reads "%s" and starts at %s', (iso, precision, text, start) => {
    expect(precisionOf(iso)).toBe(precision);
    expect(formatDate(iso)).toBe(text);
    expect(periodStart(iso)).toBe(start);
  });

  it('keeps an explicit time zone', () => {
    expect(formatDate('2026-01-28T21:10Z')).toBe('28 January 2026, 21:10 UTC');
    expect(formatDate('2026-01-28T21:10+03:00')).toBe('28 January 2026, 21:10 UTC+03:00');
  });

  it('marks approximate dates', () => {
    expect(formatDate('2024-12', 'en-GB', true)).toBe('around December 2024');
  });
});

describe('sortEvents', () => {
  const ev = (id: string, date: string, title = id) => ({ id, data: { date, title } });
  it('orders by period start, then coarser precision first, then title, then id', () => {
    const sorted = sortEvents([
      ev('d', '2025-10-15'),
      ev('c', '2025-10'),
      ev('b', '2025'),
      ev('a', '1944'),
      ev('f', '2025-10-15', 'Beta'),
      ev('e', '2025-10-15', 'Alpha'),
      ev('h', '2025-10-15T09:00'),
      ev('g', '2024-12-31'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'g', 'b', 'c', 'e', 'f', 'd', 'h']);
  });

  it('is stable and does not mutate its input', () => {
    const input = [ev('x', '2020', 'Same'), ev('y', '2020', 'Same')];
    expect(sortEvents(input).map((e) => e.id)).toEqual(['x', 'y']);
    expect(input.map((e) => e.id)).toEqual(['x', 'y']);
  });
});

describe('findQuote', () => {
  const text = 'He said “relations  are developing” — and the trade grew by 4 % recently.';
  it.each([
    ['exact words', 'relations  are developing', 'relations  are developing'],
    ['collapsed whitespace', 'relations are developing', 'relations  are developing'],
    ['straight for curly quotes', 'said "relations are developing"', 'said “relations  are developing”'],
    ['a hyphen for an em dash', 'developing” - and the', 'developing” — and the'],
    ['surrounding whitespace', '  grew by 4 %  ', 'grew by 4 %'],
  ])('matches with %s', (_, quote, found) => {
    const at = findQuote(text, quote);
    expect(at && text.slice(at.start, at.end)).toBe(found);
  });

  it.each([
    ['different words', 'relations are improving'],
    ['an empty quote', '   '],
    ['case differences', 'RELATIONS are developing'],
  ])('does not match %s', (_, quote) => {
    expect(findQuote(text, quote)).toBeUndefined();
  });

  it('maps folded offsets back to the original text', () => {
    expect(foldForMatching(' a  “b” ')).toEqual({ folded: 'a "b"', offsets: [1, 2, 4, 5, 6] });
  });
});

describe('resolveCitations', () => {
  const paragraphs = new Map([
    ['aa', ['First paragraph.', 'Diplomatic relations were established in 1944, a difficult time.']],
    ['rt', ['Trade grew by 4%.']],
  ]);
  const event = (sources: { source: { id: string }; quote: string }[]) => ({
    id: 'ties',
    data: { title: 'Ties established', sources },
  });

  it('pins each quote to its paragraph and offsets', () => {
    expect(
      resolveCitations([event([{ source: { id: 'aa' }, quote: 'relations were established in 1944' }])], paragraphs),
    ).toEqual({
      citations: [{ eventId: 'ties', index: 0, sourceId: 'aa', paragraph: 2, start: 11, end: 45 }],
      errors: [],
    });
  });

  it('names the event file, the field, the source and the quote when a quote is missing', () => {
    const { errors } = resolveCitations([event([{ source: { id: 'rt' }, quote: 'Trade fell by 4%' }])], paragraphs);
    expect(errors).toEqual([
      expect.stringMatching(
        /^content\/events\/ties\.mdx: sources\[0\]\.quote is not in the text of source "rt" \(event "Ties established"\): "Trade fell by 4%"/,
      ),
    ]);
  });

  it('rejects an unknown source id, listing the known ones', () => {
    const { errors } = resolveCitations([event([{ source: { id: 'bbc' }, quote: 'x' }])], paragraphs);
    expect(errors).toEqual([
      'content/events/ties.mdx: sources[0].source "bbc" is not a source id; expected one of: aa, rt',
    ]);
  });
});

describe('disputes and corroboration', () => {
  const cite = (id: string, date?: string) => ({ source: { id }, ...(date ? { date } : {}) });
  it.each([
    ['no dates given', [cite('a'), cite('b')], false, false],
    ['the same date twice', [cite('a', '2015'), cite('b', '2015')], false, false],
    ['different dates', [cite('a', '2015'), cite('b', '2016')], false, true],
    ['an editor flag', [cite('a')], true, true],
  ])('%s → disputed %s', (_, sources, flag, disputed) => {
    expect(isDisputed({ data: { disputed: flag as boolean, sources } })).toBe(disputed);
  });

  it('counts distinct sources', () => {
    expect(corroboration({ data: { sources: [cite('a'), cite('b'), cite('a')] } })).toBe(2);
  });
});

describe('sourceParagraphs', () => {
  it('lists top-level paragraphs only, as rehypeParagraphIds numbers them', () => {
    const mdx =
      '<figure>\n  <figcaption>\n    Caption / AP\n  </figcaption>\n</figure>\n\nOne \\{two}.\n\n## Heading\n\nThree \\<b>.\n';
    expect(sourceParagraphs(mdx)).toEqual(['One {two}.', 'Three <b>.']);
  });
});

describe('highlightQuotes', () => {
  const range = (start: number, end: number) => ({ start, end, href: '/events/x/', label: 'Event X' });
  it('marks a passage as a link to its event', () => {
    expect(highlightQuotes('Trade grew by 4% &#x3C;sic>.', [range(6, 16)])).toBe(
      'Trade <a href="/events/x/" class="quote-link" data-events="Event X"><mark>grew by 4%</mark></a> &#x3C;sic>.',
    );
  });

  it('marks a passage crossing inline markup piece by piece, leaving existing links alone', () => {
    const html = 'a <em>bc</em> d <a href="/y">ef</a>';
    expect(highlightQuotes(html, [range(1, 15)])).toBe(
      'a<a href="/events/x/" class="quote-link" data-events="Event X"><mark> </mark></a><em><a href="/events/x/" class="quote-link" data-events="Event X"><mark>bc</mark></a></em><a href="/events/x/" class="quote-link" data-events="Event X"><mark> d </mark></a><a href="/y">ef</a>',
    );
  });

  it('leaves a paragraph without quotes untouched', () => {
    expect(highlightQuotes('<b>x</b>', [])).toBe('<b>x</b>');
  });
});

describe('plainText', () => {
  it('reads an MDX summary as text', () => {
    expect(plainText('The minister said *trade* grew by \\{4%}.\n\nA second   paragraph.\n')).toBe(
      'The minister said trade grew by {4%}. A second paragraph.',
    );
  });
});

describe.each([
  // [date, end, approximate, text]
  ['1944', undefined, false, '1944'],
  ['2015', '2026-01-26', false, '2015 – 26 January 2026'],
  ['2024-12', '2026-01', true, 'around December 2024 – January 2026'],
])('formatSpan(%j, %j, approximate %j)', (date, end, approximate, text) => {
  it(`reads ${JSON.stringify(text)}`, () => {
    expect(formatSpan(date, end, 'en-GB', approximate)).toBe(text);
  });
});

describe.each([
  ['1944', '1944-01-01T00:00:00.000Z'],
  ['2024-12', '2024-12-01T00:00:00.000Z'],
  ['2026-01-28T21:10', '2026-01-28T21:10:00.000Z'],
  ['2026-01-28T21:10Z', '2026-01-28T21:10:00.000Z'],
  ['2026-01-28T21:10+03:00', '2026-01-28T18:10:00.000Z'],
])('periodStartDate(%j)', (iso, instant) => {
  it(`is ${instant} (UTC unless the date-time gives an offset)`, () => {
    expect(periodStartDate(iso).toISOString()).toBe(instant);
  });
});

describe.each([
  ['2015', '2016-01-01'],
  ['2024-12', '2025-01-01'],
  ['2024-02', '2024-03-01'],
  ['2024-02-28', '2024-02-29'],
  ['2025-12-31', '2026-01-01'],
  ['2026-01-28T23:59+03:00', '2026-01-29'],
])('dayAfterPeriod(%j)', (iso, day) => {
  it(`is ${day}`, () => {
    expect(dayAfterPeriod(iso)).toBe(day);
  });
});
