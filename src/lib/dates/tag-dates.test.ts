import { describe, expect, it } from 'vitest';
import { tagDates } from './tag-dates.ts';

// The product spec's reference date: Wednesday 28 January 2026.
const reference = '2026-01-28';

/** The one timex whose text is `expression` in `sentence`. */
function find(sentence: string, expression: string) {
  const found = tagDates(sentence, reference).filter((t) => t.text === expression);
  expect(
    found,
    `${expression} in ${JSON.stringify(sentence)}: ${JSON.stringify(tagDates(sentence, reference))}`,
  ).toHaveLength(1);
  return found[0]!;
}

describe('product spec table (reference 2026-01-28)', () => {
  it.each([
    ['On Monday, the board met.', 'Monday', '2026-01-26', 'DATE'],
    ['It happened last October.', 'last October', '2025-10', 'DATE'],
    ['The plant opened in 1944.', '1944', '1944', 'DATE'],
    ['He has lived there since December.', 'December', '2025-12', 'DATE'],
    ['Troops have been stationed there since 2016.', '2016', '2016', 'DATE'],
    ['It closed on 15 October 2025.', '15 October 2025', '2025-10-15', 'DATE'],
    ['It opened on 8 December 2024.', '8 December 2024', '2024-12-08', 'DATE'],
    ['It closed on October 15, 2025.', 'October 15, 2025', '2025-10-15', 'DATE'],
    ['They met on January 28.', 'January 28', '2026-01-28', 'DATE'],
    ['He spoke on Wednesday.', 'Wednesday', '2026-01-28', 'DATE'],
    ['Thursday would mark one year since the crash.', 'Thursday', '2026-01-29', 'DATE'],
    ['Thursday would mark one year since the crash.', 'one year', 'P1Y', 'DURATION'],
    ['He spent a year abroad.', 'a year', 'P1Y', 'DURATION'],
    ['Prices rose over the past year.', 'the past year', 'P1Y', 'DURATION'],
    ['The plant is now closed.', 'now', 'PRESENT_REF', 'DATE'],
    ['The plant is currently closed.', 'currently', 'PRESENT_REF', 'DATE'],
    ['The strike lasted four months.', 'four months', 'P4M', 'DURATION'],
    ['The minister resigned today.', 'today', '2026-01-28', 'DATE'],
    ['The minister resigned yesterday.', 'yesterday', '2026-01-27', 'DATE'],
    ['Talks resume next week.', 'next week', '2026-W06', 'DATE'],
    ['Profits fell in the fourth quarter of 2024.', 'the fourth quarter of 2024', '2024-Q4', 'DATE'],
    ['The drought of summer 2025 was severe.', 'summer 2025', '2025-SU', 'DATE'],
    ['The winter was harsh.', 'winter', '2025-WI', 'DATE'],
    ['The company recently said so.', 'recently', 'PAST_REF', 'DATE'],
  ])('%s → %s = %s', (sentence, expression, value, type) => {
    expect(find(sentence, expression)).toMatchObject({ value, type });
  });

  it.each([
    ['It was founded in late 2024.', 'late 2024', '2024', 'DATE'],
    ['It reopens in early 2025.', 'early 2025', '2025', 'DATE'],
    ['It was rebuilt in mid-2023.', 'mid-2023', '2023', 'DATE'],
    ['Weeks after the vote, he left.', 'Weeks', 'PXW', 'DURATION'],
    ['It has been delayed several years.', 'several years', 'PXY', 'DURATION'],
  ])('fuzzy %s → %s = %s, approximate', (sentence, expression, value, type) => {
    expect(find(sentence, expression)).toMatchObject({ value, type, approximate: true });
  });

  it('leaves exact expressions unmarked', () => {
    expect(find('It opened in 2024.', '2024')).not.toHaveProperty('approximate');
  });
});

describe('relative expressions', () => {
  it.each([
    ['Sales fell last week.', 'last week', '2026-W04'],
    ['Sales fell this week.', 'this week', '2026-W05'],
    ['Sales fell last month.', 'last month', '2025-12'],
    ['Sales will rise next month.', 'next month', '2026-02'],
    ['Sales fell last year.', 'last year', '2025'],
    ['Sales will rise this year.', 'this year', '2026'],
    ['Sales rose in the last quarter.', 'the last quarter', '2025-Q4'],
    ['The quake hit a week ago.', 'a week ago', '2026-01-21'],
    ['The firm was founded two years ago.', 'two years ago', '2024'],
    ['The firm was founded years ago.', 'years ago', 'PAST_REF'],
    ['Markets rallied this morning.', 'this morning', '2026-01-28TMO'],
    ['Markets rallied last night.', 'last night', '2026-01-27TNI'],
    ['The deal collapsed over the weekend.', 'the weekend', '2026-W04-WE'],
    ['Shares fell earlier today.', 'earlier today', '2026-01-28'],
    ['It will be finished by the end of this year.', 'the end of this year', '2026'],
    ['Sales have fallen since the beginning of the year.', 'the beginning of the year', '2026'],
    ['The hearing is set for next Monday.', 'next Monday', '2026-02-02'],
    ['He resigned last Friday.', 'last Friday', '2026-01-23'],
    ['The plant closed in the 1990s.', '1990s', '199'],
    ['Cars of the 70s and 80s were boxy.', '70s', '197'],
    ['Cars of the 70s and 80s were boxy.', '80s', '198'],
    ["The index is at its lowest since '82.", "'82", '1982'],
    ['The shop closes in the coming weeks.', 'the coming weeks', 'FUTURE_REF'],
    ['The firm has struggled in recent years.', 'recent years', 'PAST_REF'],
    ['The economy will slow in the near term.', 'the near term', 'FUTURE_REF'],
  ])('%s → %s = %s', (sentence, expression, value) => {
    expect(find(sentence, expression).value).toBe(value);
  });
});

