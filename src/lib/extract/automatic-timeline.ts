import { dayAfterPeriod, periodStartDate } from '../timeline/event-date.ts';
import { slugify } from '../slugify.ts';
import { foldForMatching } from '../timeline/quote-match.ts';
import { analyse, type Sentence } from '../text/nlp.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { centroid, contentTerms, cosine, inverseDocumentFrequencies, termVector } from '../text/term-vectors.ts';
import { anchorRelativePhrases } from './anchor-relative.ts';
import type { AutomaticEvent, ExistingEvent } from './automatic-event-file.ts';
import { collectCandidates, rankCandidates, type Candidate, type Mention } from './candidates.ts';
import { findDateDisagreements } from './date-disputes.ts';
import { findDatedSentences, findLeadSentences, type DateTagger } from './dated-sentences.ts';
import { eventTerms, storyEntities } from './entities.ts';
import { editorialExclusions } from './exclusions.ts';
import { agencyOf } from './lead-in.ts';
import { chooseHeadline } from './headline.ts';
import { reportageOf } from './reportage.ts';
import { defaultEventCount, selectCandidates, type Skipped } from './select-candidates.ts';
import { placeInPeriod, storyPeriod, type StoryPeriod } from './story-period.ts';
import { inLanguage, summarizeCandidate, type CandidateSummary, type Corpus } from './summarize-candidate.ts';

/** A source as extract reads it: its id, the day it was published (or ''), language and paragraphs. */
export type StorySource = { id: string; published: string; lang: string; paragraphs: readonly string[] };

/** What the story says of itself in `story.yaml`: its title, standfirst and language, when given. */
export type StoryDescription = {
  title?: string | undefined;
  standfirst?: string | undefined;
  lang?: string | undefined;
};

export type TimelineOptions = {
  /** At most this many events; by default `defaultEventCount` of the number of sources. */
  maxEvents?: number | undefined;
  /** Only events whose whole date lies within [from, to]. */
  from?: string | undefined;
  to?: string | undefined;
  /** Summary sentences per event (`--sentences`). */
  sentences: number;
};

/** What extract will write: the automatic events, what it left out and why, and counts. */
export type TimelinePlan = {
  events: AutomaticEvent[];
  skipped: Skipped[];
  /** Automatic events of the last run that are no longer chosen; their ids live on as aliases. */
  retired: string[];
  /** Retired ids no automatic event took, and the reviewed event each now leads to. */
  handedOn: HandedOn[];
  /** The most events from the story's period this run could choose. */
  maxEvents: number;
  mentions: number;
  candidates: number;
  /** Sources without a day-precise published date, whose relative dates cannot be resolved. */
  undated: string[];
  /** The period the coverage is about, when any source is dated. */
  period: StoryPeriod | undefined;
};

/** A source read for extract: its paragraphs as analysed sentences, reportage only. */
export type ReadSource = StorySource & { sentences: Sentence[][] };

/** Reads the sources for extract: each paragraph split into tagged sentences, only reportage kept. */
export function readSources(sources: readonly StorySource[]): ReadSource[] {
  return sources.map((s) => ({ ...s, sentences: s.paragraphs.map((p) => reportageOf(analyse(p))) }));
}

/** A sentence this close to the story's centre shares real content with it (see `storyCorpus`). */
const onTopicEnough = 0.05;

/** Of the events, at most this share may be background from before the coverage: such events are few. */
const backgroundShare = 0.2;

/**
 * The automatic timeline of a story, in three stages: candidates (every date the sources' reportage
 * names, with the sentences that name it), ranked and selected events (strongest evidence first,
 * from the period the coverage is about, leaving out what editors settled), then titled,
 * summarised, cited events with their actors and places. An event keeps the id an earlier run gave
 * the same date; an id that goes out of use becomes an alias of the nearest event.
 */
