import { words } from '../text/words.ts';

// Wire-copy lead-ins that come before the reporting itself. Patterns of news formatting, never
// words of one outlet: "WASHINGTON (Reuters) - ", "CAIRO, Egypt (CNN) -- ", "By Jane Doe, Health
// Editor LONDON | Tue Apr 21, 2009 10:19pm BST LONDON (AP) - ".
const agencyDateline = /^[^()]{0,200}?\(\s*\p{Lu}[\p{L}\p{N} .&'’-]{0,30}\)\s*(?:[-–—]{1,2}|:)\s+/u;
// "NAIROBI - ", "SAN JUAN, Puerto Rico — ": a place in capitals, then a dash.
const capitalsDateline = /^\p{Lu}[\p{Lu}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4}\s+[-–—]{1,2}\s+/u;
// A sentence cut out of a parenthesis ("… 3:43 a.m. ET Tuesday) Protesters …"): its text starts
// after the bracket that has no opening one before it.
const strayClosing = /^[^()]{0,80}\)\s+/u;
// A speaker's name in a transcript ("COOPER: ").
const speakerLabel = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})?:\s+/u;
// Direct speech with no one to attribute it to ("We've been working on this since last year.").
const unattributedSpeech = /^["“‘]?(?:I|I'm|I’m|We|We're|We’re|We've|We’ve|Our|My|You)\b/u;
// A wire photo caption ends on the day it was taken: "… in Mexico City April 24, 2009."
// Prose says "on 8 December 2024."; a caption has no preposition before the day.
const captionEnd =
  /(?<!\b(?:on|in|since|by|until|till|from|of|to|before|after|at|between|and|than|dated|,)\s)\b(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4})\.?["”’]?$/u;

/**
 * A sentence without what wire formatting puts before it: datelines, bylines, agency tags and
 * the tail of a timestamp in brackets. What remains is a suffix of the sentence, so it can still
 * be quoted from the source.
 */
export function stripLeadIn(sentence: string): string {
  let s = sentence.trim();
  for (const pattern of [agencyDateline, capitalsDateline, strayClosing, speakerLabel]) s = s.replace(pattern, '');
  return s.trim();
}

/** The news agency a sentence's dateline names ("WASHINGTON (Reuters) - …" → "Reuters"), if any. */
export function agencyOf(sentence: string): string | undefined {
  const m = agencyDateline.exec(sentence.trim());
  return m ? /\(\s*([^()]+?)\s*\)\s*(?:[-–—]{1,2}|:)\s+$/u.exec(m[0])?.[1] : undefined;
}

/** Words in a sentence, as a reader counts them. */
export function wordCount(sentence: string): number {
  return words(sentence).length;
}

/**
 * Whether a sentence can stand in a summary on its own: it starts like a sentence (a capital, a
 * digit or an opening quote), ends with closing punctuation, and is neither a fragment nor a
 * paragraph run together (between `minWords` and `maxWords` words), nor a photo caption, nor
 * first-person speech torn from its attribution.
 */
export function isSummarySentence(sentence: string, minWords = 8, maxWords = 40): boolean {
  const words = wordCount(sentence);
  // Prose has words in lower case (or in a script without case: Arabic, Hebrew); a timestamp or
  // a run of names does not.
  const lowerWords = sentence.match(/(?:^|\s)[\p{Ll}\p{Lo}]{3,}/gu)?.length ?? 0;
  return (
    lowerWords >= 3 &&
    words >= minWords &&
    words <= maxWords &&
    /^["“‘«]?[\p{Lu}\p{Lo}\p{N}]/u.test(sentence) &&
    /[.!?؟]["”’»]?$/u.test(sentence) &&
    !/\|/.test(sentence) &&
    !captionEnd.test(sentence) &&
    !unattributedSpeech.test(sentence)
  );
}
