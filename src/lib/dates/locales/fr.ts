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
 * French. chrono-node's `fr` locale reads "le 15 octobre 2024", "dimanche 8 décembre" and "à 14h30";
 * it misses "en décembre 2024", years ("en 1944"), "décembre dernier", "fin 2024", and resolves bare
 * weekdays forward, so those are rules here.
 */

const months: [string, number][] = [
  ['janvier', 1],
  ['f[ée]vrier', 2],
  ['mars', 3],
  ['avril', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7],
  ['ao[uû]t', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['d[ée]cembre', 12],
];
const month = formsOf(months);
const weekdays: [string, number][] = [
  ['dimanche', 0],
  ['lundi', 1],
  ['mardi', 2],
  ['mercredi', 3],
  ['jeudi', 4],
  ['vendredi', 5],
  ['samedi', 6],
];
const weekday = formsOf(weekdays);
const numbers: NumberWords = [
  ['un|une', 1],
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
  ['cinq', 5],
  ['six', 6],
  ['sept', 7],
  ['huit', 8],
  ['neuf', 9],
  ['dix', 10],
  ['onze', 11],
  ['douze', 12],
  ['quinze', 15],
  ['vingt', 20],
  ['trente', 30],
  ['quarante', 40],
  ['cinquante', 50],
  ['cent', 100],
];
const count = countPattern(numbers);
const units: [string, Unit][] = [
  ['ans?|ann[ée]es?', 'year'],
  ['mois', 'month'],
  ['semaines?', 'week'],
  ['jours?|journ[ée]es?', 'day'],
  ['heures?', 'hour'],
  ['minutes?', 'minute'],
  ['d[ée]cennies?', 'decade'],
  ['si[èe]cles?', 'century'],
];
const unit = formsOf(units);
const unitOf = (word: string | undefined): Unit => lookup(units, word) ?? 'year';
const apostrophe = "['’]";

// "précédent" and "suivant" point back at the last date: the anaphora rules below read them.
const past = 'derni[eè]re?|pass[ée]e?';
const next = 'prochaine?';
const stepOf = (word: string | undefined): number =>
  wordTest([past]).test(word ?? '') ? -1 : wordTest([next]).test(word ?? '') ? 1 : 0;
/** "de l'année dernière", "de cette année", "de l'an prochain". */
const relativeYear = `d(?:e\\s+|${apostrophe})(?:l${apostrophe}(?:ann[ée]e|an)\\s+(?<yrel>${past}|${next})|(?<ythis>cette\\s+ann[ée]e))`;

const partsOfDay: [string, PartOfDay][] = [
  ['matin', 'MO'],
  ['midi', 'MI'],
  ['apr[eè]s-midi', 'AF'],
  ['soir|soir[ée]e', 'EV'],
  ['nuit', 'NI'],
];
const part = formsOf(partsOfDay);

const markers = {
  future: wordTest([
    'sera|seront|va|vont|doit|doivent|devrait|devraient|prochaine?|aura|auront|pr[ée]vue?s?|demain|pourrait',
    '\\p{L}{3,}(?:era|ira|dra|tra|ront)',
  ]),
  past: wordTest(['a|ont|avait|avaient|[ée]tait|[ée]taient|fut|furent|hier|derni[eè]re?']),
};
const tense = (m: RuleMatch): Tense => tenseByMarkers(m.text, m.start, m.end, markers);
const monthNumber = (word: string | undefined): number => lookup(months, word) ?? 1;
const day = '(?<d>\\d{1,2}|1er)';
const dayNumber = (m: RuleMatch): number => Number((m.groups['d'] ?? '1').replace(/er$/i, ''));
const yearLead = `(?:en|depuis|d[èe]s|jusqu${apostrophe}en|avant|apr[èe]s|de|à|a|entre|et|vers|d${apostrophe}ici|fin|d[ée]but|mi-|courant|printemps|[ée]t[ée]|automne|hiver)`;

const rules: Rule[] = [
  // "8 décembre dernier", "15 mars de l'année dernière", "3 mai de cette année".
  {
    pattern: pattern(`${ws}(?<t>${day}\\s+(?<mo>${month})(?:\\s+(?<rel>dernier|prochain)|\\s+${relativeYear}))${we}`),
    value: (m) => {
      const mo = monthNumber(m.groups['mo']);
      if (m.groups['rel'])
        return dayMonthValue(dayNumber(m), mo, m.reference, stepOf(m.groups['rel']) < 0 ? 'past' : 'future');
      return calendarDay(m.reference.year + (m.groups['ythis'] ? 0 : stepOf(m.groups['yrel'])), mo, dayNumber(m));
    },
  },
  // "décembre 2024", "décembre dernier", "mars de l'année prochaine".
  {
    pattern: pattern(
      `${ws}(?<t>(?<mo>${month})\\s+(?:(?<y>\\d{4})|(?<rel>dernier|prochain)|${relativeYear}))(?![\\p{L}\\p{N}])`,
    ),
    accept: (m) => !/\d\s*$/u.test(m.text.slice(Math.max(0, m.start - 4), m.start)),
    value: (m) => {
      const mo = monthNumber(m.groups['mo']);
      if (m.groups['y']) return formatMonth(Number(m.groups['y']), mo);
      if (m.groups['rel']) return steppedMonthValue(mo, m.reference, stepOf(m.groups['rel']) < 0 ? -1 : 1);
      return formatMonth(m.reference.year + (m.groups['ythis'] ? 0 : stepOf(m.groups['yrel'])), mo);
    },
  },
  // A month after a temporal word: "en décembre", "depuis mars", "début juin", "mi-juillet", "au mois d'août".
  {
    pattern: pattern(
      `${ws}(?:en|depuis|d[èe]s|jusqu${apostrophe}en|d${apostrophe}ici|fin|d[ée]but|mi-|courant|(?:au\\s+)?mois\\s+d(?:e\\s+|${apostrophe}))\\s*(?<t>(?<mo>${month}))${we}(?!\\s+\\d)`,
    ),
    value: (m) => monthValue(monthNumber(m.groups['mo']), m.reference, tense(m)),
  },
  // Weekdays: "lundi", "lundi dernier", "ce mardi", "jeudi soir".
  {
    pattern: pattern(
      `${ws}(?<t>(?:(?<this>ce)\\s+)?(?<wd>${weekday})(?:\\s+(?<rel>dernier|prochain|pass[ée]))?(?:\\s+(?<part>${part}))?)${we}`,
    ),
    type: (g) => (g['part'] ? 'TIME' : 'DATE'),
    value: (m) => {
      const rel = m.groups['rel'];
      const step = rel === undefined ? undefined : stepOf(rel) < 0 ? -1 : 1;
      const d = weekdayValue(lookup(weekdays, m.groups['wd']) ?? 1, m.reference, step, tense(m));
      const p = lookup(partsOfDay, m.groups['part']);
      return p ? `${d}T${p}` : d;
    },
  },
  // "aujourd'hui", "hier soir", "demain matin", "avant-hier".
  {
    pattern: pattern(
      `${ws}(?<t>(?<w>aujourd${apostrophe}hui|avant-hier|apr[èe]s-demain|hier|demain)(?:\\s+(?<part>${part}))?)${we}`,
    ),
    type: (g) => (g['part'] ? 'TIME' : 'DATE'),
    value: (m) => {
      const w = (m.groups['w'] ?? '').toLowerCase();
      const offset = w.startsWith('avant') ? -2 : w.startsWith('apr') ? 2 : w === 'hier' ? -1 : w === 'demain' ? 1 : 0;
      const d = dayFromReference(m.reference, offset);
      const p = lookup(partsOfDay, m.groups['part']);
      return p ? `${d}T${p}` : d;
    },
  },
  // "ce matin", "ce soir", "cette nuit", "cet après-midi".
  {
    pattern: pattern(`${ws}(?<t>(?:ce|cet|cette)\\s+(?<part>${part}))${we}`),
    value: (m) => `${dayFromReference(m.reference, 0)}T${lookup(partsOfDay, m.groups['part']) ?? 'MO'}`,
  },
  // "l'année dernière", "le mois prochain", "la semaine passée", "cette année", "ce week-end".
  {
    pattern: pattern(
      `${ws}(?<t>(?:l${apostrophe}(?<u1>ann[ée]e|an)|le\\s+(?<u2>mois|trimestre|week-end|si[èe]cle)|la\\s+(?<u3>semaine|d[ée]cennie))\\s+(?<rel>${past}|${next}))${we}`,
    ),
    value: (m) => relativeUnitValue(frenchUnit(m), stepOf(m.groups['rel']), m.reference, tense(m)),
  },
  {
    pattern: pattern(
      `${ws}(?<t>(?:cette|cet|ce)\\s+(?<u1>ann[ée]e|an|mois|semaine|week-end|trimestre|si[èe]cle)(?:-ci)?)${we}(?!-l[àa])`,
    ),
    value: (m) => relativeUnitValue(frenchUnit(m), 0, m.reference, tense(m)),
  },
  // Quarters: "le premier trimestre 2025", "au troisième trimestre de l'année dernière".
  {
    pattern: pattern(
      `${ws}(?<t>(?:le\\s+)?(?<ord>premier|1er|deuxi[èe]me|second|2e|troisi[èe]me|3e|quatri[èe]me|4e|dernier)\\s+trimestre(?:\\s+(?:de\\s+)?(?<y>\\d{4})|\\s+${relativeYear})?)${we}`,
    ),
    value: (m) => {
      const ord = (m.groups['ord'] ?? '').toLowerCase();
      const q = /^(?:premier|1er)$/.test(ord)
        ? 1
        : /^(?:deuxi|second|2e)/.test(ord)
          ? 2
          : /^(?:troisi|3e)/.test(ord)
            ? 3
            : 4;
      let year: number;
      if (m.groups['y']) year = Number(m.groups['y']);
      else if (m.groups['yrel'] || m.groups['ythis'])
        year = m.reference.year + (m.groups['ythis'] ? 0 : stepOf(m.groups['yrel']));
      else year = yearOfPeriod(q * 3 - 2, q * 3, m.reference, tense(m) === 'future' ? 'future' : 'past');
      return `${pad(year, 4)}-Q${q}`;
    },
  },
  // "(la fin de) l'année", "(au début du) mois": the current year or month.
  {
    pattern: pattern(
      `(?<=(?:fin|d[ée]but|milieu|cours|courant)\\s+d(?:e\\s+|u\\s+|${apostrophe}))(?<t>(?:l${apostrophe}(?<u1>ann[ée]e)|(?<u2>mois)))${we}(?!\\s+(?:${past}|${next}|d))`,
    ),
    value: (m) => relativeUnitValue(frenchUnit(m), 0, m.reference, tense(m)),
  },
  // Ago: "il y a deux ans", "il y a un mois", "il y a quelques jours".
  {
    pattern: pattern(
      `${ws}(?<t>il\\s+y\\s+a\\s+(?:(?<n>${count})|(?<vague>quelques|plusieurs))\\s+(?<unit>${unit}))${we}`,
    ),
    value: (m) => {
      if (m.groups['vague']) return 'PAST_REF';
      const n = parseCount(m.groups['n'], numbers);
      return n === undefined || !Number.isInteger(n)
        ? 'PAST_REF'
        : offsetValue(n, unitOf(m.groups['unit']), -1, m.reference);
    },
  },
  // Durations: "deux ans", "près de cinq mois", "plusieurs années", "des années".
  {
    pattern: pattern(
      `(?<!il\\s+y\\s+a\\s+)${ws}(?<t>(?:(?:pr[èe]s\\s+de|environ|plus\\s+de|moins\\s+de|presque)\\s+)?(?:(?<n>${count})|(?<vague>plusieurs|quelques))\\s+(?<unit>${unit}))${we}`,
    ),
    type: 'DURATION',
    value: (m) =>
      durationOf(m.groups['vague'] ? undefined : parseCount(m.groups['n'], numbers), unitOf(m.groups['unit'])),
  },
  {
    pattern: pattern(
      `${ws}(?:depuis|pendant|durant)\\s+(?<t>des\\s+(?<unit>ann[ée]es|mois|semaines|d[ée]cennies))${we}`,
    ),
    type: 'DURATION',
    value: (m) => durationOf(undefined, unitOf(m.groups['unit'])),
  },
  // Decades and centuries: "les années 1990", "années 90", "le XXe siècle".
  {
    pattern: pattern(`${ws}(?<t>(?:les\\s+)?ann[ée]es\\s+(?:(?<dec>\\d{3})0|(?<tens>[1-9]0)))${we}`),
    value: (m) => m.groups['dec'] ?? decadeValue(Number(m.groups['tens']), m.reference),
  },
  {
    pattern: pattern(`${ws}(?<t>(?<c>[IVXL]{1,6}|\\d{1,2})(?:e|è|ème|eme)\\s+si[èe]cle)${we}`),
    value: (m) => {
      const c = m.groups['c'] ?? '';
      return centuryValue(/^\d+$/.test(c) ? Number(c) : (romanNumber(c) ?? 0));
    },
  },
  // Years: "en 1944", "depuis 2015", "l'année 2024", "2015-2016".
  {
    pattern: pattern(`${ws}(?<t>l${apostrophe}(?:ann[ée]e|an)\\s+(?<y>\\d{4}))(?![\\p{L}\\p{N}])`),
    value: (m) => m.groups['y'] ?? null,
  },
  {
    pattern: pattern(
      `(?:${ws}${yearLead}\\s+|(?<=\\d{4}\\s*(?:-|–|et|à)\\s*))(?<t>(?<y>(?:1[89]|20)\\d\\d))(?![\\p{L}\\p{N}%]|\\s*(?:%|personnes|euros|dollars|habitants|morts|soldats|km|kilomètres|mètres|tonnes))`,
    ),
    value: (m) => m.groups['y'] ?? null,
  },
  // Anaphora: "le lendemain", "la veille", "le même jour", "ce jour-là", "cette année-là", "l'année suivante".
  {
    pattern: pattern(
      `${ws}(?<t>(?<w>le\\s+lendemain|la\\s+veille|le\\s+m[êe]me\\s+jour|ce\\s+jour-l[àa]))${we}(?!\\s+d[eu'’])`,
    ),
    value: (m, anchor) => {
      const w = (m.groups['w'] ?? '').toLowerCase();
      return anaphoricDay(anchor, w.includes('lendemain') ? 1 : w.includes('veille') ? -1 : 0);
    },
  },
  {
    pattern: pattern(
      `${ws}(?<t>cette\\s+ann[ée]e-l[àa]|l${apostrophe}ann[ée]e\\s+(?<w>suivante|pr[ée]c[ée]dente))${we}`,
    ),
    value: (m, anchor) =>
      pad(anaphoricYear(anchor) + (m.groups['w'] === undefined ? 0 : /^suiv/i.test(m.groups['w']) ? 1 : -1), 4),
  },
  // Vague references.
  {
    pattern: pattern(`${ws}(?<t>actuellement|maintenant|l${apostrophe}heure\\s+actuelle|[àa]\\s+pr[ée]sent)${we}`),
    value: () => 'PRESENT_REF',
  },
  {
    pattern: pattern(`${ws}(?<t>r[ée]cemment|derni[èe]rement|ces\\s+derni[èe]res\\s+ann[ée]es)${we}`),
    value: () => 'PAST_REF',
  },
  {
    pattern: pattern(
      `${ws}(?<t>l${apostrophe}avenir|prochainement|bient[ôo]t|les\\s+prochain(?:e?s)\\s+(?:jours|semaines|mois|ann[ée]es))${we}`,
    ),
    value: () => 'FUTURE_REF',
  },
];

function frenchUnit(m: RuleMatch): Unit {
  const word = (m.groups['u1'] ?? m.groups['u2'] ?? m.groups['u3'] ?? '').toLowerCase();
  if (/^ann|^an$/.test(word)) return 'year';
  if (word === 'mois') return 'month';
  if (word === 'semaine') return 'week';
  if (word === 'week-end') return 'weekend';
  if (word === 'trimestre') return 'quarter';
  if (/^d[ée]c/.test(word)) return 'decade';
  return 'century';
}

/** French dates: chrono-node's `fr` locale for calendar dates and clock times, our rules for the rest. */
export const french: DateGrammar = {
  chrono: {
    parser: chrono.fr.casual,
    options: {
      leadingWords: /^(?:(?:le|la|les|en|au|du|depuis|dès|à|a)\s+|l['’])+/iu,
      calendarLike: new RegExp(`${month}|janv|févr|sept|déc|\\d{1,2}/\\d{1,2}/\\d{2,4}`, 'iu'),
    },
  },
  rules,
  modifier:
    /(?:(?:à|a|au|en|dès|depuis|jusqu['’](?:à|en|au))\s+)?((?:la\s+)?(?:début|fin|mi|milieu|courant)(?:-|\s+d['’]|\s+de\s+|\s+du\s+|\s+))$/diu,
};