export function planAutomaticTimeline(
  sources: readonly StorySource[],
  existing: readonly ExistingEvent[],
  options: TimelineOptions,
  tag: DateTagger,
  story: StoryDescription = {},
): TimelinePlan {
  const read = readSources(sources);
  const corpus = storyCorpus(read, story);
  const { mentions, publishedPerDay, undated } = storyMentions(read, tag, inLanguage(corpus, 'en').stopwords);
  const period = storyPeriod(sources.map((s) => s.published));
  const onTopic = mentions.filter((m) => topicality(m.sentence, m.lang, corpus) >= inLanguage(corpus, m.lang).onTopic);
  const candidates = rankCandidates(collectCandidates(onTopic, publishedPerDay));
  const entities = storyEntities(read.flatMap((s) => s.sentences.flat()));
  // The agencies that file the story ("WASHINGTON (Reuters) -") are its messengers, not its actors.
  const agencies = new Set(mentions.flatMap((m) => agencyOf(m.sentence) ?? []));

  const maxEvents = options.maxEvents ?? defaultEventCount(sources.length, publishedPerDay.size);
  // Background comes on top of the default count, and within an explicit one.
  const maxBackground = Math.max(1, Math.round(maxEvents * backgroundShare));
  const settled = editorialExclusions(existing);
  const coverageStarts = [...publishedPerDay.keys()].sort()[0];
  const explicitSpan = options.from !== undefined || options.to !== undefined;
  const { selected: eligible, skipped } = selectCandidates(candidates, {
    from: options.from,
    to: options.to,
    excluded: (c) =>
      settled(c) ??
      backgroundOnly(c.date, coverageStarts) ??
      (period && !explicitSpan && placeInPeriod(c.date, period) === 'after'
        ? 'after the last report: not yet happened'
        : undefined),
  });

  const titles = new Set<string>();
  const chosen: Omit<AutomaticEvent, 'id' | 'aliases'>[] = [];
  const full = (background: number) =>
    options.maxEvents === undefined ? chosen.length - background >= maxEvents : chosen.length >= maxEvents;
  const merged = new Map<Candidate, string>();
  let background = 0;
  // Each candidate's words once: dispute detection reads the same candidates' sentences again.
  const summaries = new Map<Candidate, CandidateSummary | undefined>();
  const summarize = (c: Candidate) => {
    if (!summaries.has(c)) summaries.set(c, summarizeCandidate(c, corpus, { sentences: options.sentences }));
    return summaries.get(c);
  };
  for (const [i, candidate] of eligible.entries()) {
    const into = merged.get(candidate);
    if (into !== undefined) {
      skipped.push({ candidate, reason: `another date for the happening of ${into}: cited there, disputed` });
      continue;
    }
    const isBackground =
      period !== undefined && !explicitSpan && placeInPeriod(candidate.date, period) === 'background';
    if (!isBackground && full(background)) {
      skipped.push({ candidate, reason: `beyond the ${maxEvents} strongest` });
      continue;
    }
    const words = summarize(candidate);
    if (!words) {
      skipped.push({ candidate, reason: 'no mention reads as a sentence about the story' });
      continue;
    }
    if (isBackground) {
      const why =
        backgroundEvidence(words) ??
        (background >= maxBackground || (options.maxEvents !== undefined && full(0))
          ? `beyond the ${maxBackground} background events a story keeps`
          : undefined);
      if (why) {
        skipped.push({ candidate, reason: `background from before the coverage: ${why}` });
        continue;
      }
    }
    // The headline that says most of what the candidate's sentences say in common: the weight
    // its words carry in their centre, with a mild preference for a fuller headline.
    const own = inLanguage(corpus, words.lang);
    const weigh = (headline: string) => {
      const terms = [...new Set(contentTerms(headline, own.stopwords))];
      const sum = terms.reduce((total, t) => total + (words.centre.get(t) ?? 0), 0);
      return terms.length === 0 ? 0 : sum / terms.length ** 0.25;
    };
    const title = chooseHeadline(
      words.ranked.filter((s) => s.topicality >= own.onTopic).map((s) => s.text),
      titles,
      weigh,
      words.lang,
      isBackground ? candidate.date.slice(0, 4) : undefined,
    );
    if (title === undefined) {
      skipped.push({ candidate, reason: 'no sentence makes a headline' });
      continue;
    }
    // Who and where: the names in its title and summary first, then in its other quotes, then in
    // the rest of its sentences. An event that names no one and nowhere is not one a reader can follow.
    const primary = [...analyse(title), ...words.summary.map((s) => s.analysis)];
    const quotes = words.citations.filter((s) => !words.summary.includes(s)).map((s) => s.analysis);
    let terms = eventTerms(primary, quotes, entities, agencies);
    if (terms.actors.length + terms.places.length + terms.tags.length === 0)
      terms = eventTerms(primary, [...quotes, ...words.ranked.slice(0, 10).map((s) => s.analysis)], entities, agencies);
    // Names are told by their capitals; in a script without case (Arabic, Hebrew) none can be.
    if (terms.actors.length + terms.places.length + terms.tags.length === 0 && hasCase(words.lang)) {
      skipped.push({ candidate, reason: 'its sentences name no one and nowhere' });
      continue;
    }
    titles.add(title.toLowerCase());
    if (isBackground) background += 1;
    // Sources that date the same happening differently are cited with their own dates, so the
    // event shows the disagreement instead of one date being picked.
    const disagreements = findDateDisagreements(
      candidate,
      words,
      eligible.slice(i + 1).filter((c) => !merged.has(c)),
      summarize,
    );
    for (const d of disagreements) merged.set(d.candidate, candidate.date);
    const dated = disagreements.length > 0;
    chosen.push({
      title,
      ...(words.lang === corpus.lang ? {} : { lang: words.lang }),
      date: candidate.date,
      approximate: candidate.approximate,
      background: isBackground,
      summary: words.summary.map((s) => s.text),
      ...terms,
      citations: [
        ...words.citations.map((s) => ({
          source: s.sourceId,
          quote: s.text,
          ...(dated ? { date: candidate.date } : {}),
        })),
        ...disagreements.flatMap((d) =>
          d.quotes.map((s) => ({ source: s.sourceId, quote: s.text, date: d.candidate.date })),
        ),
      ],
      evidence: candidate.evidence,
    });
  }
  return {
    ...assignIds(chosen, existing),
    maxEvents,
    skipped,
    mentions: mentions.length,
    candidates: candidates.length,
    undated,
    period,
  };
}

