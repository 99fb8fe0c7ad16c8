import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { stopwordsFor } from './stopwords.ts';

/*
 * The language of a text, as a BCP 47 primary tag. franc-min (trigram profiles of the 82 languages
 * with 8 million speakers or more) names it in ISO 639-3; BCP 47 wants the ISO 639-1 code where one
 * exists, which iso-639-3 maps. franc names individual languages ("arb", Standard Arabic) whose code
 * belongs to a macrolanguage ("ara" → "ar"), which that map does not cover: the table below does,
 * for franc-min's. Below 40 letters trigrams say little: the script decides, and for Latin script
 * the share of the text that is a language's stop words (the project's one stop-word source).
 */
const macrolanguages: Record<string, string> = {
  arb: 'ar',
  azj: 'az',
  cmn: 'zh',
  fuv: 'ff',
  koi: 'kv',
  npi: 'ne',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  qug: 'qu',
  swh: 'sw',
  uzn: 'uz',
  zlm: 'ms',
  zyb: 'za',
};

/** Below this many letters franc's trigrams say little. */
const minLetters = 40;

const scripts: [string, RegExp][] = [
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
];
/** Latin-script languages told apart by their stop words in a short text. */
const latinLanguages = ['en', 'fr', 'de', 'es', 'it', 'pt', 'tr', 'nl'];

/** BCP 47 primary tag for an ISO 639-3 code: "rus" → "ru", "arb" → "ar", "ceb" → "ceb". */
export function bcp47FromIso6393(code: string): string {
  return macrolanguages[code] ?? iso6393To1[code] ?? code;
}

/** A short text's language from its script, or from its stop words; `fallback` when they say too little. */
function byScript(text: string, fallback: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return fallback;
  for (const [lang, re] of scripts) if ((text.match(re)?.length ?? 0) / letters > 0.3) return lang;
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = fallback;
  let bestScore = 0;
  for (const lang of latinLanguages) {
    const stop = stopwordsFor(lang);
    const score = tokens.filter((t) => stop.has(t)).length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  // A few words are too few to tell Latin-script languages apart.
  return tokens.length >= 20 && bestScore / tokens.length >= 0.2 ? best : fallback;
}

/**
 * Guesses the language of a text (BCP 47 primary tag) with franc-min, or for short texts and
 * texts franc cannot place, from its script and stop words; `fallback` (the story's language)
 * when the evidence is too thin.
 */
export function detectLanguage(text: string, fallback: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < minLetters) return byScript(text, fallback);
  const code = franc(text, { minLength: minLetters });
  return code === 'und' ? byScript(text, fallback) : bcp47FromIso6393(code);
}
