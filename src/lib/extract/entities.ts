/*
 * The story's named entities: who acts in it (people, organisations, governments) and where it
 * happens. Names are found as runs of proper nouns in wink-nlp's part-of-speech tags, each entity
 * is given one name across the story ("Hillary Clinton" for "Clinton" and "US Secretary of State
 * Hillary Clinton"; one of "WHO" and "World Health Organization"), and its kind comes from two
 * sources of evidence: compromise's English lexicon (first names, countries, cities, roles such as
 * "President" or "Minister", organisation words) and how the story itself uses the name (after
 * "in", "at" or "near" it is a place; under a title it is a person). wink's model tags entities of
 * time and number only, and compromise's own tagger is too slow to run over a whole story, so
 * compromise is asked about single words and short names, once each.
 */
import nlp from 'compromise';
import type { Sentence, Token } from '../text/nlp.ts';

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/** An entity of the story: its one name, its kind, and in how many sentences it is named. */
export type Entity = { name: string; kind: EntityKind; mentions: number };

/** A run of proper-noun tokens in a sentence: a name as written there. */
type NameRun = { words: string[]; before: Token | undefined; after: Token | undefined; opensSentence: boolean };

const connector = new Set(['of', 'for', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der']);
const locative = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'outside',
  'inside',
  'around',
  'throughout',
  'towards',
  'toward',
  'off',
  'across',
]);
const capital = /^\p{Lu}/u;
const acronym = /^\p{Lu}{2,6}$/u;
const hyphen = /^[-‐‑]$/u;

/** Tags compromise gives a word or short name on its own, cached: the lexicon, not the tagger, is what is wanted. */
const lexicon = new Map<string, Set<string>>();
function tagsOf(text: string): Set<string> {
  let tags = lexicon.get(text);
  if (!tags) {
    const terms = nlp(text).json({ terms: { tags: true } })[0]?.terms ?? [];
    tags = new Set((terms as { tags: string[] }[]).flatMap((t) => t.tags));
    lexicon.set(text, tags);
  }
  return tags;
}
/** Whether the lexicon knows a capitalised word as a common word (a plural, a number, a verb …): "Thousands", "Protesters". */
const commonWord = (word: string): boolean =>
  [...tagsOf(word)].some((t) =>
    [
      'Plural',
      'Value',
      'Verb',
      'Adjective',
      'Adverb',
      'Uncountable',
      'Determiner',
      'Pronoun',
      'Conjunction',
      'Preposition',
    ].includes(t),
  ) && !tagsOf(word).has('ProperNoun');
const isTitleWord = (word: string): boolean => {
  const tags = tagsOf(word);
  return tags.has('Honorific') || tags.has('Actor');
};

