import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { detectLanguage as detectByScript } from './detect-language.ts';

/*
 * franc-min (trigram profiles of the 82 languages with 8 million speakers or more) names a text's
 * language in ISO 639-3. BCP 47 wants the ISO 639-1 code where one exists; iso-639-3 maps the codes
 * that have one. franc names individual languages ("arb", Standard Arabic) whose code belongs to a
 * macrolanguage ("ara" → "ar"), which that map does not cover: the table below does, for franc-min's.
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

/** Below this many letters franc's trigrams say little; the script and function-word heuristics decide. */
const minLetters = 40;

/** BCP 47 primary tag for an ISO 639-3 code: "rus" → "ru", "arb" → "ar", "ceb" → "ceb". */
export function bcp47FromIso6393(code: string): string {
  return macrolanguages[code] ?? iso6393To1[code] ?? code;
}

/**
 * Guesses the language of an article (BCP 47 primary tag) with franc-min, falling back to the script
 * and function-word heuristics of `detect-language.ts` for short texts and texts franc cannot place.
 * Same signature as that module's `detectLanguage`, so either can serve ingest.
 */
export function detectLanguage(text: string, fallback: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < minLetters) return detectByScript(text, fallback);
  const code = franc(text, { minLength: minLetters });
  return code === 'und' ? detectByScript(text, fallback) : bcp47FromIso6393(code);
}
