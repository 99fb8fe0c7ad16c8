import * as chrono from 'chrono-node';
import { formatMonth, pad } from '../calendar.ts';
import { yearOfPeriod } from '../periods.ts';
import type { Tense } from '../types.ts';
import type { DateGrammar, FoldedText } from './grammar.ts';
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
  steppedMonthValue,
  weekdayValue,
  type PartOfDay,
  type Unit,
} from './resolve.ts';
import {
  alternation,
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
 * Arabic. chrono-node's `ar` locale reads a day and one month name ("15 أكتوبر 2024") and clock
 * times, but not the two month names written together ("ديسمبر/كانون الأول"), prefixes attached to the
 * day ("بـ8 ديسمبر"), Persian digits, "عام 2024" or "2024م"; so the rules below read dates themselves
 * and chrono-node is kept for clock times and what it shares with them. The rules run on a folded
 * copy of the text (Western digits, one alef, no diacritics or tatweel) and their spans map back.
 */

/** Folds the text for matching: Eastern Arabic and Persian digits → 0–9, أ إ آ ٱ → ا, diacritics and tatweel dropped. */
export function foldArabic(text: string): FoldedText {
  let folded = '';
  const original: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640) continue;
    let ch = text[i] ?? '';
    if (code >= 0x0660 && code <= 0x0669) ch = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) ch = String(code - 0x06f0);
    else if (code === 0x0623 || code === 0x0625 || code === 0x0622 || code === 0x0671) ch = 'ا';
    folded += ch;
    original.push(i);
  }
  original.push(text.length);
  return { text: folded, original };
}

