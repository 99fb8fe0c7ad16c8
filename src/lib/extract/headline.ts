// Clock times and wire timestamps: "10:19 pm BST", "(0735 GMT)", "3 a.m. ET".
const clockTimes = [
  /\s*\(\s*\d{3,4}\s*(?:GMT|UTC)\s*\)/giu,
  /\s*\(?\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+\p{Lu}{2,4}\b)?\)?/giu,
  /\s*\(?\b\d{1,2}:\d{2}\b(?:\s+\p{Lu}{2,4}\b)?\)?/gu,
];
// A connective that ties the sentence to the one before it: meaningless in a headline.
// A date heading the sentence as in a chronology ("March 10 - ", "21 August: ").
const leadingDate =
  /^(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?\s*(?:[-–—]{1,2}|:)\s+/u;
const leadingConnective =
  /^(?:but|and|however|meanwhile|still|yet|so|also|now|earlier|later|separately|instead|indeed|in addition),?\s+/iu;
// A short opening adverbial ("On Friday, ", "In a statement on 15 October 2025, "): the event's
// date is shown beside its title already.
const leadingAdverbial = /^(?:on|in|at|by|since|early|late|last|earlier|after|before|during|from)\b[^,]{0,48},\s+/iu;
// ", officials said." / ", state television reported on Tuesday."
const trailingAttribution =
  /,\s+[^,]{1,60}?\s+(?:said|says|told [^,]{1,40}|reported|added|announced|confirmed)(?:\s+(?:on|in|late|early)\s+[^,]{1,30})?\s*$/iu;
// Where a long sentence can end early and still be a clause: punctuation first, then the
// conjunctions that start a second clause or an aside.
const punctuationBreaks = /(?:,|;|:|\s[-–—]{1,2})\s+/gu;
const conjunctionBreaks = /\s+(?=(?:while|but|amid|after|following|because|although|whereas|as well as|and)\s)/gu;
// A clause that depends on another ("If the operation is successful") is not a headline.
const subordinateStart =
  /^(?:if|when|whenever|as|although|though|while|because|before|since|unless|until|whether|once|despite|without|amid|according|which|who|whose|where|so that)\b/iu;
// A heading run into the sentence: three or more words in capitals ("NEW CAP FOR OIL WELL When…").
const capitalsRun = /^(?:[\p{Lu}\p{N}'’-]{2,}\s+){3,}(?=\p{Lu}\p{Ll})/u;
// A non-restrictive relative clause (", who once led the group," / ", which began on Monday,"):
// the sentence reads whole without it.
const relativeClause = /,\s+(?:who|which|whose)\s[^,;]+,\s+/giu;
const weakEnd = /\s+(?:a|an|the|and|or|but|of|to|for|with|from|as|that|which|who|its|their|his|her|said)$/iu;
// A cut must leave a clause, with a verb in it; for English, an auxiliary or an inflected verb form.
const verbLike =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do)\b|\b\p{Ll}{2,}(?:ed|es)\b/u;
const pronounStart = /^(?:he|she|it|they|this|that|these|those|we|i|you|there)\b/iu;

/** Headline length limit, in characters. */
export const headlineLength = 90;

/**
 * A headline from a source sentence: clock times, connectives, an opening adverbial and a closing
 * attribution taken off, cut at a clause boundary when longer than `headlineLength`, no closing
 * punctuation. Undefined when what remains is not a clause of at least four words.
 */
export function headlineFrom(sentence: string): string | undefined {
  return headlineCandidate(sentence)?.text;
}

/** A headline and whether the sentence had to be cut at a clause boundary to make it. */
function headlineCandidate(sentence: string): { text: string; cut: boolean } | undefined {
  let s = sentence.trim();
  for (const pattern of clockTimes) s = s.replace(pattern, '');
  s = s.replace(capitalsRun, '').replace(leadingDate, '').replace(leadingConnective, '').replace(leadingAdverbial, '');
  s = s.replace(/[.!?…]+["”’]?$/u, '').replace(trailingAttribution, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length > headlineLength) s = s.replace(relativeClause, ' ');
  const cut = s.length > headlineLength;
  if (cut) s = cutAtClause(s);
  s = s.replace(/[,;:\s]+$/u, '');
  if (weakEnd.test(s)) return undefined;
  if (/^["“‘]/u.test(s) || subordinateStart.test(s) || /["“”]/u.test(s) !== /["“”].*["“”]/u.test(s)) return undefined;
  if (
    (cut && !verbLike.test(s)) ||
    s.split(' ').length < 4 ||
    s.length > headlineLength ||
    (s.match(/\(/g)?.length ?? 0) !== (s.match(/\)/g)?.length ?? 0)
  )
    return undefined;
  return { text: s.charAt(0).toLocaleUpperCase() + s.slice(1), cut };
}

/**
 * The headline of an event from its sentences, most representative first: among the first dozen,
 * one that is a whole sentence rather than a cut one, names its subject (not "He said…") and
 * differs from `taken`, in that order of preference.
 */
export function chooseHeadline(sentences: readonly string[], taken: ReadonlySet<string> = new Set()): string {
  const options = sentences.slice(0, 12).flatMap((s) => {
    const h = headlineCandidate(s);
    return h === undefined || taken.has(h.text.toLowerCase()) ? [] : [h];
  });
  const preference = (h: { text: string; cut: boolean }) => (h.cut ? 2 : 0) + (pronounStart.test(h.text) ? 1 : 0);
  const best = options.reduce<(typeof options)[number] | undefined>(
    (b, h) => (b === undefined || preference(h) < preference(b) ? h : b),
    undefined,
  );
  if (best) return best.text;
  // Nothing reads as a headline: the first words of the best sentence, ended on a full word.
  const words = (sentences[0] ?? 'Untitled event').replace(/[.!?…]+["”’]?$/u, '').split(/\s+/);
  let title = '';
  for (const w of words) {
    if (`${title} ${w}`.trim().length > headlineLength) break;
    title = `${title} ${w}`.trim();
  }
  return trimWeakEnd(title) || 'Untitled event';
}

function cutAtClause(s: string): string {
  for (const breaks of [punctuationBreaks, conjunctionBreaks]) {
    let best = '';
    for (const m of s.matchAll(breaks)) {
      const prefix = s.slice(0, m.index);
      if (prefix.length <= headlineLength && prefix.split(' ').length >= 4 && verbLike.test(prefix)) best = prefix;
    }
    if (best) return best;
  }
  return s;
}

function trimWeakEnd(s: string): string {
  let previous;
  do {
    previous = s;
    s = s.replace(weakEnd, '').replace(/\s+(?:in|on|at|by|into|onto|over|under|about)$/iu, '');
  } while (s !== previous);
  return s;
}
