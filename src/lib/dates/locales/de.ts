import * as chrono from 'chrono-node';
import { formatMonth, pad } from '../calendar.ts';
import type { Tense } from '../types.ts';
import type { DateGrammar } from './grammar.ts';
import {
  anaphoricDay,
  anaphoricYear,
  calendarDay,
  centuryValue,
  dayFromReference,
  decadeValue,
  durationOf,
  monthValue,
  offsetValue,
  relativeUnitValue,
  steppedMonthValue,
  weekdayValue,
  type PartOfDay,
  type Unit,
} from './resolve.ts';
import {
  countPattern,
  formsOf,
  lookup,
  parseCount,
  pattern,
  tenseByMarkers,
  wordEnd as we,
  wordStart as ws,
  wordTest,
  type NumberWords,
  type Rule,
  type RuleMatch,
} from './rules.ts';

/*
 * German. chrono-node's `de` locale reads "am 15. Oktober 2024", "Sonntag, 8. Dezember" and
 * "um 14:30 Uhr"; it misses "im Dezember 2024", years ("im Jahr 1944", "seit 2015"), "Ende 2024",
 * "vergangenen Jahres", weekday compounds ("Montagabend") and reads weekdays forward, so those are
 * rules here.
 */

const months: [string, number][] = [
  ['januar|jänner', 1],
  ['februar|feber', 2],
  ['märz|maerz', 3],
  ['april', 4],
  ['mai', 5],
  ['juni', 6],
  ['juli', 7],
  ['august', 8],
  ['september', 9],
  ['oktober', 10],
  ['november', 11],
  ['dezember', 12],
];
const month = formsOf(months);
const weekdays: [string, number][] = [
  ['sonntag', 0],
  ['montag', 1],
  ['dienstag', 2],
  ['mittwoch', 3],
  ['donnerstag', 4],
  ['freitag', 5],
  ['samstag|sonnabend', 6],
];
const weekday = formsOf(weekdays);
const numbers: NumberWords = [
  ['ein|eine|einem|einen|einer|eines', 1],
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
  ['zehn', 10],
  ['elf', 11],
  ['zwölf', 12],
  ['fünfzehn', 15],
  ['zwanzig', 20],
  ['dreißig', 30],
  ['fünfzig', 50],
  ['hundert', 100],
  ['anderthalb|eineinhalb', 1.5],
];
const count = countPattern(numbers);
const units: [string, Unit][] = [
  ['jahr|jahre|jahren|jahres', 'year'],
  ['monat|monate|monaten|monats', 'month'],
  ['woche|wochen', 'week'],
  ['tag|tage|tagen|tages', 'day'],
  ['stunde|stunden', 'hour'],
  ['minute|minuten', 'minute'],
  ['jahrzehnt|jahrzehnte|jahrzehnten', 'decade'],
  ['jahrhundert|jahrhunderte|jahrhunderten', 'century'],
];
const unit = formsOf(units);
const unitOf = (word: string | undefined): Unit => lookup(units, word) ?? 'year';

const past = 'letzte[nsrm]?|vergangene[nsrm]?|vorige[nsrm]?';
const current = 'diese[nsrm]?|laufende[nsrm]?';
const next = 'nächste[nsrm]?|kommende[nsrm]?';
const stepOf = (word: string | undefined): number =>
  wordTest([past]).test(word ?? '') ? -1 : wordTest([next]).test(word ?? '') ? 1 : 0;
const relativeYear = `(?<yrel>${past}|${current}|${next})\\s+Jahres`;

const partsOfDay: [string, PartOfDay][] = [
  ['morgen|früh|vormittag', 'MO'],
  ['mittag', 'MI'],
  ['nachmittag', 'AF'],
  ['abend', 'EV'],
  ['nacht', 'NI'],
];
const part = formsOf(partsOfDay);