describe('tense decides bare weekdays, months, quarters and seasons', () => {
  it.each([
    ['The factory closed on Friday.', 'Friday', '2026-01-23'],
    ['The factory will close on Friday.', 'Friday', '2026-01-30'],
    ['Markets remain closed until Friday.', 'Friday', '2026-01-30'],
    ['The trial is set to begin on Monday.', 'Monday', '2026-02-02'],
    ['Layoffs were announced in March.', 'March', '2025-03'],
    ['The sale should be completed in March.', 'March', '2026-03'],
    ['Congress rejected the plan in January.', 'January', '2026-01'],
    ['The company posted a loss in the third quarter.', 'the third quarter', '2025-Q3'],
    ['The company expects a loss in the second quarter.', 'the second quarter', '2026-Q2'],
    ['Ford said sales rose in spring.', 'spring', '2025-SP'],
    ['The plant will reopen in spring.', 'spring', '2026-SP'],
    ['The crash happened last winter.', 'last winter', '2024-WI'],
  ])('%s → %s = %s', (sentence, expression, value) => {
    expect(find(sentence, expression).value).toBe(value);
  });

  it('reads a month with "of next year" in that year', () => {
    expect(find('Leases will not be renewed after October of next year.', 'October').value).toBe('2027-10');
  });
});

describe('anchoring on the day being talked about', () => {
  it.each([
    ['Stocks fell on Monday. The Nikkei closed down 6% for the day.', 'the day', '2026-01-26'],
    ['Stocks rose on Friday, despite a report released on the same day.', 'the same day', '2026-01-23'],
    ['Stocks rose on Tuesday. Shares hit a high in morning trading.', 'morning', '2026-01-27TMO'],
    ['The first test flight was on Tuesday in Everett at 18:00 UTC.', '18:00 UTC', '2026-01-27T18:00Z'],
    ['Sales rose 43% in December compared to the same period last year.', 'the same period last year', '2024-12'],
    ['Sales fell 35% in January, compared to the same month a year ago.', 'the same month a year ago', '2025-01'],
    [
      'The deal will be finalised by June 10. If no price is agreed by that time, talks end.',
      'that time',
      '2026-06-10',
    ],
    ['Costs fell last year, compared with the year before.', 'the year before', '2024'],
  ])('%s → %s = %s', (sentence, expression, value) => {
    expect(find(sentence, expression).value).toBe(value);
  });

  it('leaves "the day" alone when it names another day', () => {
    expect(tagDates('Shares fell on the day the deal was announced.', reference)).toEqual([]);
  });
});

describe('explicit dates and times', () => {
  it.each([
    ['The plane landed on 11 December.', '11 December', '2025-12-11', 'DATE'],
    ['The phone ships on June 17.', 'June 17', '2026-06-17', 'DATE'],
    ['It was rolled out on 7/8/07.', '7/8/07', '2007-07-08', 'DATE'],
    ['It fell in May 2008.', 'May 2008', '2008-05', 'DATE'],
    ['It opened in October of 2008.', 'October of 2008', '2008-10', 'DATE'],
    ['Trading halted at 0800 UTC.', '0800 UTC', '2026-01-28T08:00Z', 'TIME'],
    ['He spoke at 16:00 UTC today.', '16:00 UTC today', '2026-01-28T16:00Z', 'TIME'],
    ['It landed at 6:40 p.m. (GMT +8).', '6:40 p.m. (GMT +8)', '2026-01-28T18:40+08:00', 'TIME'],
    ['It landed at 12:30 EST (16:30 UTC).', '16:30 UTC', '2026-01-28T16:30Z', 'TIME'],
    ['The firm announced it Friday morning.', 'Friday morning', '2026-01-23TMO', 'TIME'],
    ['GM admitted Thursday night that the loss could grow.', 'Thursday night', '2026-01-22TNI', 'TIME'],
    ['Sales rose in Q3 2025.', 'Q3 2025', '2025-Q3', 'DATE'],
    ['Sales rose in the first half of 2025.', 'the first half of 2025', '2025-H1', 'DATE'],
  ])('%s → %s = %s', (sentence, expression, value, type) => {
    expect(find(sentence, expression)).toMatchObject({ value, type });
  });
});

