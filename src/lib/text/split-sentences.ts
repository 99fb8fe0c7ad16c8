// A full stop after these is an abbreviation's, not a sentence's end, when a capital follows:
// titles and honorifics, initials, month abbreviations and dotted acronyms ("U.S. officials").
const abbreviation =
  /(?:^|[\s(“"‘])(?:\p{Lu}|(?:\p{Lu}\.){1,3}\p{Lu}|Mr|Mrs|Ms|Mme|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Pres|Amb|St|Mt|Ft|Jr|Sr|Co|Corp|Inc|Ltd|Bros|No|Nos|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est)\.$/u;
// "10 a.m. ET" or "5 p.m. GMT": the clock time goes on into its time zone.
const clockBeforeZone = /\b[ap]\.m\.$/i;
const zoneStart = /^\p{Lu}{2,4}\b/u;

/**
 * Splits a paragraph into sentences: closing punctuation (and any closing quote or bracket), space,
 * then a capital, digit or opening quote — except after an abbreviation or initial ("Dr. Chan",
 * "U.S. officials", "10 a.m. ET"), which a sentence does not end on.
 */
export function splitSentences(paragraph: string): string[] {
  const pieces = paragraph.split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u).filter((s) => s.trim() !== '');
  const sentences: string[] = [];
  for (const piece of pieces) {
    const previous = sentences.at(-1);
    if (
      previous !== undefined &&
      (abbreviation.test(previous) || (clockBeforeZone.test(previous) && zoneStart.test(piece)))
    ) {
      sentences[sentences.length - 1] = `${previous} ${piece}`;
    } else sentences.push(piece);
  }
  return sentences;
}
