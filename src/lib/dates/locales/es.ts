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
  dayMonthValue,
  decadeValue,
  durationOf,
  monthValue,
  offsetValue,
  relativeUnitValue,
  romanNumber,
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
 * Spanish. chrono-node's `es` locale reads "15 de octubre de 2024", "diciembre de 2024" and "a las
 * 14:00"; it misses years ("en 1944"), "el año pasado", "la semana pasada", "hace dos años",
 * "diciembre pasado", "a finales de 2024", and reads bare weekdays forward, so those are rules here.
 */

const months: [string, number][] = [
  ['enero', 1],
  ['febrero', 2],
  ['marzo', 3],
  ['abril', 4],
  ['mayo', 5],
  ['junio', 6],
  ['julio', 7],
  ['agosto', 8],
  ['septiembre|setiembre', 9],
  ['octubre', 10],
  ['noviembre', 11],
  ['diciembre', 12],
];
const month = formsOf(months);
const weekdays: [string, number][] = [
  ['domingo', 0],
  ['lunes', 1],
  ['martes', 2],
  ['mi[ée]rcoles', 3],
  ['jueves', 4],
  ['viernes', 5],
  ['s[áa]bado', 6],
];
const weekday = formsOf(weekdays);
const numbers: NumberWords = [
  ['un|uno|una', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
  ['nueve', 9],
  ['diez', 10],
  ['once', 11],
  ['doce', 12],
  ['quince', 15],
  ['veinte', 20],
  ['treinta', 30],
  ['cuarenta', 40],
  ['cincuenta', 50],
  ['cien|ciento', 100],
];
const count = countPattern(numbers);
const units: [string, Unit][] = [
  ['años?', 'year'],
  ['mes|meses', 'month'],
  ['semanas?', 'week'],
  ['d[íi]as?', 'day'],
  ['horas?', 'hour'],
  ['minutos?', 'minute'],
  ['d[ée]cadas?|decenios?', 'decade'],
  ['siglos?', 'century'],
];
const unit = formsOf(units);
const unitOf = (word: string | undefined): Unit => lookup(units, word) ?? 'year';

const past = 'pasad[oa]|anterior';
const next = 'pr[óo]xim[oa]|que\\s+viene|entrante';
const stepOf = (word: string | undefined): number =>
  wordTest([past]).test(word ?? '') ? -1 : wordTest([next]).test(word ?? '') ? 1 : 0;
/** "del año pasado", "de este año", "del próximo año", "del mismo año". */
const relativeYear = `(?:del|de)\\s+(?:a[ñn]o\\s+(?<yrel>${past}|${next})|(?<yrel2>pasado|pr[óo]ximo)\\s+a[ñn]o|(?<ythis>este)\\s+a[ñn]o|(?<ysame>mismo)\\s+a[ñn]o)`;

const partsOfDay: [string, PartOfDay][] = [
  ['ma[ñn]ana', 'MO'],
  ['mediod[íi]a', 'MI'],
  ['tarde', 'AF'],
  ['noche', 'NI'],
];
const part = formsOf(partsOfDay);

const markers = {
  future: wordTest([
    'ser[áa]|ser[áa]n|va|van|pr[óo]xim[oa]|prev[ée]|previst[oa]s?|planea|habr[áa]',
    '\\p{L}{3,}r[áa]n?',
  ]),
  past: wordTest(['fue|fueron|era|eran|hab[íi]a|hab[íi]an|ha|han|dijo|ayer|pasad[oa]', '\\p{L}{3,}(?:ó|aron|ieron)']),
};
const tense = (m: RuleMatch): Tense => tenseByMarkers(m.text, m.start, m.end, markers);
const monthNumber = (word: string | undefined): number => lookup(months, word) ?? 1;
const yearOf = (m: RuleMatch, lastYear: number): number => {
  if (m.groups['ysame']) return lastYear;
  if (m.groups['ythis']) return m.reference.year;
  return m.reference.year + stepOf(m.groups['yrel'] ?? m.groups['yrel2']);
};
const yearLead =
  '(?:en|desde|hasta|de|del|a|entre|y|hacia|para|antes\\s+de|despu[ée]s\\s+de|principios\\s+de|finales\\s+de|fines\\s+de|mediados\\s+de)';

const rules: Rule[] = [
  // "8 de diciembre pasado", "15 de marzo del año pasado".
  {
    pattern: pattern(
      `${ws}(?<t>(?<d>\\d{1,2})\\s+de\\s+(?<mo>${month})(?:\\s+(?<rel>pasado|pr[óo]ximo)|\\s+${relativeYear}))${we}`,
    ),
    value: (m, anchor) => {
      const mo = monthNumber(m.groups['mo']);
      const d = Number(m.groups['d']);
      if (m.groups['rel']) return dayMonthValue(d, mo, m.reference, stepOf(m.groups['rel']) < 0 ? 'past' : 'future');
      return calendarDay(yearOf(m, anaphoricYear(anchor)), mo, d);
    },
  },
  // "diciembre de 2024", "marzo del año pasado", "diciembre pasado", "el pasado diciembre".
  {
    pattern: pattern(
      `${ws}(?<t>(?<mo>${month})\\s+(?:(?:de(?:l)?\\s+)?(?<y>\\d{4})|(?<rel>pasado|pr[óo]ximo)|${relativeYear}))(?![\\p{L}\\p{N}])`,
    ),
    accept: (m) => !/\bde\s*$/u.test(m.text.slice(Math.max(0, m.start - 4), m.start)),
    value: (m, anchor) => {
      const mo = monthNumber(m.groups['mo']);
      if (m.groups['y']) return formatMonth(Number(m.groups['y']), mo);
      if (m.groups['rel']) return steppedMonthValue(mo, m.reference, stepOf(m.groups['rel']) < 0 ? -1 : 1);
      return formatMonth(yearOf(m, anaphoricYear(anchor)), mo);
    },
  },
  {
    pattern: pattern(`${ws}(?<t>(?<rel>pasado|pr[óo]ximo)\\s+(?<mo>${month}))${we}`),
    value: (m) => steppedMonthValue(monthNumber(m.groups['mo']), m.reference, stepOf(m.groups['rel']) < 0 ? -1 : 1),
  },
  // A month after a temporal word: "en diciembre", "desde marzo", "principios de junio", "mes de mayo".
  {
    pattern: pattern(
      `${ws}(?:en|desde|hasta|durante|principios\\s+de|finales\\s+de|fines\\s+de|mediados\\s+de|comienzos\\s+de|mes\\s+de)\\s+(?<t>(?<mo>${month}))${we}(?!\\s+(?:de\\s+)?\\d)`,
    ),
    value: (m) => monthValue(monthNumber(m.groups['mo']), m.reference, tense(m)),
  },
  // "los lunes": every Monday.
  {
    pattern: pattern(`${ws}los\\s+(?<t>(?<wd>${weekday}))${we}`),
    type: 'SET',
    value: (m) => `XXXX-WXX-${lookup(weekdays, m.groups['wd']) || 7}`,
  },
  // Weekdays: "el lunes", "el pasado viernes", "el martes próximo", "el jueves por la noche".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?<rel>pasado|pr[óo]ximo|este)\\s+)?(?<wd>${weekday})(?:\\s+(?<rel2>pasado|pr[óo]ximo))?(?:\\s+(?:por|en)\\s+la\\s+(?<part>${part}))?)${we}`,
    ),
    type: (g) => (g['part'] ? 'TIME' : 'DATE'),
    value: (m) => {
      const rel = m.groups['rel2'] ?? m.groups['rel'];
      const step = rel === undefined || /^este$/i.test(rel) ? undefined : stepOf(rel) < 0 ? -1 : 1;
      const d = weekdayValue(lookup(weekdays, m.groups['wd']) ?? 1, m.reference, step, tense(m));
      const p = lookup(partsOfDay, m.groups['part']);
      return p ? `${d}T${p}` : d;
    },
  },
  // "hoy", "ayer por la tarde", "anteayer", "pasado mañana", "mañana" (not "la mañana", the morning).
  {
    pattern: pattern(
      `${ws}(?<t>(?<w>hoy|ayer|anteayer|antier|pasado\\s+ma[ñn]ana|ma[ñn]ana)(?:\\s+(?:por|en)\\s+la\\s+(?<part>${part}))?)${we}(?!\\s+en\\s+d[íi]a)`,
    ),
    accept: (m) =>
      !/^ma/i.test(m.groups['w'] ?? '') ||
      !/(?:\b(?:la|esta|esa|una|cada|toda|de|por|las)\s+)$/iu.test(m.text.slice(Math.max(0, m.start - 8), m.start)),
    type: (g) => (g['part'] ? 'TIME' : 'DATE'),
    value: (m) => {
      const w = (m.groups['w'] ?? '').toLowerCase();
      const offset = /^pasado/.test(w)
        ? 2
        : /^ma/.test(w)
          ? 1
          : /^(?:anteayer|antier)$/.test(w)
            ? -2
            : w === 'ayer'
              ? -1
              : 0;
      const d = dayFromReference(m.reference, offset);
      const p = lookup(partsOfDay, m.groups['part']);
      return p ? `${d}T${p}` : d;
    },
  },
  // "anoche", "esta mañana", "esta tarde", "esta noche".
  {
    pattern: pattern(`${ws}(?<t>anoche|esta\\s+(?<part>${part}))${we}`),
    value: (m) => {
      const p = lookup(partsOfDay, m.groups['part']);
      return p ? `${dayFromReference(m.reference, 0)}T${p}` : `${dayFromReference(m.reference, -1)}TNI`;
    },
  },
  // "el año pasado", "la semana próxima", "el próximo mes", "este año", "el fin de semana pasado".
  {
    pattern: pattern(
      `${ws}(?<t>(?:el|la)\\s+(?:(?<rel1>pasad[oa]|pr[óo]xim[oa])\\s+)?(?<unit>a[ñn]o|mes|semana|fin\\s+de\\s+semana|trimestre|siglo|d[ée]cada)(?:\\s+(?<rel2>${past}|${next}))?|(?<this>est[ea])\\s+(?<unit2>a[ñn]o|mes|semana|fin\\s+de\\s+semana|trimestre|siglo|d[ée]cada))${we}`,
    ),
    accept: (m) => m.groups['rel1'] !== undefined || m.groups['rel2'] !== undefined || m.groups['this'] !== undefined,
    value: (m) => {
      const word = (m.groups['unit'] ?? m.groups['unit2'] ?? '').toLowerCase();
      const u: Unit = /^a/.test(word)
        ? 'year'
        : word === 'mes'
          ? 'month'
          : word === 'semana'
            ? 'week'
            : /^fin/.test(word)
              ? 'weekend'
              : word === 'trimestre'
                ? 'quarter'
                : word === 'siglo'
                  ? 'century'
                  : 'decade';
      return relativeUnitValue(u, stepOf(m.groups['rel1'] ?? m.groups['rel2']), m.reference, tense(m));
    },
  },
  // Ago: "hace dos años", "hace un mes", "hace unos días".
  {
    pattern: pattern(
      `(?<!desde\\s+)${ws}(?<t>hace\\s+(?:(?<vague>unos|unas|varios|varias|algunos|algunas|pocos|pocas)|(?<n>${count}))\\s+(?<unit>${unit}))${we}`,
    ),
    value: (m) => {
      if (m.groups['vague']) return 'PAST_REF';
      const n = parseCount(m.groups['n'], numbers);
      return n === undefined || !Number.isInteger(n)
        ? 'PAST_REF'
        : offsetValue(n, unitOf(m.groups['unit']), -1, m.reference);
    },
  },
  // Durations: "dos años", "casi cinco meses", "varios años", "durante años".
  {
    pattern: pattern(
      `(?<!(?<!desde\\s+)hace\\s+)${ws}(?<t>(?:(?:casi|cerca\\s+de|m[áa]s\\s+de|menos\\s+de|alrededor\\s+de|aproximadamente)\\s+)?(?:(?<vague>varios|varias|algunos|algunas|muchos|muchas)|(?<n>${count}))\\s+(?<unit>${unit}))${we}`,
    ),
    type: 'DURATION',
    value: (m) =>
      durationOf(m.groups['vague'] ? undefined : parseCount(m.groups['n'], numbers), unitOf(m.groups['unit'])),
  },
  {
    pattern: pattern(`${ws}(?:durante|por|desde\\s+hace)\\s+(?<t>(?<unit>a[ñn]os|meses|semanas|d[ée]cadas))${we}`),
    type: 'DURATION',
    value: (m) => durationOf(undefined, unitOf(m.groups['unit'])),
  },
  // Decades and centuries: "la década de 1990", "los años noventa", "los años 90", "el siglo XX".
  {
    pattern: pattern(`${ws}(?<t>(?:la\\s+)?d[ée]cada\\s+de(?:\\s+los)?\\s+(?<dec>\\d{3})0)${we}`),
    value: (m) => m.groups['dec'] ?? null,
  },
  {
    pattern: pattern(
      `${ws}(?<t>(?:los\\s+)?a[ñn]os\\s+(?<tens>[1-9]0|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa))${we}`,
    ),
    value: (m) => {
      const words: Record<string, number> = {
        veinte: 20,
        treinta: 30,
        cuarenta: 40,
        cincuenta: 50,
        sesenta: 60,
        setenta: 70,
        ochenta: 80,
        noventa: 90,
      };
      const tens = words[(m.groups['tens'] ?? '').toLowerCase()] ?? Number(m.groups['tens']);
      return decadeValue(tens, m.reference);
    },
  },
  {
    pattern: pattern(`${ws}(?<t>(?:el\\s+)?siglo\\s+(?<c>[IVXL]{1,6}))${we}`),
    value: (m) => centuryValue(romanNumber(m.groups['c'] ?? '') ?? 0),
  },
  // Years: "en 1944", "desde 2015", "el año 1944" (span "año 1944"), "2015-2016".
  {
    pattern: pattern(`${ws}(?<t>a[ñn]o\\s+(?<y>\\d{4}))(?![\\p{L}\\p{N}])`),
    value: (m) => m.groups['y'] ?? null,
  },
  {
    pattern: pattern(
      `(?:${ws}${yearLead}\\s+|(?<=\\d{4}\\s*(?:-|–|y|a)\\s*))(?<t>(?<y>(?:1[89]|20)\\d\\d))(?![\\p{L}\\p{N}%]|\\s*(?:%|personas|euros|d[óo]lares|habitantes|muertos|soldados|km|kil[óo]metros|toneladas))`,
    ),
    value: (m) => m.groups['y'] ?? null,
  },
  // Anaphora: "el mismo día", "ese día", "al día siguiente", "la víspera", "ese mismo año", "al año siguiente".
  {
    pattern: pattern(
      `${ws}(?<t>(?<w>el\\s+mismo\\s+d[íi]a|ese\\s+(?:mismo\\s+)?d[íi]a|aquel\\s+d[íi]a|d[íi]a\\s+siguiente|la\\s+v[íi]spera|el\\s+d[íi]a\\s+anterior))${we}(?!\\s+(?:de|del|en\\s+que)\\b)`,
    ),
    value: (m, anchor) => {
      const w = (m.groups['w'] ?? '').toLowerCase();
      return anaphoricDay(anchor, /siguiente/.test(w) ? 1 : /v[íi]spera|anterior/.test(w) ? -1 : 0);
    },
  },
  {
    pattern: pattern(
      `${ws}(?<t>(?:ese|aquel)\\s+(?:mismo\\s+)?a[ñn]o|el\\s+mismo\\s+a[ñn]o|a[ñn]o\\s+(?<w>siguiente))${we}`,
    ),
    value: (m, anchor) => pad(anaphoricYear(anchor) + (m.groups['w'] ? 1 : 0), 4),
  },
  // Vague references.
  {
    pattern: pattern(`${ws}(?<t>actualmente|ahora|la\\s+actualidad|hoy\\s+en\\s+d[íi]a)${we}`),
    value: () => 'PRESENT_REF',
  },
  {
    pattern: pattern(`${ws}(?<t>recientemente|[úu]ltimamente|los\\s+[úu]ltimos\\s+a[ñn]os)${we}`),
    value: () => 'PAST_REF',
  },
  {
    pattern: pattern(
      `${ws}(?<t>el\\s+futuro|pr[óo]ximamente|pronto|los\\s+pr[óo]ximos\\s+(?:d[íi]as|meses|a[ñn]os))${we}`,
    ),
    value: () => 'FUTURE_REF',
  },
];

/** Spanish dates: chrono-node's `es` locale for calendar dates and clock times, our rules for the rest. */
export const spanish: DateGrammar = {
  chrono: {
    parser: chrono.es.casual,
    options: {
      leadingWords: /^(?:(?:el|la|los|las|en|desde|hasta|del|de|a)\s+)+/iu,
      calendarLike: new RegExp(`${month}|ene|feb|sept|dic|\\d{1,2}/\\d{1,2}/\\d{2,4}`, 'iu'),
    },
  },
  rules,
  modifier:
    /(?:(?:a|en|desde|hasta)\s+)?((?:principios|finales|fines|mediados|comienzos|inicios)\s+(?:del?\s+)|(?:el\s+)?(?:principio|final|fin|comienzo|inicio)\s+(?:del?\s+))$/diu,
};
