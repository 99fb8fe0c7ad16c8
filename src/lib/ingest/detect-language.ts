const scripts: [string, RegExp][] = [
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
];

// The commonest function words of Latin-script languages: enough to tell them apart in a news
// article, where each occurs dozens of times.
const stopwords: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'que', 'pour', 'avec'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'ein', 'sich', 'auch'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'en', 'una', 'por', 'con', 'para', 'es'],
  it: ['il', 'che', 'di', 'della', 'è', 'per', 'una', 'con', 'sono', 'gli', 'del', 'nel'],
  pt: ['o', 'os', 'que', 'do', 'da', 'em', 'uma', 'não', 'para', 'com', 'dos', 'é'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'ile', 'için', 'olarak', 'olan', 'gibi', 'daha', 'çok'],
};

/**
 * Guesses the language of an article (BCP 47 primary tag) from its script, or for Latin script
 * from function-word frequencies. Returns `fallback` when the evidence is too thin.
 */
export function detectLanguage(text: string, fallback: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return fallback;
  for (const [lang, re] of scripts) {
    if ((text.match(re)?.length ?? 0) / letters > 0.3) return lang;
  }
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = fallback;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(stopwords)) {
    const set = new Set(list);
    const score = tokens.filter((t) => set.has(t)).length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return tokens.length >= 20 && bestScore / tokens.length >= 0.05 ? best : fallback;
}