// "in 1981", "since 2004", "15 October 2025", "late 2024": a year the text itself states as one.
const yearContext =
  /\b(?:in|since|from|until|till|by|before|after|during|of|between|early|late|mid|year|summer|spring|autumn|fall|winter)\s+(?:the\s+)?(?:\p{L}+\s+)?\d{4}\b|\b\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\b/u;

/**
 * Why a candidate from before the coverage is not background worth telling, or undefined when it
 * is: the same happening (sentences alike, cosine ≥ 0.3) reported by at least two sources in words
 * of their own (one copy of a sentence in two files is one report), each naming the year in a
 * clear context ("in 1981", "since 2004", "15 October 2025").
 */
function backgroundEvidence(words: CandidateSummary): string | undefined {
  const reports = words.ranked.filter((q) => yearContext.test(q.text));
  const corroborated = reports.some((a, i) =>
    reports
      .slice(i + 1)
      .some(
        (b) =>
          b.sourceId !== a.sourceId &&
          b.text.toLowerCase() !== a.text.toLowerCase() &&
          cosine(a.vector, b.vector) >= 0.3,
      ),
  );
  return corroborated ? undefined : 'no two sources report the same happening with its year';
}

/** How close a sentence in `lang` is to what the story's articles in that language are about. */
function topicality(sentence: string, lang: string, corpus: Corpus): number {
  const own = inLanguage(corpus, lang);
  return cosine(termVector(contentTerms(sentence, own.stopwords), corpus.idf), own.centre);
}

