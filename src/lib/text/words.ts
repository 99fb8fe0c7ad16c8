import { segment, type Token } from './nlp.ts';

const wordLike = /[\p{L}\p{N}]/u;
// wink splits contractions and possessives off as tokens of their own ("Assad" + "’s", "do" + "n't").
const clitic = /^(?:['’]|n['’]t$)/iu;
const hyphen = /^[-‐‑]$/u;

/**
 * The word tokens of a text (letters or digits; punctuation left out), with offsets. A hyphenated
 * word ("al-Sharaa", "anti-government"), which the tokenizer splits, is one word, as a reader
 * counts it. Split-off clitics ("’s", "'ll") are left out unless `clitics` is set.
 */
export function wordTokens(text: string, { clitics = false } = {}): Token[] {
  const found: Token[] = [];
  for (const sentence of segment(text)) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      let token = tokens[i]!;
      if (!wordLike.test(token.text) || (!clitics && clitic.test(token.text))) continue;
      while (
        hyphen.test(tokens[i + 1]?.text ?? '') &&
        tokens[i + 1]!.start === token.end &&
        tokens[i + 2]?.start === tokens[i + 1]!.end &&
        wordLike.test(tokens[i + 2]!.text)
      ) {
        const last = tokens[i + 2]!;
        token = { ...token, text: text.slice(token.start, last.end), end: last.end };
        i += 2;
      }
      // Punctuation the tokenizer leaves on a word ("الانسحاب،": its model is English) comes off.
      const trimmed = /^(\P{L}*?)([\p{L}\p{N}].*?[\p{L}\p{N}]|[\p{L}\p{N}])(\P{L}*)$/u.exec(token.text);
      if (trimmed && (trimmed[1] !== '' || trimmed[3] !== '') && !/^[\p{N}.,%]+$/u.test(token.text)) {
        const start = token.start + trimmed[1]!.length;
        token = { ...token, text: trimmed[2]!, start, end: start + trimmed[2]!.length };
      }
      found.push(token);
    }
  }
  return found;
}

/** The words of a text, as the project's one tokenizer reads them. */
export function words(text: string): string[] {
  return wordTokens(text).map((t) => t.text);
}