/** Month names after folding: Gregorian (Egyptian and Gulf spelling, Maghrebi forms) and Syriac (Levant, Iraq). */
const months: [string, number][] = [
  ['يناير|جانفي', 1],
  ['فبراير|فيفري', 2],
  ['مارس', 3],
  ['ابريل|افريل', 4],
  ['مايو|ماي', 5],
  ['يونيو|يونيه|جوان', 6],
  ['يوليو|يوليه|جويلية|يوليوز', 7],
  ['اغسطس|اوت|غشت', 8],
  ['سبتمبر|شتنبر', 9],
  ['اكتوبر', 10],
  ['نوفمبر|نونبر', 11],
  ['ديسمبر|دجنبر', 12],
  ['كانون\\s+الثاني', 1],
  ['شباط', 2],
  ['اذار', 3],
  ['نيسان', 4],
  ['ايار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['اب', 8],
  ['ايلول', 9],
  ['تشرين\\s+الاول', 10],
  ['تشرين\\s+الثاني', 11],
  ['كانون\\s+الاول', 12],
];
const month = alternation(months.flatMap(([forms]) => forms.split('|')));
/** One month, or both its names together: "ديسمبر/كانون الأول", "كانون الأول (ديسمبر)". */
const monthPair = `(?<mo>${month})(?:\\s*(?:/|\\(|-|–)\\s*(?<mo2>${month})\\s*\\)?)?${we}`;

function monthNumber(word: string | undefined): number {
  return months.find(([forms]) => wordTest([forms]).test(word ?? ''))?.[1] ?? 1;
}

const weekdays: [string, number][] = [
  ['الاحد', 0],
  ['الاثنين', 1],
  ['الثلاثاء', 2],
  ['الاربعاء', 3],
  ['الخميس', 4],
  ['الجمعة|الجمعه', 5],
  ['السبت', 6],
];
const weekday = weekdays.map(([forms]) => forms).join('|');
const weekdayNumber = (word: string | undefined): number =>
  weekdays.find(([forms]) => wordTest([forms]).test(word ?? ''))?.[1] ?? 1;

/** Attached conjunctions and prepositions (و، ف، ب، ل، ك), which stay outside the span: "وفي 15 أكتوبر", "بـ8 ديسمبر". */
const proclitic = `${ws}(?:[وف]?[بلك]?)`;

const numbers: NumberWords = [
  ['واحد|واحدة', 1],
  ['اثنين|اثنان|اثنتين|اثنتان', 2],
  ['ثلاثة|ثلاث', 3],
  ['اربعة|اربع', 4],
  ['خمسة|خمس', 5],
  ['ستة|ست', 6],
  ['سبعة|سبع', 7],
  ['ثمانية|ثماني|ثمان', 8],
  ['تسعة|تسع', 9],
  ['عشرة|عشر', 10],
  ['احد\\s+عشر|احدى\\s+عشرة', 11],
  ['اثنا\\s+عشر|اثني\\s+عشر|اثنتي\\s+عشرة', 12],
  ['ثلاثة\\s+عشر|ثلاث\\s+عشرة', 13],
  ['اربعة\\s+عشر|اربع\\s+عشرة', 14],
  ['خمسة\\s+عشر|خمس\\s+عشرة', 15],
  ['عشرين|عشرون', 20],
  ['ثلاثين|ثلاثون', 30],
  ['خمسين|خمسون', 50],
  ['مئة|مائة', 100],
];
const count = countPattern([...numbers].sort((a, b) => b[0].length - a[0].length));

/** Unit nouns: singular, accusative after 11–99 ("13 عاما"), dual (2) and plural. */
const units: [string, string, Unit][] = [
  ['عام|عاما|اعوام|سنة|سنه|سنوات|سنين', 'عامين|عامان|سنتين|سنتان', 'year'],
  ['شهر|شهرا|اشهر|شهور', 'شهرين|شهران', 'month'],
  ['اسبوع|اسبوعا|اسابيع', 'اسبوعين|اسبوعان', 'week'],
  ['يوم|يوما|ايام', 'يومين|يومان', 'day'],
  ['ساعة|ساعه|ساعات', 'ساعتين|ساعتان', 'hour'],
  ['دقيقة|دقائق', 'دقيقتين|دقيقتان', 'minute'],
  ['عقد|عقدا|عقود', 'عقدين|عقدان', 'decade'],
  ['قرن|قرنا|قرون', 'قرنين|قرنان', 'century'],
];
const unit = alternation(units.flatMap(([forms]) => forms.split('|')));
const dualUnit = alternation(units.flatMap(([, duals]) => duals.split('|')));
const unitOf = (word: string | undefined): Unit =>
  units.find(([forms, duals]) => wordTest([forms, duals]).test(word ?? ''))?.[2] ?? 'year';

const past = 'الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|السابق|السابقة';
const current = 'الجاري|الجارية|الحالي|الحالية';
const next = 'المقبل|المقبلة|القادم|القادمة';
const stepOf = (word: string | undefined): number =>
  wordTest([past]).test(word ?? '') ? -1 : wordTest([next]).test(word ?? '') ? 1 : 0;
/** "من العام الماضي", "العام الحالي", "العام نفسه": a year relative to now or to the last date. */
const relativeYear = `(?:من\\s+)?(?:العام|السنة)\\s+(?<yrel>${past}|${current}|${next}|نفسه|نفسها|ذاته|ذاتها)`;

const partsOfDay: Record<string, PartOfDay> = {
  صباح: 'MO',
  فجر: 'MO',
  ظهر: 'MI',
  ظهيرة: 'MI',
  عصر: 'AF',
  مساء: 'EV',
  ليل: 'NI',
  ليلة: 'NI',
};
const part = alternation(Object.keys(partsOfDay));

const markers = {
  future: wordTest([
    'سوف|المقبل|المقبلة|القادم|القادمة|المقرر|المتوقع|المزمع|يعتزم|تعتزم|ينوي|تنوي|غدا',
    // The future prefix س on an imperfect verb ("سيزور", "ستبدأ"), but not nouns that begin the same way.
    '(?!سيا|سيط|سيد|سيار|سين|سيول|سيف|ستار|ستة|ستين|سنة|سنه|سنو|سنين)س[يتن]\\p{L}{3,}',
  ]),
  past: wordTest([
    '[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|اكد|اكدت|افاد|افادت|كان|كانت|جرى|جرت|تم|وقع|وقعت|شهد|شهدت|اندلع|اندلعت|قتل|قتلت|اجرى|اجرت|عقد|عقدت|زار|زارت|التقى|التقت|اصدر|اصدرت|وصل|وصلت|بدا|بدات|سقط|سقطت|ضرب|ضربت|دخل|دخلت|غادر|غادرت)',
  ]),
};
const tense = (m: RuleMatch): Tense => tenseByMarkers(m.text, m.start, m.end, markers);

/** Year for a "من العام الماضي" phrase. */
function yearOfPhrase(rel: string, m: RuleMatch, lastYear: number): number {
  return /^(?:نفس|ذات)/.test(rel) ? lastYear : m.reference.year + stepOf(rel);
}

/** The month of a pair, when both names are the same month (else the pair is two months and the first counts). */
const pairMonth = (m: RuleMatch): number => monthNumber(m.groups['mo']);

/** A bare month is a month after a temporal word, after "شهر", or written as a pair; "مارس" alone is also a verb. */
const monthLead =
  /(?:^|[^\p{L}])[وف]?(?:في|منذ|حتى|خلال|بحلول|قبل|بعد|مطلع|اواخر|اوائل|نهاية|بداية|منتصف|اواسط|مستهل|شهر|شهري)\s+$/u;

const centuries: [string, number][] = [
  ['السابع\\s+عشر', 17],
  ['الثامن\\s+عشر', 18],
  ['التاسع\\s+عشر', 19],
  ['العشرين', 20],
  ['الحادي\\s+والعشرين', 21],
];
const decadeWords: [string, number][] = [
  ['عشرين', 20],
  ['ثلاثين', 30],
  ['اربعين', 40],
  ['خمسين', 50],
  ['ستين', 60],
  ['سبعين', 70],
  ['ثمانين', 80],
  ['تسعين', 90],
];

const rules: Rule[] = [
  // Day, month (one name or both), optional year: "الأحد 8 ديسمبر/كانون الأول 2024", "15 أكتوبر الماضي", "3 مارس من العام الماضي".
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:(?:يوم\\s+)?(?:${weekday})\\s*[،,]?\\s*(?:الموافق\\s+)?)?(?<d>\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?${monthPair}(?:\\s*[،,]?\\s*(?:(?:من\\s+)?(?:ال)?(?:عام|سنة)\\s*)?(?<y>\\d{4})(?:\\s*م(?![\\p{L}]))?|\\s+${relativeYear}|\\s+(?<rel>${past}|${current}|${next}))?)(?!\\d)`,
    ),
    value: (m, anchor) => {
      const day = Number(m.groups['d']);
      const mo = pairMonth(m);
      if (m.groups['y']) return calendarDay(Number(m.groups['y']), mo, day);
      if (m.groups['yrel']) return calendarDay(yearOfPhrase(m.groups['yrel'], m, anaphoricYear(anchor)), mo, day);
      const step = m.groups['rel'] === undefined ? undefined : stepOf(m.groups['rel']);
      if (step === 0) return calendarDay(m.reference.year, mo, day);
      if (step !== undefined) return dayMonthValue(day, mo, m.reference, step < 0 ? 'past' : 'future');
      // Without "الماضي"/"المقبل" the clause's tense picks the side; without one, the nearest date.
      const clause = tense(m);
      return dayMonthValue(day, mo, m.reference, clause === 'unknown' ? 'nearest' : clause);
    },
  },
  // "الأول من نيسان/أبريل": the first of a month, written out.
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:ال)?اول\\s+من\\s+(?:شهر\\s+)?${monthPair}(?:\\s*[،,]?\\s*(?:(?:من\\s+)?(?:ال)?(?:عام|سنة)\\s*)?(?<y>\\d{4}))?)(?!\\d)`,
    ),
    value: (m) =>
      m.groups['y']
        ? calendarDay(Number(m.groups['y']), pairMonth(m), 1)
        : dayMonthValue(1, pairMonth(m), m.reference, 'nearest'),
  },
  // Quarters and halves: "الربع الرابع من 2025", "الربع الأول من العام الجاري", "النصف الأول من العام".
  {
    pattern: pattern(
      `${proclitic}(?<t>(?<q>الربع|النصف)\\s+(?<ord>الاول|الثاني|الثالث|الرابع|الاخير)(?:\\s+(?:من\\s+)?(?:(?:ال)?(?:عام|سنة)\\s*)?(?<y>\\d{4})|\\s+${relativeYear}|\\s+(?:من\\s+)?(?<this>العام|السنة))?)${we}`,
    ),
    value: (m, anchor) => {
      const half = m.groups['q'] === 'النصف';
      const n = { الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4 }[m.groups['ord'] ?? ''] ?? (half ? 2 : 4);
      const first = half ? n * 6 - 5 : n * 3 - 2;
      let year: number;
      if (m.groups['y']) year = Number(m.groups['y']);
      else if (m.groups['yrel']) year = yearOfPhrase(m.groups['yrel'], m, anaphoricYear(anchor));
      else if (m.groups['this']) year = m.reference.year;
      else year = yearOfPeriod(first, first + (half ? 5 : 2), m.reference, tense(m) === 'future' ? 'future' : 'past');
      return `${pad(year, 4)}-${half ? 'H' : 'Q'}${n}`;
    },
  },
  // Month and year: "ديسمبر/كانون الأول 2024", "شهر مارس من عام 2011", "أكتوبر من العام الماضي".
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:شهر\\s+)?${monthPair}(?:\\s*[،,]?\\s*(?:من\\s+)?(?:(?:ال)?(?:عام|سنة)\\s*)?(?<y>\\d{4})(?:\\s*م(?![\\p{L}]))?|\\s+${relativeYear}))(?!\\d)`,
    ),
    value: (m, anchor) => {
      const year = m.groups['y']
        ? Number(m.groups['y'])
        : yearOfPhrase(m.groups['yrel'] ?? '', m, anaphoricYear(anchor));
      return formatMonth(year, pairMonth(m));
    },
  },
  // "ديسمبر الماضي", "مارس المقبل".
  {
    pattern: pattern(`${proclitic}(?<t>(?:شهر\\s+)?${monthPair}\\s+(?<rel>${past}|${current}|${next}))${we}`),
    value: (m) => {
      const step = stepOf(m.groups['rel']);
      return step === 0
        ? formatMonth(m.reference.year, pairMonth(m))
        : steppedMonthValue(pairMonth(m), m.reference, step < 0 ? -1 : 1);
    },
  },
  // A month alone, in a temporal frame: "في ديسمبر", "منذ آذار", "شهر أكتوبر".
  {
    pattern: pattern(`${proclitic}(?<t>(?:شهر\\s+)?${monthPair})(?!\\s*\\d)`),
    accept: (m) =>
      m.groups['mo2'] !== undefined ||
      /^شهر/.test(m.text.slice(m.start)) ||
      monthLead.test(m.text.slice(Math.max(0, m.start - 20), m.start)),
    value: (m) => monthValue(pairMonth(m), m.reference, tense(m)),
  },
  // Weekdays: "يوم الاثنين", "الأربعاء", "اليوم الأربعاء" (today, a Wednesday), "مساء الجمعة", "الخميس الماضي".
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:(?<part>${part})\\s+)?(?:(?<today>اليوم)\\s+|يوم\\s+)?(?<wd>${weekday})(?:\\s+(?<rel>${past}|${next}))?)${we}`,
    ),
    type: (g) => (g['part'] ? 'TIME' : 'DATE'),
    value: (m) => {
      const rel = m.groups['rel'];
      const step = rel === undefined ? undefined : stepOf(rel) < 0 ? -1 : 1;
      const day = weekdayValue(weekdayNumber(m.groups['wd']), m.reference, m.groups['today'] ? 0 : step, tense(m));
      const p = m.groups['part'];
      return p ? `${day}T${partsOfDay[p] ?? 'MO'}` : day;
    },
  },
  // "اليوم", "أمس", "غداً", "أول أمس", "بعد غد", "مساء أمس", "صباح اليوم".
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:(?<part>${part})\\s+)?(?<w>اليوم|امس|الامس|غدا|الغد|اول\\s+(?:من\\s+)?امس|بعد\\s+غد))${we}(?!\\s+(?:التالي|نفسه|ذاته|السابق|الاول|الثاني|الثالث|الاخير|الوطني|العالمي|الدولي))`,
    ),
    type: (g) => (g['part'] && !/اليوم/.test(g['w'] ?? '') ? 'TIME' : 'DATE'),
    value: (m) => {
      const w = m.groups['w'] ?? '';
      const offset = /^اول/.test(w) ? -2 : /^بعد/.test(w) ? 2 : /امس/.test(w) ? -1 : /غد/.test(w) ? 1 : 0;
      const day = dayFromReference(m.reference, offset);
      const p = m.groups['part'];
      return p ? `${day}T${partsOfDay[p] ?? 'MO'}` : day;
    },
  },
  // "الليلة" (tonight), "الليلة الماضية" (last night).
  {
    pattern: pattern(`${proclitic}(?<t>الليلة(?:\\s+(?<rel>الماضية|الفائتة))?)${we}`),
    value: (m) => `${dayFromReference(m.reference, m.groups['rel'] ? -1 : 0)}TNI`,
  },
  // "عطلة نهاية الأسبوع الماضي" (last weekend).
  {
    pattern: pattern(`${proclitic}(?<t>(?:عطلة\\s+)?نهاية\\s+الاسبوع(?:\\s+(?<rel>${past}|${current}|${next}))?)${we}`),
    value: (m) => relativeUnitValue('weekend', stepOf(m.groups['rel']), m.reference, tense(m)),
  },
  // "العام الماضي", "الشهر الجاري", "الأسبوع المقبل", "هذا العام", "القرن الماضي".
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:(?<this>هذا|هذه)\\s+)?(?<unit>العام|السنة|الشهر|الاسبوع|العقد|القرن)(?:\\s+(?<rel>${past}|${current}|${next}))?)${we}`,
    ),
    accept: (m) => m.groups['this'] !== undefined || m.groups['rel'] !== undefined,
    value: (m) => {
      const word = m.groups['unit'] ?? '';
      const u: Unit = /عام|سنة/.test(word)
        ? 'year'
        : /شهر/.test(word)
          ? 'month'
          : /اسبوع/.test(word)
            ? 'week'
            : /عقد/.test(word)
              ? 'decade'
              : 'century';
      return relativeUnitValue(u, stepOf(m.groups['rel']), m.reference, tense(m));
    },
  },
  // Ago: "قبل عامين", "قبل ثلاثة أيام", "قبل نحو أسبوع"; "قبل عام 2011" is a year, not an ago, and
  // "قبل يومين من زيارة" is two days before the visit, not before today.
  {
    pattern: pattern(
      `${proclitic}(?<t>قبل\\s+(?:(?:نحو|حوالي|قرابة|زهاء)\\s+)?(?:(?:(?<n>${count})|(?<vague>بضعة|بضع|عدة))\\s+(?<unit>${unit})|(?<dual>${dualUnit})|(?<single>${unit})))${we}(?!\\s*\\d)(?!\\s+(?:من|على)\\s)`,
    ),
    value: (m) => {
      if (m.groups['vague']) return 'PAST_REF';
      if (m.groups['dual']) return offsetValue(2, unitOf(m.groups['dual']), -1, m.reference);
      if (m.groups['single']) {
        // A bare plural ("قبل سنوات") is a vague past; a singular is one unit.
        if (/^(?:اعوام|سنوات|سنين|اشهر|شهور|اسابيع|ايام|ساعات|عقود|قرون|دقائق)$/.test(m.groups['single']))
          return 'PAST_REF';
        return offsetValue(1, unitOf(m.groups['single']), -1, m.reference);
      }
      const n = parseCount(m.groups['n'], numbers);
      return n === undefined || !Number.isInteger(n)
        ? 'PAST_REF'
        : offsetValue(n, unitOf(m.groups['unit']), -1, m.reference);
    },
  },
  // Durations: "عامين", "ثلاث سنوات", "13 عاماً", "نحو خمسة أشهر", "عدة سنوات".
  {
    pattern: pattern(
      `(?<!قبل\\s+(?:(?:نحو|حوالي|قرابة|زهاء)\\s+)?)${proclitic}(?<t>(?:(?:نحو|حوالي|قرابة|زهاء|اكثر\\s+من|اقل\\s+من|ما\\s+يقرب\\s+من|ما\\s+يزيد\\s+(?:عن|على))\\s+)?(?:(?<n>${count})\\s+(?<unit>${unit})|(?<dual>${dualUnit})|(?<vague>بضعة|بضع|عدة)\\s+(?<vunit>${unit})))${we}(?!\\s*\\d)`,
    ),
    type: 'DURATION',
    value: (m) => {
      if (m.groups['dual']) return durationOf(2, unitOf(m.groups['dual']));
      if (m.groups['vague']) return durationOf(undefined, unitOf(m.groups['vunit']));
      return durationOf(parseCount(m.groups['n'], numbers), unitOf(m.groups['unit']));
    },
  },
  // One unit for a stretch of time: "لمدة عام", "طيلة شهر".
  {
    pattern: pattern(
      `${ws}(?:[وف]?(?:لمدة|مدة|طيلة|طوال))\\s+(?<t>(?<unit>عام|سنة|شهر|اسبوع|يوم|ساعة|عقد))${we}(?!\\s*\\d)`,
    ),
    type: 'DURATION',
    value: (m) => durationOf(1, unitOf(m.groups['unit'])),
  },
  // Uncounted plurals after "منذ", "طوال" or "ل": "منذ سنوات", "لعقود".
  {
    pattern: pattern(
      `${ws}(?:[وف]?منذ\\s+|[وف]?طوال\\s+|[وف]?ل)(?<t>(?<unit>سنوات|اعوام|سنين|عقود|اشهر|شهور|اسابيع))${we}`,
    ),
    type: 'DURATION',
    value: (m) => durationOf(undefined, unitOf(m.groups['unit'])),
  },
  // Years: "عام 2024", "العام 1944", "سنة 2011", "عامي 2015 و2016", "2024م", "في 1944", "منذ 2011".
  {
    pattern: pattern(`${proclitic}(?<t>(?:ال)?(?:عام|عامي|سنة|سنتي)\\s+(?<y>\\d{4})(?:\\s*م(?![\\p{L}]))?)(?!\\d)`),
    value: (m) => m.groups['y'] ?? null,
  },
  {
    pattern: pattern(`${proclitic}(?<t>(?<y>\\d{4})\\s*م)(?![\\p{L}\\p{N}])`),
    value: (m) => m.groups['y'] ?? null,
  },
  {
    pattern: pattern(
      `(?:${ws}[وف]?(?:في|منذ|حتى|قبل|بعد|خلال|بين|بحلول|مطلع|اواخر|اوائل|نهاية|بداية|منتصف|اواسط|الى|الي|عن|من)\\s+|(?<=\\d{4}\\s*(?:و|-|–|الى|حتى)\\s*))(?<t>(?<y>(?:1[89]|20)\\d\\d))(?![\\p{L}\\p{N}%]|\\s*(?:شخص|جندي|مقاتل|دولار|يورو|كيلومتر|كلم|كم|متر|طن|برميل|قتيل|منزل|عائلة|لاجئ|نازح|مدني|%))`,
    ),
    value: (m) => m.groups['y'] ?? null,
  },
  // Decades: "التسعينيات", "ثمانينيات القرن الماضي".
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:ال)?(?<dec>${decadeWords.map(([w]) => w).join('|')})(?:ي)?ات(?:\\s+(?:من\\s+)?القرن\\s+(?<c>الماضي|العشرين))?)${we}`,
    ),
    value: (m) => {
      const tens = decadeWords.find(([w]) => w === m.groups['dec'])?.[1] ?? 90;
      return m.groups['c'] ? `19${tens / 10}` : decadeValue(tens, m.reference);
    },
  },
  // Centuries: "القرن العشرين", "القرن التاسع عشر".
  {
    pattern: pattern(`${proclitic}(?<t>القرن\\s+(?<c>${centuries.map(([w]) => w).join('|')}))${we}`),
    value: (m) => centuryValue(centuries.find(([w]) => wordTest([w]).test(m.groups['c'] ?? ''))?.[1] ?? 0),
  },
  // Anaphora: "اليوم التالي", "في اليوم نفسه", "ذلك اليوم", "العام التالي", "العام نفسه".
  {
    pattern: pattern(`${proclitic}(?<t>اليوم\\s+(?<w>التالي|نفسه|ذاته|السابق)|(?:نفس|ذات|ذلك)\\s+اليوم)${we}`),
    value: (m, anchor) => anaphoricDay(anchor, m.groups['w'] === 'التالي' ? 1 : m.groups['w'] === 'السابق' ? -1 : 0),
  },
  {
    pattern: pattern(
      `${proclitic}(?<t>(?:العام|السنة)\\s+(?<w>التالي|التالية|نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات|ذلك)\\s+(?:العام|السنة))${we}`,
    ),
    value: (m, anchor) => pad(anaphoricYear(anchor) + (/^التالي/.test(m.groups['w'] ?? '') ? 1 : 0), 4),
  },
  // Vague references to the present, past and future.
  {
    pattern: pattern(`${proclitic}(?<t>الان|حاليا|الوقت\\s+(?:الحالي|الراهن|الحاضر))${we}`),
    value: () => 'PRESENT_REF',
  },
  {
    pattern: pattern(
      `${proclitic}(?<t>مؤخرا|الاونة\\s+الاخيرة|(?:السنوات|الاعوام|الاشهر|الشهور|الاسابيع|الايام)\\s+(?:الاخيرة|الماضية))${we}`,
    ),
    value: () => 'PAST_REF',
  },
  {
    pattern: pattern(`${ws}[وف]?في\\s+(?<t>المستقبل(?:\\s+القريب)?)${we}`),
    value: () => 'FUTURE_REF',
  },
  {
    pattern: pattern(
      `${proclitic}(?<t>قريبا|(?:السنوات|الاعوام|الاشهر|الشهور|الاسابيع|الايام)\\s+(?:المقبلة|القادمة))${we}`,
    ),
    value: () => 'FUTURE_REF',
  },
];

/** Arabic dates: our rules over the folded text, with chrono-node's `ar` locale for clock times. */
export const arabic: DateGrammar = {
  chrono: {
    parser: chrono.ar.casual,
    options: {
      leadingWords: /^(?:[وف]?(?:في|منذ|حتى|يوم)\s+)+/u,
      calendarLike: new RegExp(`(?:${month})|\\d{1,2}/\\d{1,2}/\\d{2,4}`, 'u'),
    },
  },
  rules,
  modifier:
    /(?:[وف]?(?:في|حتى|منذ|مع|قبل|بعد)\s+)?[وف]?[بلك]?((?:مطلع|اواخر|اوائل|نهاية|بداية|منتصف|اواسط|ختام|مستهل)(?:\s+(?:شهر|عام|العام|سنة))?)\s+$/du,
  fold: foldArabic,
};