/** Whether a language's script writes names with capitals (Latin, Cyrillic, Greek), so that names can be found. */
function hasCase(lang: string): boolean {
  return !['ar', 'fa', 'ur', 'he', 'yi', 'zh', 'ja', 'ko', 'th', 'hi', 'bn'].includes(lang);
}

/**
 * Stage one: every reportage sentence of every source that names a date, resolved against the day
 * its source was published, and how many sources each day published. A source without a
 * day-precise published date is left out (its "on Monday" cannot be resolved) and listed as `undated`.
 */
export function storyMentions(
  sources: readonly ReadSource[],
  tag: DateTagger,
  stopwords: ReadonlySet<string>,
): { mentions: Mention[]; publishedPerDay: Map<string, number>; undated: string[] } {
  const dated = sources.filter((s) => /^\d{4}-\d{2}-\d{2}/.test(s.published));
  const publishedOn = new Map(dated.map((s) => [s.id, s.published.slice(0, 10)]));
  const langOf = new Map(sources.map((s) => [s.id, primaryTag(s.lang)]));
  const sentences = dated.flatMap((s) =>
    findDatedSentences(s.id, s.sentences, s.published.slice(0, 10), tag, langOf.get(s.id)),
  );
  sentences.push(
    ...anchorRelativePhrases(
      new Map(dated.map((s) => [s.id, s.sentences])),
      sentences,
      stopwords,
      (id) => langOf.get(id) ?? 'en',
    ),
  );
  sentences.push(
    ...dated.flatMap((s) => findLeadSentences(s.id, s.sentences, s.published.slice(0, 10), tag, langOf.get(s.id))),
  );
  const publishedPerDay = new Map<string, number>();
  for (const day of publishedOn.values()) publishedPerDay.set(day, (publishedPerDay.get(day) ?? 0) + 1);
  return {
    mentions: sentences.map((s) => ({ ...s, published: publishedOn.get(s.sourceId)! })),
    publishedPerDay,
    undated: sources.filter((s) => !publishedOn.has(s.id)).map((s) => s.id),
  };
}

/**
 * A month or a year is an event only as background: one the coverage itself spans is better told
 * day by day, by the days its sources name, so it is left out.
 */
function backgroundOnly(date: string, coverageStarts: string | undefined): string | undefined {
  if (date.length >= 10 || coverageStarts === undefined || dayAfterPeriod(date) <= coverageStarts) return undefined;
  return 'a month or year the coverage spans: told by its days';
}

/** The primary subtag of a BCP 47 tag, lower case: `en-GB` → `en`. */
const primaryTag = (lang: string) => lang.toLowerCase().split('-')[0] || 'en';

/**
 * The corpus the story's sentences are weighed against: inverse document frequencies over its
 * sources (each source one document, reportage only), and for each language its sources use,
 * that language's stop words and centre: the mean of those sources' term vectors (with the story's
 * own title and standfirst, for the story's language): what the story is about. A sentence is on
 * the story's subject when it is at least half as close to its language's centre as a typical
 * sentence of that language (the median), or close enough in any case: in a story of a few
 * articles every sentence is near their centre, and half the median would leave good ones out.
 */
function storyCorpus(sources: readonly ReadSource[], story: StoryDescription): Corpus {
  const byLang = Map.groupBy(sources, (s) => primaryTag(s.lang));
  const lang = story.lang
    ? primaryTag(story.lang)
    : ([...byLang].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? 'en');
  const textOf = (s: ReadSource) =>
    s.sentences
      .flat()
      .map((x) => x.text)
      .join(' ');
  const documents = sources.map((s) => contentTerms(textOf(s), stopwordsFor(s.lang)));
  const idf = inverseDocumentFrequencies(documents);
  const languages = new Map(
    [...byLang].map(([code, group]) => {
      const stopwords = stopwordsFor(code);
      const described = code === lang ? contentTerms(`${story.title ?? ''} ${story.standfirst ?? ''}`, stopwords) : [];
      const centre = centroid([
        ...group.map((s) => termVector(contentTerms(textOf(s), stopwords), idf)),
        ...(described.length > 0 ? [termVector(described, idf)] : []),
      ]);
      const closeness = group
        .flatMap((s) => s.sentences.flat())
        .map((x) => cosine(termVector(contentTerms(x.text, stopwords), idf), centre))
        .sort((a, b) => a - b);
      const median = closeness[Math.floor(closeness.length / 2)] ?? 0;
      return [code, { stopwords, centre, onTopic: Math.min(median / 2, onTopicEnough) }] as const;
    }),
  );
  return { idf, lang, languages };
}

