/*
 * Only reportage becomes an event's title or summary. A news page carries much else: readers'
 * comments and letters, live-page chatter ("Anna in Leeds emails: …"), promotions ("Sign up for
 * our newsletter"), photo captions, bylines and credits, correction notices. Each test below is a
 * pattern of how such text is written, never words of one outlet or one story: reportage is in the
 * third person outside quotation marks, states rather than asks, and does not address the reader.
 */
import type { Sentence, Token } from '../text/nlp.ts';

// "Wyclef tweets:", "Anna from Leeds emails:", "John Smith writes:": a name, a verb of posting, a colon.
const chatter =
  /^(?:\d{1,2}[:.]?\d{2}\s+)?(?:[\p{Lu}@][\p{L}.'’-]*\s+){1,5}(?:(?:in|from|at)\s+\p{Lu}[\p{L}'’-]*\s+)?\p{Ll}+s:/u;
const handle = /(?:^|\s)@\w{2,}|#\w{3,}/u;
const link = /\bhttps?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|net|co\.uk)\b|\S+@\S+\.\w{2,}/iu;
// Calls to action of a web page.
const promotion =
  /^(?:click|tap|sign up|subscribe|follow us|read more|read the full|watch|listen|tune in|share this|send us|join us|download|see also|find out more|get the latest|don't miss)\b|\b(?:click here|sign up for|subscribe to|follow us on|share your (?:views|story|thoughts|pictures|photos))\b/iu;
// Bylines, credits and agency tails: "By Jane Doe", "(Reporting by …; Editing by …)".
const credit =
  /^\(?(?:by|reporting by|additional reporting by|writing by|editing by|compiled by|produced by|photo(?:graph)?s? by|video by)\s|\b(?:reporting|writing|editing) by\s+\p{Lu}|\bcontributed to this (?:report|story)\b|©|\bcopyright\b|\ball rights reserved\b/iu;
const correction =
  /\b(?:this (?:story|article|report|post) (?:has been|was) (?:corrected|updated|amended|changed)|an earlier version of this|correction:|corrects (?:the )?(?:spelling|name|date|figure|title|headline)|clarification:)/iu;
// Captions and picture credits: "(Photo: …)", "REUTERS/Jane Doe", "/ AP", "AFP/Getty Images".
const caption =
  /\((?:photo|picture|image|video)\b|^(?:photo|picture|image|video|file photo|pictured|above|left|right|top|below)\s*:/iu;
const pictureCredit = /\b[\p{Lu}]{2,}\/\p{Lu}\p{Ll}+|\s\/\s*(?:AP|AFP|Reuters|EPA|Getty)\b|\bGetty Images\b/u;
// A factbox or list introduced as such: "Following are some facts about …", "Here is a timeline of …".
const factbox = /^(?:following|below|here) (?:is|are)\b|^factbox\b|^(?:timeline|q&a|explainer)\s*[:-]/iu;
// Readers' comment threads: "Posted by", "Report abuse", "Recommend (12)".
const commentChrome = /\b(?:posted by|report abuse|recommend \(\d+\)|reply to this|comments? \(\d+\)|in reply to)\b/iu;
const firstOrSecondPerson = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
]);
const attribution = new Set(['say', 'tell', 'add', 'state', 'declare', 'announce', 'insist', 'warn', 'write']);
const openQuote = /^[“‘«„]$/u;
const closeQuote = /^[”’»]$/u;

/** The tokens of a sentence that stand outside quotation marks (straight or curly, double or single). */
function outsideQuotes(sentence: Sentence): Token[] {
  const outside: Token[] = [];
  let depth = 0;
  for (const t of sentence.tokens) {
    if (t.text === '"' || t.text === "'") depth = depth > 0 ? depth - 1 : 1;
    else if (openQuote.test(t.text)) depth += 1;
    else if (closeQuote.test(t.text)) depth = Math.max(0, depth - 1);
    else if (depth === 0) outside.push(t);
  }
  return outside;
}

/**
 * Why a sentence is not reportage, or undefined when it is: chatter, a link or handle, a
 * promotion, a credit or byline, a correction notice, a caption, a comment thread's chrome, a
 * question, or first- or second-person words outside quotation marks with no one said to say them.
 */
export function notReportage(sentence: Sentence): string | undefined {
  const text = sentence.text.trim();
  if (chatter.test(text)) return 'live-page chatter';
  if (handle.test(text) || link.test(text)) return 'a link or a handle';
  if (promotion.test(text)) return 'a promotion';
  if (credit.test(text)) return 'a byline or credit';
  if (correction.test(text)) return 'a correction notice';
  if (caption.test(text) || pictureCredit.test(text)) return 'a caption';
  if (factbox.test(text)) return 'a factbox heading';
  if (commentChrome.test(text)) return "a comment thread's chrome";
  if (/\?["”’»)]*$/u.test(text) || /[!?]{2,}/u.test(text)) return 'a question or an exclamation';
  const outside = outsideQuotes(sentence);
  // "US President": a pronoun only as the tagger reads it, and "us" only in lower case.
  const personal = outside.some(
    (t) =>
      firstOrSecondPerson.has(t.text.toLowerCase()) &&
      t.pos === 'PRON' &&
      (t.text !== 'US' || t.start === sentence.start),
  );
  if (personal && !sentence.tokens.some((t) => t.pos === 'VERB' && attribution.has(t.lemma)))
    return 'first or second person: a reader or the writer speaking';
  return undefined;
}

/**
 * The sentences of a paragraph that are reportage. A paragraph most of whose sentences speak in
 * the first or second person or ask questions is a comment or a letter: none of it is reportage.
 */
export function reportageOf(paragraph: readonly Sentence[]): Sentence[] {
  const reasons = paragraph.map(notReportage);
  const personal = reasons.filter((r) => r?.startsWith('first') || r?.startsWith('a question')).length;
  if (paragraph.length > 1 && personal * 2 >= paragraph.length) return [];
  return paragraph.filter((_, i) => reasons[i] === undefined);
}