const markers = {
  future: wordTest([
    'wird|werden|wirst|werde|soll|sollen|will|wollen|plant|planen|geplant|morgen|demnächst|voraussichtlich',
    'nächste[nsrm]?|kommende[nsrm]?',
  ]),
  past: wordTest([
    'war|waren|hatte|hatten|wurde|wurden|hat|haben|sagte|sagten|erklärte|gestern',
    'letzte[nsrm]?|vergangene[nsrm]?',
  ]),
};
const tense = (m: RuleMatch): Tense => tenseByMarkers(m.text, m.start, m.end, markers);
const monthNumber = (word: string | undefined): number => lookup(months, word) ?? 1;
const yearLead =
  '(?:im\\s+Jahre?|in|seit|bis|ab|von|vor|nach|um|zwischen|und|Anfang|Ende|Mitte|Frühjahr|Sommer|Herbst|Winter|Jahre?|Jahreswechsel)';

const rules: Rule[] = [
  // "8. Dezember vergangenen Jahres".
  {
    pattern: pattern(`${ws}(?<t>(?<d>\\d{1,2})\\.\\s*(?<mo>${month})\\s+${relativeYear})${we}`),
    value: (m) =>
      calendarDay(m.reference.year + stepOf(m.groups['yrel']), monthNumber(m.groups['mo']), Number(m.groups['d'])),
  },
  // "Dezember 2024", "März vergangenen Jahres".
  {
    pattern: pattern(`${ws}(?<t>(?<mo>${month})\\s+(?:(?<y>\\d{4})|${relativeYear}))(?![\\p{L}\\p{N}])`),
    accept: (m) => !/\d\.?\s*$/u.test(m.text.slice(Math.max(0, m.start - 4), m.start)),
    value: (m) =>
      formatMonth(
        m.groups['y'] ? Number(m.groups['y']) : m.reference.year + stepOf(m.groups['yrel']),
        monthNumber(m.groups['mo']),
      ),
  },
  // "vergangenen Dezember", "im kommenden März".
  {
    pattern: pattern(`${ws}(?<t>(?<rel>${past}|${next})\\s+(?<mo>${month}))${we}`),
    value: (m) => steppedMonthValue(monthNumber(m.groups['mo']), m.reference, stepOf(m.groups['rel']) < 0 ? -1 : 1),
  },
  // A month after a temporal word: "im Dezember", "seit März", "Anfang Juni", "bis Mai".
  {
    pattern: pattern(
      `${ws}(?:im|seit|bis|ab|vom|zum|Anfang|Ende|Mitte|Monat)\\s+(?<t>(?<mo>${month}))${we}(?!\\s+\\d)`,
    ),
    value: (m) => monthValue(monthNumber(m.groups['mo']), m.reference, tense(m)),
  },
  // Weekdays: "Montag", "vergangenen Freitag", "Montagabend", "Dienstag früh".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?<rel>${past}|${next}|diese[nm]?)\\s+)?(?<wd>${weekday})(?:(?<part>${part})|\\s+(?<part2>früh|morgen|abend|nachmittag|vormittag))?)${we}`,
    ),
    type: (g) => ((g['part'] ?? g['part2']) ? 'TIME' : 'DATE'),
    value: (m) => {
      const rel = m.groups['rel'];
      const step = rel === undefined || /^diese/i.test(rel) ? undefined : stepOf(rel) < 0 ? -1 : 1;
      const d = weekdayValue(lookup(weekdays, m.groups['wd']) ?? 1, m.reference, step, tense(m));
      const p = lookup(partsOfDay, m.groups['part'] ?? m.groups['part2']);
      return p ? `${d}T${p}` : d;
    },
  },
  // "heute", "gestern Abend", "morgen früh", "vorgestern"; "Morgen" with a capital is the morning.
  {
    pattern: pattern(`${ws}(?<t>(?<w>vorgestern|übermorgen|heute|gestern|morgen)(?:\\s+(?<part>${part}))?)${we}`),
    accept: (m) => !/^Morgen/u.test(m.text.slice(m.start)) || /(?:^|[.!?]\s+)$/u.test(m.text.slice(0, m.start)),
    type: (g) => (g['part'] ? 'TIME' : 'DATE'),
    value: (m) => {
      const w = (m.groups['w'] ?? '').toLowerCase();
      const offset = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 }[w] ?? 0;
      const d = dayFromReference(m.reference, offset);
      const p = lookup(partsOfDay, m.groups['part']);
      return p ? `${d}T${p}` : d;
    },
  },
  // "vergangene Woche", "im vergangenen Jahr", "dieses Jahr", "nächsten Monat", "im Vorjahr".
  {
    pattern: pattern(
      `${ws}(?<t>(?<rel>${past}|${current}|${next})\\s+(?<unit>Jahr(?:es)?|Monat(?:s)?|Woche|Wochenende(?:s)?|Quartal(?:s)?|Jahrzehnt(?:s)?|Jahrhundert(?:s)?))${we}`,
    ),
    value: (m) => {
      const word = (m.groups['unit'] ?? '').toLowerCase();
      const u: Unit = word.startsWith('jahrz')
        ? 'decade'
        : word.startsWith('jahrh')
          ? 'century'
          : word.startsWith('jahr')
            ? 'year'
            : word.startsWith('monat')
              ? 'month'
              : word.startsWith('wochenende')
                ? 'weekend'
                : word.startsWith('woche')
                  ? 'week'
                  : 'quarter';
      return relativeUnitValue(u, stepOf(m.groups['rel']), m.reference, tense(m));
    },
  },
  {
    pattern: pattern(`${ws}(?<t>(?<w>Vorjahr|Vormonat|Vorwoche)(?:es|s)?)${we}`),
    value: (m) => {
      const w = (m.groups['w'] ?? '').toLowerCase();
      return relativeUnitValue(w === 'vorjahr' ? 'year' : w === 'vormonat' ? 'month' : 'week', -1, m.reference, 'past');
    },
  },
  // Ago: "vor zwei Jahren", "vor einem Monat", "vor wenigen Tagen".
  {
    pattern: pattern(
      `${ws}(?<t>vor\\s+(?:(?<n>${count})|(?<vague>wenigen|einigen|mehreren|ein\\s+paar))\\s+(?<unit>${unit}))${we}`,
    ),
    value: (m) => {
      if (m.groups['vague']) return 'PAST_REF';
      const n = parseCount(m.groups['n'], numbers);
      return n === undefined || !Number.isInteger(n)
        ? 'PAST_REF'
        : offsetValue(n, unitOf(m.groups['unit']), -1, m.reference);
    },
  },
  // Durations: "zwei Jahre", "fast fünf Monate", "mehrere Jahre", "seit Jahren".
  {
    pattern: pattern(
      `(?<!vor\\s+)${ws}(?<t>(?:(?:fast|knapp|rund|etwa|mehr\\s+als|weniger\\s+als|über|gut|ungefähr)\\s+)?(?:(?<n>${count})|(?<vague>mehrere|mehreren|einige|einigen|viele|vielen))\\s+(?<unit>${unit}))${we}`,
    ),
    type: 'DURATION',
    value: (m) =>
      durationOf(m.groups['vague'] ? undefined : parseCount(m.groups['n'], numbers), unitOf(m.groups['unit'])),
  },
  {
    pattern: pattern(
      `${ws}(?:seit)\\s+(?<t>(?<unit>Jahren|Monaten|Wochen|Jahrzehnten))${we}|${ws}(?<t2>jahrelang|monatelang|wochenlang|jahrzehntelang)${we}`,
    ),
    type: 'DURATION',
    value: (m) => {
      const word = (m.groups['unit'] ?? m.groups['t2'] ?? '').toLowerCase().replace(/lang$/, '');
      return durationOf(
        undefined,
        word.startsWith('jahrz')
          ? 'decade'
          : word.startsWith('jahr')
            ? 'year'
            : word.startsWith('monat')
              ? 'month'
              : 'week',
      );
    },
  },
  // Decades and centuries: "1990er Jahren", "90er-Jahre", "20. Jahrhundert".
  {
    pattern: pattern(`${ws}(?<t>(?:(?<dec>\\d{3})0|(?<tens>[1-9]0))er(?:[-\\s]?Jahre(?:n)?)?)${we}`),
    value: (m) => m.groups['dec'] ?? decadeValue(Number(m.groups['tens']), m.reference),
  },
  {
    pattern: pattern(`${ws}(?<t>(?<c>\\d{1,2})\\.\\s*Jahrhunderts?)${we}`),
    value: (m) => centuryValue(Number(m.groups['c'])),
  },
  // Years: "im Jahr 1944" (span "Jahr 1944"), "seit 2015", "1944 wurde …", "2015/2016".
  {
    pattern: pattern(`${ws}(?<t>Jahre?\\s+(?<y>\\d{4}))(?![\\p{L}\\p{N}])`),
    value: (m) => m.groups['y'] ?? null,
  },
  {
    pattern: pattern(
      `(?:${ws}${yearLead}\\s+|(?<=\\d{4}\\s*(?:-|–|/|und|bis)\\s*))(?<t>(?<y>(?:1[89]|20)\\d\\d))(?![\\p{L}\\p{N}%]|\\s*(?:%|Euro|Dollar|Menschen|Einwohner|Soldaten|Kilometer|km|Tonnen))`,
    ),
    value: (m) => m.groups['y'] ?? null,
  },
  // A year opening a clause: "1944 wurden …", "…, 2011 begann …" (a following capitalised noun would make it a count).
  {
    pattern: pattern(`(?<=(?:^|[.!?;:,]\\s+|\\n))(?<t>(?<y>(?:1[89]|20)\\d\\d))(?=\\s+\\p{Ll}|\\s*[,.;])`),
    value: (m) => m.groups['y'] ?? null,
  },
  // Anaphora: "am selben Tag", "am nächsten Tag", "am Vortag", "tags darauf", "im selben Jahr".
  {
    pattern: pattern(
      `${ws}(?:am\\s+)?(?<t>(?<w>selben|gleichen|nächsten|folgenden)\\s+Tag|Vortag|tags\\s+darauf)${we}`,
    ),
    value: (m, anchor) => {
      const text = m.text.slice(m.start, m.end).toLowerCase();
      return anaphoricDay(anchor, /nächsten|folgenden|darauf/.test(text) ? 1 : text === 'vortag' ? -1 : 0);
    },
  },
  {
    pattern: pattern(`${ws}(?:im\\s+)(?<t>(?<w>selben|gleichen|folgenden)\\s+Jahr)${we}`),
    value: (m, anchor) => pad(anaphoricYear(anchor) + (/^folg/i.test(m.groups['w'] ?? '') ? 1 : 0), 4),
  },
  // Vague references.
  {
    pattern: pattern(`${ws}(?<t>jetzt|derzeit|zurzeit|gegenwärtig|momentan|nun)${we}`),
    value: () => 'PRESENT_REF',
  },
  {
    pattern: pattern(
      `${ws}(?<t>kürzlich|jüngst|unlängst|vor\\s+kurzem|(?:den\\s+)?(?:vergangenen|letzten)\\s+Jahren)${we}`,
    ),
    value: () => 'PAST_REF',
  },
  {
    pattern: pattern(
      `${ws}(?<t>Zukunft|künftig|bald|demnächst|(?:den\\s+)?kommenden\\s+(?:Tagen|Wochen|Monaten|Jahren))${we}`,
    ),
    value: () => 'FUTURE_REF',
  },
];

/** German dates: chrono-node's `de` locale for calendar dates and clock times, our rules for the rest. */
export const german: DateGrammar = {
  chrono: {
    parser: chrono.de.casual,
    options: {
      leadingWords: /^(?:(?:am|im|vom|zum|bis|seit|ab|an|in|um|von)\s+)+/iu,
      calendarLike: new RegExp(`${month}|jan|feb|sept|okt|dez|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}`, 'iu'),
    },
  },
  rules,
  modifier: /(?:(?:bis|seit|ab|zu)\s+)?((?:Anfang|Ende|Mitte|Beginn|Ausgang)\s+(?:de[rs]\s+)?)$/diu,
};
