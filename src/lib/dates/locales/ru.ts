import * as chrono from 'chrono-node';
import { formatMonth, pad } from '../calendar.ts';
import { yearOfPeriod } from '../periods.ts';
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
 * Russian. chrono-node's `ru` locale reads day–month dates in every case ("15 октября 2024 года",
 * "8 декабря") and clock times; the rules below add what it misses or reads against TIMEX3: months
 * without a day in any case ("в декабре" is the last December, not the next), years with "год" in
 * every case, weekdays resolved in the past, relative units at their own granularity ("на прошлой
 * неделе" is a week, not a day), dates of "прошлого года", decades, centuries and durations.
 */

/** Month stems with every case ending (январь, января, январе, январём). */
const months: [string, number][] = [
  ['январ(?:ь|я|е|ём|ем|ю)', 1],
  ['феврал(?:ь|я|е|ём|ем|ю)', 2],
  ['март(?:а|е|ом|у)?', 3],
  ['апрел(?:ь|я|е|ем|ю)', 4],
  ['ма(?:й|я|е|ем|ю)', 5],
  ['июн(?:ь|я|е|ем|ю)', 6],
  ['июл(?:ь|я|е|ем|ю)', 7],
  ['август(?:а|е|ом|у)?', 8],
  ['сентябр(?:ь|я|е|ём|ем|ю)', 9],
  ['октябр(?:ь|я|е|ём|ем|ю)', 10],
  ['ноябр(?:ь|я|е|ём|ем|ю)', 11],
  ['декабр(?:ь|я|е|ём|ем|ю)', 12],
];
const month = months.map(([form]) => form).join('|');

/**
 * Weekdays, 0 = Sunday. "среда" is also "environment": only the accusative ("в среду") is always a day,
 * the genitive ("со среды", "до среды") only after a preposition, and the other cases never.
 */
const weekdays: [string, number][] = [
  ['воскресень(?:е|я|ю|ем)', 0],
  ['понедельник(?:а|у|ом)?', 1],
  ['вторник(?:а|у|ом)?', 2],
  ['сред(?:у|ы)', 3],
  ['четверг(?:а|у|ом)?', 4],
  ['пятниц(?:а|у|ы|ей)', 5],
  ['суббот(?:а|у|ы|ой)', 6],
];
const weekday = weekdays.map(([form]) => form).join('|');

const numbers: NumberWords = [
  ['один|одного|одну|одна|одной|одним|одном', 1],
  ['два|две|двух|двум|двумя', 2],
  ['три|тр[её]х|тр[её]м|тремя', 3],
  ['четыре|четыр[её]х|четырьмя', 4],
  ['пять|пяти|пятью', 5],
  ['шесть|шести', 6],
  ['семь|семи', 7],
  ['восемь|восьми', 8],
  ['девять|девяти', 9],
  ['десять|десяти', 10],
  ['одиннадцат[ьи]', 11],
  ['двенадцат[ьи]', 12],
  ['пятнадцат[ьи]', 15],
  ['двадцат[ьи]', 20],
  ['тридцат[ьи]', 30],
  ['сорок|сорока', 40],
  ['пятьдесят|пятидесяти', 50],
  ['сто|ста', 100],
  ['пару|пары|пара', 2],
  ['полтора|полторы|полутора', 1.5],
];
const count = countPattern(numbers);

/** Counted units: the forms after numbers ("два года", "пять лет", "неделю"). */
const units: [string, Unit][] = [
  ['год|года|году|годом|лет|годы|годами', 'year'],
  ['месяц|месяца|месяцев|месяцы|месяцами', 'month'],
  ['неделя|неделю|недели|недель|неделями', 'week'],
  ['день|дня|дней|днями|сутки|суток', 'day'],
  ['час|часа|часов|часами', 'hour'],
  ['минута|минуту|минуты|минут', 'minute'],
  ['десятилетие|десятилетия|десятилетий|десятилетиями', 'decade'],
  ['век|века|веков', 'century'],
];
const unit = units.map(([form]) => form).join('|');
const unitOf = (word: string | undefined): Unit =>
  units.find(([form]) => wordTest([form]).test(word ?? ''))?.[1] ?? 'year';

/** Adjectives that place a unit relative to now, any gender and case, with their step. */
const relativeAdjectives: [string, number][] = [
  ['позапрошл\\p{L}*', -2],
  ['прошл\\p{L}*|минувш\\p{L}*|предыдущ\\p{L}*|прошедш\\p{L}*', -1],
  ['эт(?:от|ом|ого|ой|у|а|и|их|им)|текущ\\p{L}*|нынешн\\p{L}*|уходящ\\p{L}*', 0],
  ['следующ\\p{L}*|будущ\\p{L}*|предстоящ\\p{L}*|наступающ\\p{L}*|грядущ\\p{L}*', 1],
];
const relative = relativeAdjectives.map(([form]) => form).join('|');
const stepOf = (word: string | undefined): number =>
  relativeAdjectives.find(([form]) => wordTest([form]).test(word ?? ''))?.[1] ?? 0;
/** A year named relative to now or to the last date ("прошлого года", "того же года"). */
const relativeYear = `(?<rel>${relative}|того\\s+же)\\s+года`;
const yearWord = '(?:года|году|год|годом|г\\.?)(?![\\p{L}])';

const partsOfDay: Record<string, PartOfDay> = { утром: 'MO', днём: 'AF', днем: 'AF', вечером: 'EV', ночью: 'NI' };
const part = 'утром|дн[её]м|вечером|ночью';

const markers = {
  future: wordTest([
    'будет|будут|буду|будем|будете|будешь|состоится|состоятся|предстоит|ожидается|ожидаются|завтра',
    'планиру\\p{L}*|намерен\\p{L}*|собира\\p{L}*|намечен\\p{L}*|запланирован\\p{L}*|предстоящ\\p{L}*|следующ\\p{L}*',
    'пройд[её]т|пройдут|начн[её]тся|откроется|прибудет|посетит|проведут|провед[её]т',
  ]),
  // Past-tense verbs end in -л, -ла, -ло, -ли (with -ся, -сь); a few common words share the ending.
  past: new RegExp(
    '^(?!(?:около|если|земли|роли|начало|дела|тела|число|мало|стекло)$)\\p{L}{2,}[аеиоуыя]л(?:а|о|и)?(?:ся|сь)?$',
    'iu',
  ),
};
const tense = (m: RuleMatch): Tense => tenseByMarkers(m.text, m.start, m.end, markers);

function monthNumber(word: string | undefined): number {
  return months.find(([form]) => wordTest([form]).test(word ?? ''))?.[1] ?? 1;
}

function weekdayNumber(word: string | undefined): number {
  return weekdays.find(([form]) => wordTest([form]).test(word ?? ''))?.[1] ?? 1;
}

/** Year of a "прошлого года"-style phrase: relative to the reference, or to the last date for "того же". */
function yearOfPhrase(rel: string, m: RuleMatch, lastYear: number): number {
  return /^того/i.test(rel) ? lastYear : m.reference.year + stepOf(rel);
}

const seasons: [string, string, number][] = [
  ['зим(?:а|ы|ой|ою|у|е)', 'WI', 12],
  ['весн(?:а|ы|ой|ою|у|е)', 'SP', 3],
  ['лет(?:о|ом)', 'SU', 6],
  ['осен(?:ь|и|ью)', 'FA', 9],
];

const rules: Rule[] = [
  // "15 декабря прошлого года", "3 марта того же года".
  {
    pattern: pattern(`${ws}(?<t>(?<d>\\d{1,2})\\s+(?<mo>${month})\\s+${relativeYear})${we}`),
    value: (m, anchor) => {
      const year = yearOfPhrase(m.groups['rel'] ?? '', m, anaphoricYear(anchor));
      return calendarDay(year, monthNumber(m.groups['mo']), Number(m.groups['d']));
    },
  },
  // "8 декабря" after "прошлого"/"минувшего" is past for certain: "8 декабря минувшего года" is above; here the day alone.
  {
    pattern: pattern(`${ws}(?<t>(?<d>\\d{1,2})\\s+(?<mo>${month}))${we}(?!\\s+\\d)`),
    value: (m) => dayMonthValue(Number(m.groups['d']), monthNumber(m.groups['mo']), m.reference, 'nearest'),
  },
  // "декабре прошлого года", "мае того же года".
  {
    pattern: pattern(`${ws}(?<t>(?<mo>${month})\\s+${relativeYear})${we}`),
    value: (m, anchor) =>
      formatMonth(yearOfPhrase(m.groups['rel'] ?? '', m, anaphoricYear(anchor)), monthNumber(m.groups['mo'])),
  },
  // "декабре 2024 года", "декабря 2024 г.", "мае 2015-го".
  {
    pattern: pattern(`${ws}(?<t>(?<mo>${month})\\s+(?<y>\\d{4})(?:\\s*${yearWord}|-(?:го|м))?)(?!\\d)`),
    value: (m) => formatMonth(Number(m.groups['y']), monthNumber(m.groups['mo'])),
  },
  // "в прошлом мае", "следующем январе".
  {
    pattern: pattern(
      `${ws}(?<t>(?<rel>прошл\\p{L}*|минувш\\p{L}*|следующ\\p{L}*|будущ\\p{L}*)\\s+(?<mo>${month}))${we}`,
    ),
    value: (m) => steppedMonthValue(monthNumber(m.groups['mo']), m.reference, stepOf(m.groups['rel']) < 0 ? -1 : 1),
  },
  // A month on its own: "в декабре" is the latest December in news copy, the next one in future tense.
  {
    pattern: pattern(`(?<![\\d.]\\s*)${ws}(?<t>(?<mo>${month}))${we}`),
    value: (m) => monthValue(monthNumber(m.groups['mo']), m.reference, tense(m)),
  },
  // Seasons: "летом 2024 года", "прошлой зимой", "осенью".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?<rel>${relative})\\s+)?(?<s>${seasons.map(([form]) => form).join('|')})(?:\\s+(?<y>\\d{4})(?:\\s*${yearWord})?)?)${we}`,
    ),
    value: (m) => {
      const season = seasons.find(([form]) => wordTest([form]).test(m.groups['s'] ?? ''));
      if (!season) return null;
      const [, code, first] = season;
      if (m.groups['y']) return `${m.groups['y']}-${code}`;
      const step = m.groups['rel'] === undefined ? undefined : stepOf(m.groups['rel']);
      const base = yearOfPeriod(
        first,
        first + 2,
        m.reference,
        step === 1 || (step === undefined && tense(m) === 'future') ? 'future' : 'past',
      );
      const now = m.reference.year * 12 + m.reference.month - 1;
      let year = base;
      if (step === -1 && year * 12 + first + 1 >= now) year -= 1;
      if (step === 1 && year * 12 + first - 1 <= now) year += 1;
      return `${pad(year, 4)}-${code}`;
    },
  },
  // Quarters and halves: "третьем квартале 2024 года", "первой половине года", "первом полугодии".
  {
    pattern: pattern(
      `${ws}(?<t>(?<ord>перв|втор|трет|четв[её]рт|последн)\\p{L}*\\s+(?<q>квартал|полугоди|половин)\\p{L}*(?:\\s+(?:(?<y>\\d{4})\\s*${yearWord}|${relativeYear}|(?<this>года)))?)${we}`,
    ),
    value: (m, anchor) => {
      const ord = (m.groups['ord'] ?? '').toLowerCase();
      const isQuarter = /^квартал/i.test(m.groups['q'] ?? '');
      const n = ({ перв: 1, втор: 2, трет: 3 } as Record<string, number>)[ord] ?? (isQuarter ? 4 : 2);
      const first = isQuarter ? n * 3 - 2 : n * 6 - 5;
      const last = first + (isQuarter ? 2 : 5);
      let year: number;
      if (m.groups['y']) year = Number(m.groups['y']);
      else if (m.groups['this']) year = m.reference.year;
      else if (m.groups['rel']) year = yearOfPhrase(m.groups['rel'], m, anaphoricYear(anchor));
      else year = yearOfPeriod(first, last, m.reference, tense(m) === 'future' ? 'future' : 'past');
      return `${pad(year, 4)}-${isQuarter ? `Q${n}` : `H${n}`}`;
    },
  },
  // "сегодня", "вчера вечером", "позавчера", "утром сегодня".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?<before>${part})\\s+)?(?<w>позавчера|послезавтра|сегодня|вчера|завтра)(?:\\s+(?<part>${part}))?)${we}`,
    ),
    type: (g) => ((g['part'] ?? g['before']) ? 'TIME' : 'DATE'),
    value: (m) => {
      const offset =
        { позавчера: -2, вчера: -1, сегодня: 0, завтра: 1, послезавтра: 2 }[(m.groups['w'] ?? '').toLowerCase()] ?? 0;
      const day = dayFromReference(m.reference, offset);
      const partWord = (m.groups['part'] ?? m.groups['before'])?.toLowerCase();
      return partWord ? `${day}T${partsOfDay[partWord] ?? 'MO'}` : day;
    },
  },
  // "прошлой ночью", "этой ночью".
  {
    pattern: pattern(`${ws}(?<t>(?<rel>прошлой|минувшей|этой|сегодняшней)\\s+ночью)${we}`),
    value: (m) => `${dayFromReference(m.reference, /^(?:прош|мин)/i.test(m.groups['rel'] ?? '') ? -1 : 0)}TNI`,
  },
  // Weekdays: "в понедельник", "во вторник вечером", "в прошлую пятницу", "вечером в среду".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?<before>${part})\\s+в\\s+)?(?:(?<rel>прошл(?:ый|ую|ое)|минувш(?:ий|ую|ее)|следующ(?:ий|ую|ее)|будущ(?:ий|ую|ее)|ближайш(?:ий|ую|ее)|эт(?:от|у|о))\\s+)?(?<wd>${weekday})(?:\\s+(?<part>${part}))?)${we}`,
    ),
    accept: (m) =>
      !/^среды$/i.test(m.groups['wd'] ?? '') ||
      /(?:^|[^\p{L}])(?:со|с|до|после|к)\s+$/iu.test(m.text.slice(Math.max(0, m.start - 8), m.start)),
    type: (g) => ((g['part'] ?? g['before']) ? 'TIME' : 'DATE'),
    value: (m) => {
      const rel = m.groups['rel'];
      const step = rel === undefined || /^эт/i.test(rel) ? undefined : stepOf(rel) < 0 ? -1 : 1;
      const day = weekdayValue(weekdayNumber(m.groups['wd']), m.reference, step, tense(m));
      const partWord = (m.groups['part'] ?? m.groups['before'])?.toLowerCase();
      return partWord ? `${day}T${partsOfDay[partWord] ?? 'MO'}` : day;
    },
  },
  // "на прошлой неделе", "в этом году", "в следующем месяце", "прошлого века".
  {
    pattern: pattern(
      `${ws}(?<t>(?<rel>${relative})\\s+(?<unit>год(?:у|а|ом)?|месяц(?:е|а|ем)?|недел(?:е|и|ю|я)|выходн(?:ые|ых)|квартал(?:е|а)?|десятилети(?:е|и|я)|век(?:е|а)?))${we}`,
    ),
    value: (m) => {
      const word = (m.groups['unit'] ?? '').toLowerCase();
      const u: Unit = /^год/.test(word)
        ? 'year'
        : /^месяц/.test(word)
          ? 'month'
          : /^недел/.test(word)
            ? 'week'
            : /^выходн/.test(word)
              ? 'weekend'
              : /^квартал/.test(word)
                ? 'quarter'
                : /^десят/.test(word)
                  ? 'decade'
                  : 'century';
      return relativeUnitValue(u, stepOf(m.groups['rel']), m.reference, tense(m));
    },
  },
  // "начала года", "конца месяца": the current unit, widened by the modifier before it ("с начала года").
  {
    pattern: pattern(
      `${ws}(?:начал[аеу]|конц[аеу]|середин[аеуы]|исход[ае])\\s+(?<t>(?<unit>года|месяца|недели))${we}(?!\\s+\\d)`,
    ),
    value: (m) => {
      const word = (m.groups['unit'] ?? '').toLowerCase();
      return relativeUnitValue(
        word === 'года' ? 'year' : word === 'месяца' ? 'month' : 'week',
        0,
        m.reference,
        tense(m),
      );
    },
  },
  // "два года назад", "неделю назад", "несколько лет назад".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?:(?<n>${count})|(?<vague>несколько|нескольких|много))\\s+)?(?<unit>${unit}|полгода)\\s+(?:тому\\s+)?назад)${we}`,
    ),
    value: (m) => {
      if (m.groups['vague']) return 'PAST_REF';
      if (/^полгода$/i.test(m.groups['unit'] ?? '')) return offsetValue(6, 'month', -1, m.reference);
      const n = m.groups['n'] === undefined ? 1 : parseCount(m.groups['n'], numbers);
      if (n === undefined || !Number.isInteger(n)) return 'PAST_REF';
      return offsetValue(n, unitOf(m.groups['unit']), -1, m.reference);
    },
  },
  // Durations: "два года", "более 10 лет", "несколько месяцев", "полгода", "13-летней".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?<approx>около|почти|более|больше|менее|меньше|свыше|примерно|порядка|приблизительно|целых)\\s+)?(?:(?:(?<n>${count})|(?<vague>несколько|нескольких|несколькими|много|многих|многие|многими))\\s+(?<unit>${unit})|(?<half>полгода|полугода))${we}(?!\\s+(?:тому\\s+)?назад))`,
    ),
    type: 'DURATION',
    value: (m) => {
      if (m.groups['half']) return 'P6M';
      if (m.groups['vague']) return durationOf(undefined, unitOf(m.groups['unit']));
      return durationOf(parseCount(m.groups['n'], numbers), unitOf(m.groups['unit']));
    },
  },
  {
    pattern: pattern(`${ws}(?<t>(?<n>\\d{1,3})-(?:летн|месячн|недельн|дневн)\\p{L}*)`),
    type: 'DURATION',
    value: (m) => {
      const n = Number(m.groups['n']);
      const word = m.text.slice(m.start, m.end).toLowerCase();
      return durationOf(
        n,
        word.includes('летн') ? 'year' : word.includes('месяч') ? 'month' : word.includes('недел') ? 'week' : 'day',
      );
    },
  },
  // Decades: "1990-х годах", "90-е годы", "2010-е".
  {
    pattern: pattern(`${ws}(?<t>(?<dec>\\d{3})0-?(?:е|х|ые|ых|м)(?:\\s+год(?:ы|ах|ов|ами))?)${we}`),
    value: (m) => m.groups['dec'] ?? null,
  },
  {
    pattern: pattern(`${ws}(?<t>(?<tens>[1-9]0)-?(?:е|х|ые|ых)(?:\\s+год(?:ы|ах|ов|ами))?)${we}`),
    value: (m) => decadeValue(Number(m.groups['tens']), m.reference),
  },
  // Centuries: "XX веке", "21-го века".
  {
    pattern: pattern(`${ws}(?<t>(?<c>[IVXL]{1,6}|\\d{1,2})(?:-?(?:м|го|й|ом))?\\s+век(?:а|е|ом)?)${we}`),
    value: (m) => {
      const c = m.groups['c'] ?? '';
      return centuryValue(/^\d+$/.test(c) ? Number(c) : (romanNumber(c) ?? 0));
    },
  },
  // Years: the first of a range "2015–2016 годах", then "1944 году", "2024 г.", "2024-м", "с 2015 по 2017".
  {
    pattern: pattern(`${ws}(?<t>(?<y>\\d{4}))(?=\\s*[-–—]\\s*\\d{4}\\s*(?:год|гг))`),
    value: (m) => m.groups['y'] ?? null,
  },
  {
    pattern: pattern(
      `${ws}(?<t>(?<y>\\d{4})(?:\\s*(?:года|году|год|годом|годах|годы|годов|гг?\\.?)(?![\\p{L}])|-(?:го|м|й|му|ом)${we}))`,
    ),
    value: (m) => m.groups['y'] ?? null,
  },
  {
    pattern: pattern(
      `${ws}(?:с|со|по|до|в|во|к|от|после|около|между|и|начиная\\s+с|вплоть\\s+до)\\s+(?<t>(?<y>(?:1[89]|20)\\d\\d))(?=\\s*(?:[,.;:)!?—–-]|$)|\\s+(?:и|по|до|или|а|но)\\s)`,
    ),
    value: (m) => m.groups['y'] ?? null,
  },
  // Anaphora: "в тот же день", "на следующий день", "накануне", "в том же году".
  {
    pattern: pattern(`${ws}(?<t>(?:тот\\s+же|тот|этот)\\s+день)${we}`),
    value: (_m, anchor) => anaphoricDay(anchor, 0),
  },
  {
    pattern: pattern(`${ws}(?<t>следующий\\s+день)${we}`),
    value: (_m, anchor) => anaphoricDay(anchor, 1),
  },
  {
    pattern: pattern(`${ws}(?<t>накануне)(?=\\s*[,.;—]|\\s+(?:вечером|утром))`),
    value: (_m, anchor) => anaphoricDay(anchor, -1),
  },
  {
    pattern: pattern(`${ws}(?<t>том\\s+же\\s+году)${we}`),
    value: (_m, anchor) => pad(anaphoricYear(anchor), 4),
  },
  // Vague references to the present, past and future.
  {
    pattern: pattern(
      `${ws}(?<t>сейчас|ныне|теперь|настоящее\\s+время|данный\\s+момент|сегодняшний\\s+день|нынешнее\\s+время)${we}`,
    ),
    value: () => 'PRESENT_REF',
  },
  {
    pattern: pattern(
      `${ws}(?<t>недавно|последнее\\s+время|последние\\s+(?:годы|месяцы|недели|дни)|прошлом(?!\\s+(?:году|месяце|веке|десятилетии)))${we}`,
    ),
    value: () => 'PAST_REF',
  },
  {
    pattern: pattern(`${ws}(?<t>(?:ближайшем\\s+)?будущем(?!\\s+(?:году|месяце|веке))|ближайшее\\s+время)${we}`),
    value: () => 'FUTURE_REF',
  },
];

/** Russian dates: chrono-node's `ru` locale for calendar dates and clock times, our rules for the rest. */
export const russian: DateGrammar = {
  chrono: {
    parser: chrono.ru.casual,
    options: {
      leadingWords: /^(?:(?:в|во|на|с|со|к|по|до|от|после|около)\s+)+/iu,
      calendarLike: new RegExp(
        `${month}|\\b(?:янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`,
        'iu',
      ),
    },
  },
  rules,
  modifier: /(?:(?:в|к|до|с|со|по)\s+)?(начал[еау]|конц[еау]|середин[еыу]|исход[еа])\s+$/diu,
};