describe('span conventions (TIMEX3 as annotated in MEANTIME)', () => {
  it.each([
    ['He announced on Tuesday that', 'Tuesday'],
    ['The firm grew during the fourth quarter.', 'the fourth quarter'],
    ['It has fallen in the past nine days.', 'the past nine days'],
    ['It was the first gain in over a year.', 'over a year'],
    ['The index rose in nearly five months.', 'nearly five months'],
    ['Apple thanked staff for their work over the years.', 'over the years'],
  ])('%s → [%s]', (sentence, expression) => {
    expect(find(sentence, expression).text).toBe(expression);
  });
});

describe('things that are not dates', () => {
  it.each([
    ['The firm hired 2000 workers and paid $2008 in fees.'],
    ['The Russell 2000 Index fell 3%.'],
    ['The index fell to 7,465.95 while 1,500 to 2,000 jobs were lost.'],
    ['Shares fell on Black Monday.'],
    ['A second plane also landed, and about a quarter of dealers closed.'],
    ['The now-cancelled deal was reported by The China Daily.'],
    ['Theresa May said it may be so.'],
    ['People in their 40s were hired.'],
  ])('%s', (sentence) => {
    expect(tagDates(sentence, reference)).toEqual([]);
  });
});

describe('input handling', () => {
  it('rejects a reference that is not a calendar date', () => {
    expect(() => tagDates('today', '2026-02-30')).toThrow(RangeError);
  });

  it('indexes the input string exactly', () => {
    const text = 'Économie: on Monday, 15 October 2025 — and “late 2024”.';
    for (const t of tagDates(text, reference)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

// Real lines of live pages and wire copy (a 2010 earthquake story, reference Thursday 14 January
// 2010): a number is a year only where the text uses it as one.
describe('clock times are not years (reference 2010-01-14)', () => {
  const day = '2010-01-14';
  const values = (text: string) => tagDates(text, day).map((t) => [t.text, t.value, t.type]);
  it.each([
    ['1245 Wyclef tweets: Haiti needs help now.', '1245', '2010-01-14T12:45', 'TIME'],
    ['1653 Aid flights are being turned away from the airport.', '1653', '2010-01-14T16:53', 'TIME'],
    ['The first aid plane landed at 1653 local time.', '1653', '2010-01-14T16:53', 'TIME'],
    ['The quake struck at 1653 on Tuesday, officials said.', '1653', '2010-01-14T16:53', 'TIME'],
    ['Rescue teams flew in overnight, landing at 0735 GMT.', '0735 GMT', '2010-01-14T07:35Z', 'TIME'],
    ['The curfew starts at 2200 CET.', '2200 CET', '2010-01-14T22:00', 'TIME'],
    ['12:45 The UN says its headquarters collapsed.', '12:45', '2010-01-14T12:45', 'TIME'],
  ])('%j: %s = %s', (text, expression, value, type) => {
    expect(values(text)).toContainEqual([expression, value, type]);
  });

  it.each([
    ['He went to India after the Gujarat earthquake in 2001.', '2001'],
    ['The country has been in turmoil since 2004.', '2004'],
    ['The 1944–45 winter was the harshest.', '1944'],
    ['Residents still remember the 2008 hurricanes.', '2008'],
    ['Troops have been stationed there since 2015/2016.', '2015'],
    ['2009 was the worst year on record for the island.', '2009'],
    ['1944: Diplomatic relations are established.', '1944'],
    ['It was the deadliest quake since December 2004.', 'December 2004'],
  ])('%j names the year %s', (text, expression) => {
    expect(values(text).map(([t]) => t)).toContain(expression);
    expect(values(text).find(([t]) => t === expression)?.[2]).toBe('DATE');
  });

  it('reads a live page’s line-opening stamps as times, however the entry starts', () => {
    const page = ['1202 The death toll rises.', '1219 - aid groups appeal for funds.', '1410: more planes land.'].join(
      '\n',
    );
    expect(values(page)).toEqual([
      ['1202', '2010-01-14T12:02', 'TIME'],
      ['1219', '2010-01-14T12:19', 'TIME'],
      ['1410', '2010-01-14T14:10', 'TIME'],
    ]);
  });

  it.each([
    'The 1202 residents of the camp were moved.',
    'Reader Anna writes that 1800 is the number to call.',
    'A 1653-tonne ship docked.',
  ])('%j names no year', (text) => {
    expect(values(text).filter(([, , type]) => type === 'DATE')).toEqual([]);
  });
});