/** An old id that no automatic event took over, and the event (of any status) its URL now leads to. */
export type HandedOn = { alias: string; to: string };

/**
 * Ids for the chosen events: the id an earlier automatic event of the same date had, else one
 * made of the date and the headline's first words, unique among every event file. Earlier
 * automatic events no longer chosen hand their ids (and aliases) to the nearest event in time: an
 * automatic one takes them as aliases; when there is none, the nearest reviewed event is named in
 * `handedOn`, for extract to record beside the events (an editor's file is never written).
 */
export function assignIds(
  chosen: readonly Omit<AutomaticEvent, 'id' | 'aliases'>[],
  existing: readonly ExistingEvent[],
): { events: AutomaticEvent[]; retired: string[]; handedOn: HandedOn[] } {
  const previous = new Map(existing.filter((e) => e.status === 'automatic').map((e) => [e.date, e]));
  const taken = new Set(existing.flatMap((e) => [e.id, ...e.aliases]));
  const events: AutomaticEvent[] = chosen.map((c) => {
    const before = previous.get(c.date);
    if (before) {
      previous.delete(c.date);
      return { ...c, id: before.id, aliases: [...before.aliases] };
    }
    return { ...c, id: '', aliases: [] };
  });
  for (const e of events) {
    if (e.id !== '') continue;
    const base = `${e.date}-${slugify(e.title).split('-').slice(0, 6).join('-')}`.slice(0, 80).replace(/-+$/, '');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    e.id = id;
  }
  const retired = [...previous.values()];
  const nearestOf = <T extends { date: string }>(list: readonly T[], date: string) =>
    list.reduce<T | undefined>(
      (best, e) => (best === undefined || distance(e.date, date) < distance(best.date, date) ? e : best),
      undefined,
    );
  const reviewed = existing.filter((e) => e.status === 'reviewed');
  const handedOn: HandedOn[] = [];
  for (const old of retired) {
    const nearest = nearestOf(events, old.date);
    if (nearest) nearest.aliases.push(old.id, ...old.aliases);
    else {
      // The reviewed event that tells the same happening (it quotes the same words), else the nearest.
      const to = reviewed.find((e) => sharesQuote(e, old)) ?? nearestOf(reviewed, old.date);
      if (to) handedOn.push(...[old.id, ...old.aliases].map((alias) => ({ alias, to: to.id })));
    }
  }
  return {
    events: events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    retired: retired.map((e) => e.id),
    handedOn,
  };
}

/** Whether two events quote overlapping words of one source. */
function sharesQuote(a: ExistingEvent, b: ExistingEvent): boolean {
  return a.citations.some((x) =>
    b.citations.some((y) => {
      if (x.source !== y.source) return false;
      const [p, q] = [foldForMatching(x.quote).folded, foldForMatching(y.quote).folded];
      // Quotes overlap when a stretch of one is in the other: a shared run of words, not a shared word.
      const words = (t: string) => t.split(' ').filter(Boolean);
      const runs = (t: string) =>
        words(t).flatMap((_, i, all) => (i + 4 <= all.length ? [all.slice(i, i + 4).join(' ')] : []));
      return p.includes(q) || q.includes(p) || runs(p).some((r) => q.includes(r));
    }),
  );
}

function distance(a: string, b: string): number {
  return Math.abs(periodStartDate(a).getTime() - periodStartDate(b).getTime());
}