/** Whether a token can be part of a name: a capitalised proper noun (or noun inside a name), not a date. */
function nameToken(t: Token): boolean {
  if (t.entity === 'DATE' || t.entity === 'TIME' || t.entity === 'DURATION') return false;
  // "I", "I'm": the first person, not a name.
  if (t.text === 'I' || /['’](?:m|re|ve|ll|d)$/iu.test(t.text)) return false;
  return (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') && capital.test(t.text);
}

/**
 * The names in a sentence: maximal runs of capitalised proper nouns, joined through a lower-case
 * connector ("Gulf of Mexico") or a hyphen ("al-Sharaa"). A run that opens the sentence must hold a
 * token tagged as a proper noun, since any first word is capitalised.
 */
export function nameRuns(sentence: Sentence): NameRun[] {
  const tokens = sentence.tokens;
  const runs: NameRun[] = [];
  let i = 0;
  // "al-Sharaa", "bin-Laden": a lower-case particle joined to a name by a hyphen begins the name.
  const particleJoined = (j: number) =>
    /^\p{Ll}{1,4}$/u.test(tokens[j]?.text ?? '') &&
    hyphen.test(tokens[j + 1]?.text ?? '') &&
    tokens[j]!.end === tokens[j + 1]!.start &&
    tokens[j + 1]!.end === tokens[j + 2]?.start &&
    nameToken(tokens[j + 2]!);
  while (i < tokens.length) {
    if (!nameToken(tokens[i]!) && !particleJoined(i)) {
      i += 1;
      continue;
    }
    const start = i;
    const words: string[] = [tokens[i]!.text];
    i += 1;
    if (particleJoined(start)) {
      words[0] += `-${tokens[i + 1]!.text}`;
      i += 2;
    }
    for (;;) {
      const t = tokens[i];
      const next = tokens[i + 1];
      if (t && particleJoined(i) && t.start > tokens[i - 1]!.end) {
        words.push(`${t.text}-${tokens[i + 2]!.text}`);
        i += 3;
      } else if (t && nameToken(t)) {
        // Tokens joined with no space before them ("al" "-" "Sharaa") make one word.
        if (tokens[i - 1]!.end === t.start && hyphen.test(tokens[i - 1]!.text)) words[words.length - 1] += t.text;
        else words.push(t.text);
        i += 1;
      } else if (
        t &&
        next &&
        hyphen.test(t.text) &&
        t.start === tokens[i - 1]!.end &&
        next.start === t.end &&
        nameToken(next)
      ) {
        words[words.length - 1] += t.text;
        i += 1;
      } else if (t && next && connector.has(t.text.toLowerCase()) && nameToken(next) && next.pos === 'PROPN') {
        words.push(t.text);
        i += 1;
      } else break;
    }
    const own = tokens.slice(start, i);
    const opensSentence = start === 0 || /^["“‘(]$/u.test(tokens[start - 1]?.text ?? '');
    if (opensSentence && !own.some((t) => t.pos === 'PROPN' || acronym.test(t.text))) continue;
    // A lone word that opens the sentence may be a capitalised common word: one the lexicon knows as such is.
    if (opensSentence && own.length === 1 && commonWord(own[0]!.text)) continue;
    // "Syrian President Ahmed al-Sharaa": a nationality before a name is not part of it.
    while (words.length > 1 && tagsOf(words[0]!).has('Demonym')) words.shift();
    while (words.length > 0 && connector.has(words.at(-1)!.toLowerCase())) words.pop();
    // "Egypt’s" when the tokenizer left the possessive on.
    if (words.length > 0) words[words.length - 1] = words.at(-1)!.replace(/['’]s$/u, '');
    // Two or more words in capitals are a heading or a transcript's speaker label, not a name as written.
    if (words.length > 1 && words.every((w) => !/\p{Ll}/u.test(w))) continue;
    if (words.length > 0) runs.push({ words, before: tokens[start - 1], after: tokens[i], opensSentence });
  }
  return runs;
}

/** The name under its title: "President Hosni Mubarak" → "Hosni Mubarak"; undefined when there is no title. */
function untitled(words: readonly string[]): string[] | undefined {
  let cut = -1;
  for (const [i, w] of words.entries()) if (i < words.length - 1 && isTitleWord(w)) cut = i;
  if (cut === -1) return undefined;
  let rest = words.slice(cut + 1);
  // "Secretary of State Hillary Clinton": the title goes on through its "of" phrase.
  while (rest.length > 1 && connector.has(rest[0]!.toLowerCase())) rest = rest.slice(2);
  return rest.length > 0 && capital.test(rest[0]!) ? rest : undefined;
}

type Form = { name: string; words: string[]; count: number; titled: number; located: number; acting: number };

/** Initials of a name's capitalised words: "World Health Organization" → "WHO". */
const initials = (words: readonly string[]) =>
  words
    .filter((w) => capital.test(w))
    .map((w) => w[0])
    .join('');

/** The story's entities, and a way to look up the entity a name as written refers to. */
export type EntityIndex = {
  entities: Entity[];
  /** The entity a name as written refers to ("Clinton" → Hillary Clinton), if the story knows it. */
  lookup: (written: string) => Entity | undefined;
};

/**
 * Every named entity of a story's sentences, each under one name: titles taken off, a surname
 * alone resolved to the full name the story gives that person most often, an acronym and its
 * expansion joined under the more frequent of the two. Its kind is person, organization, place or
 * other (a ship, a law, an event).
 */
export function storyEntities(sentences: Iterable<Sentence>): EntityIndex {
  const forms = new Map<string, Form>();
  const seen = new Map<string, Set<Sentence>>();
  const list = [...sentences];
  // How often each word is written in lower case: a capitalised word the story mostly writes in
  // lower case ("Protesters", "State") is a common word that opened a sentence or a heading.
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const sentence of list)
    for (const t of sentence.tokens) {
      const counts = /^\p{Ll}/u.test(t.text) ? lower : /^\p{Lu}/u.test(t.text) ? upper : undefined;
      counts?.set(t.text.toLowerCase(), (counts.get(t.text.toLowerCase()) ?? 0) + 1);
    }
  const common = (word: string) => {
    const n = lower.get(word.toLowerCase()) ?? 0;
    return n > 0 && n >= (upper.get(word.toLowerCase()) ?? 0);
  };
  for (const sentence of list) {
    for (const run of nameRuns(sentence)) {
      // A sentence's first word is capitalised whatever it is: "Numerous Arab leaders" names "Arab".
      if (run.opensSentence && run.words.length > 1 && common(run.words[0]!)) run.words.shift();
      if (run.words.length === 1 && (common(run.words[0]!) || tagsOf(run.words[0]!).has('Demonym'))) continue;
      const stripped = untitled(run.words);
      const words = stripped ?? run.words;
      const name = words.join(' ');
      let form = forms.get(name);
      if (!form) forms.set(name, (form = { name, words, count: 0, titled: 0, located: 0, acting: 0 }));
      const sentencesOf = seen.get(name) ?? seen.set(name, new Set()).get(name)!;
      if (sentencesOf.has(sentence)) continue;
      sentencesOf.add(sentence);
      form.count += 1;
      if (stripped) form.titled += 1;
      if (run.before && locative.has(run.before.text.toLowerCase())) form.located += 1;
      if (run.after && (run.after.pos === 'VERB' || run.after.pos === 'AUX')) form.acting += 1;
    }
  }

  // Where each form goes: to itself, or to the fuller or commoner name of the same entity.
  const target = new Map<string, Form>();
  const all = [...forms.values()];
  // Full names whose surname the story also uses alone: that is how people, not places or bodies, are named.
  const surnames = new Set<string>();
  const kindOfForm = (f: Form) => lexicalKind(f);
  // Spellings of one name ("Ahmed al-Sharaa", "Ahmed al Sharaa", "Ahmad Al-Sharaa") go to the
  // commonest; only names that end alike are compared.
  const spelt = new Map(all.map((f) => [f, spelling(f.words)]));
  const spelledAs = new Map<Form, Form>();
  // Names by the spelling of their last word, and by their initials: where a surname or an acronym looks.
  const endingIn = Map.groupBy(all, (f) => spelt.get(f)!.at(-1)!);
  const byInitials = Map.groupBy(all, (f) => initials(f.words));
  for (const group of endingIn.values()) {
    const ranked = [...group].sort((a, b) => b.count - a.count);
    for (const [i, form] of ranked.entries()) {
      const twin = ranked.slice(0, i).find((f) => !spelledAs.has(f) && sameSpelling(spelt.get(f)!, spelt.get(form)!));
      if (twin) spelledAs.set(form, twin);
    }
  }
  for (const form of all) {
    const twin = spelledAs.get(form);
    if (twin) {
      target.set(form.name, twin);
      continue;
    }
    let best = form;
    if (form.words.length === 1 && !/^[\p{Lu}.]+$/u.test(form.name) && !tagsOf(form.name).has('Adjective')) {
      // A surname alone: the most frequent full name of a person that ends with it.
      const fuller = (endingIn.get(spelt.get(form)!.at(-1)!) ?? [])
        .filter(
          (f) =>
            f.words.length > 1 &&
            !common(f.words[0]!) &&
            !f.words.some((w) => connector.has(w.toLowerCase())) &&
            (kindOfForm(f) ?? 'person') === 'person',
        )
        .sort((a, b) => b.count - a.count)[0];
      if (fuller) {
        best = fuller;
        surnames.add(fuller.name);
      }
    } else if (acronym.test(form.name)) {
      const expansion = (byInitials.get(form.name) ?? [])
        .filter((f) => f.words.length > 1)
        .sort((a, b) => b.count - a.count)[0];
      if (expansion && expansion.count > form.count) best = expansion;
    } else {
      // "Secretary of State Hillary Clinton" untitled to a name the story uses on its own more often.
      for (let i = 1; i < form.words.length - 1; i++) {
        if (connector.has(form.words[i - 1]!.toLowerCase())) continue;
        const suffix = forms.get(form.words.slice(i).join(' '));
        if (suffix && suffix.count > best.count && suffix.words.length > 1) best = suffix;
      }
      const short = forms.get(initials(form.words));
      if (short && short.count > form.count && form.words.length > 1 && initials(form.words).length >= 2) best = short;
    }
    target.set(form.name, best);
  }
  const root = (form: Form): Form => {
    let f = form;
    for (let hops = 0; hops < 4; hops++) {
      const next = target.get(f.name)!;
      if (next === f) break;
      f = next;
    }
    return f;
  };

  // One entity per root, with the evidence of all its forms.
  const groups = Map.groupBy(all, root);
  const entities = new Map<string, Entity>();
  for (const [head, members] of groups) {
    const sum = (key: 'count' | 'titled' | 'located' | 'acting') => members.reduce((n, f) => n + f[key], 0);
    const count = sum('count');
    const kind = surnames.has(head.name)
      ? 'person'
      : entityKind(head, { count, titled: sum('titled'), located: sum('located'), acting: sum('acting') });
    entities.set(head.name, { name: head.name, kind, mentions: count });
  }
  return {
    entities: [...entities.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    lookup: (written) => {
      const form = forms.get(written) ?? forms.get(untitled(written.split(' '))?.join(' ') ?? '');
      return form ? entities.get(root(form).name) : undefined;
    },
  };
}

/** A name's words as spelling varies them: case, hyphens and apostrophes aside ("al-Sharaa", "Al Sharaa"). */
const spelling = (words: readonly string[]) =>
  words
    .join(' ')
    .toLowerCase()
    .replace(/[-‐‑'’\s]+/gu, ' ')
    .trim()
    .split(' ');

/** Whether two words differ by at most one letter (a transliteration's vowel: "Ahmed", "Ahmad"). */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** Whether two names (as `spelling` gives them) are spellings of one: the same words but for case, hyphens and a letter here or there, the last word exact. */
function sameSpelling(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length || x.length === 0 || x.at(-1) !== y.at(-1)) return false;
  return x.every((w, i) => oneLetterApart(w, y[i]!));
}

/** What the lexicon alone says a name is. */
function lexicalKind(form: Form): EntityKind | undefined {
  const tags = tagsOf(form.name);
  const first = tagsOf(form.words[0]!);
  if (tags.has('Demonym')) return 'other';
  if (tags.has('Organization')) return 'organization';
  if (tags.has('Country') || tags.has('City') || tags.has('Region') || tags.has('Place')) return 'place';
  if (first.has('FirstName') || tags.has('Person') || tags.has('LastName')) return 'person';
  if (acronym.test(form.name)) return 'organization';
  return undefined;
}

/** An entity's kind from the lexicon first, then from how the story uses it. */
function entityKind(
  head: Form,
  evidence: { count: number; titled: number; located: number; acting: number },
): EntityKind {
  if (evidence.titled > 0 && evidence.titled * 4 >= evidence.count) return 'person';
  const lexical = lexicalKind(head);
  if (lexical) return lexical;
  if (evidence.located * 3 >= evidence.count) return 'place';
  if (evidence.acting > 0)
    return head.words.length > 1 && capital.test(head.words[1] ?? '') ? 'organization' : 'person';
  return 'other';
}

/** Actors (people and organisations, and places acting as governments), places and other names of an event. */
export type EventTerms = { actors: string[]; places: string[]; tags: string[] };

/**
 * The entities an event's sentences name, most named first, those of its title and summary
 * (`primary`) counting twice those of its other citations: people and organisations as actors,
 * places as places (a country that acts, "Russia said", is an actor too), ships, laws and the like
 * as tags. A name only the other citations give is kept when the story names it at least twice (a
 * name said once is rarely what the story is about); never the agencies that file the story (`agencies`).
 */
export function eventTerms(
  primary: readonly Sentence[],
  secondary: readonly Sentence[],
  index: EntityIndex,
  agencies: ReadonlySet<string> = new Set(),
  limits = { actors: 5, places: 3, tags: 3 },
): EventTerms {
  const counts = new Map<Entity, { n: number; acting: boolean; located: boolean }>();
  for (const [weight, sentences] of [
    [2, primary],
    [1, secondary],
  ] as const) {
    for (const sentence of sentences) {
      const here = new Set<Entity>();
      for (const run of nameRuns(sentence)) {
        const entity = index.lookup((untitled(run.words) ?? run.words).join(' '));
        // The event's own words name what is theirs; the other quotes add only names the story repeats.
        if (!entity || (weight === 1 && entity.mentions < 2) || agencies.has(entity.name)) continue;
        if (entity.kind === 'other' && entity.name.split(' ').length < 2) continue;
        const c = counts.get(entity) ?? { n: 0, acting: false, located: false };
        if (!here.has(entity)) c.n += weight;
        here.add(entity);
        if (run.after && (run.after.pos === 'VERB' || run.after.pos === 'AUX')) c.acting = true;
        if (run.before && locative.has(run.before.text.toLowerCase())) c.located = true;
        counts.set(entity, c);
      }
    }
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n || b[0].mentions - a[0].mentions);
  const pick = (test: (e: Entity, c: { acting: boolean; located: boolean }) => boolean, n: number) =>
    ranked
      .filter(([e, c]) => test(e, c))
      .slice(0, n)
      .map(([e]) => e.name);
  return {
    actors: pick(
      (e, c) => e.kind === 'person' || e.kind === 'organization' || (e.kind === 'place' && c.acting && !c.located),
      limits.actors,
    ),
    places: pick((e) => e.kind === 'place', limits.places),
    tags: pick((e) => e.kind === 'other', limits.tags),
  };
}
