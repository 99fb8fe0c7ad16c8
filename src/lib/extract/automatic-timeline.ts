import { dayAfterPeriod, periodStartDate } from '../timeline/event-date.ts';
import { slugify } from '../slugify.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { contentTerms, inverseDocumentFrequencies } from '../text/term-vectors.ts';
import { anchorRelativePhrases } from './anchor-relative.ts';
import type { AutomaticEvent, ExistingEvent } from './automatic-event-file.ts';
import { collectCandidates, rankCandidates, type Candidate, type Mention } from './candidates.ts';
import { findDateDisagreements } from './date-disputes.ts';
import { findDatedSentences, type DateTagger } from './dated-sentences.ts';
import { editorialExclusions } from './exclusions.ts';
import { chooseHeadline } from './headline.ts';
import { defaultEventCount, selectCandidates, type Skipped } from './select-candidates.ts';
import { summarizeCandidate, type CandidateSummary, type Corpus } from './summarize-candidate.ts';

/** A source as extract reads it: its id, the day it was published (or ''), language and paragraphs. */
export type StorySource = { id: string; published: string; lang: string; paragraphs: readonly string[] };

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
  mentions: number;
  candidates: number;
  /** Sources without a day-precise published date, whose relative dates cannot be resolved. */
  undated: string[];
};

/**
 * The automatic timeline of a story, in three stages: candidates (every date the sources name,
 * with the sentences that name it), ranked and selected events (strongest evidence first, leaving
 * out what editors settled), then titled, summarised and cited events. An event keeps the id an
 * earlier run gave the same date; an id that goes out of use becomes an alias of the nearest event.
 */
export function planAutomaticTimeline(
  sources: readonly StorySource[],
  existing: readonly ExistingEvent[],
  options: TimelineOptions,
  tag: DateTagger,
): TimelinePlan {
  const { mentions, publishedPerDay, undated } = storyMentions(sources, tag);
  const candidates = rankCandidates(collectCandidates(mentions, publishedPerDay));

  const maxEvents = options.maxEvents ?? defaultEventCount(sources.length);
  const settled = editorialExclusions(existing);
  const coverageStarts = [...publishedPerDay.keys()].sort()[0];
  const { selected: eligible, skipped } = selectCandidates(candidates, {
    from: options.from,
    to: options.to,
    excluded: (c) => settled(c) ?? backgroundOnly(c.date, coverageStarts),
  });

  const corpus = storyCorpus(sources);
  const titles = new Set<string>();
  const chosen: Omit<AutomaticEvent, 'id' | 'aliases'>[] = [];
  const merged = new Map<Candidate, string>();
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
    if (chosen.length >= maxEvents) {
      skipped.push({ candidate, reason: `beyond the ${maxEvents} strongest` });
      continue;
    }
    const words = summarize(candidate);
    if (!words) {
      skipped.push({ candidate, reason: 'no mention reads as a sentence' });
      continue;
    }
    const title = chooseHeadline(
      words.ranked.map((s) => s.text),
      titles,
    );
    titles.add(title.toLowerCase());
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
      date: candidate.date,
      approximate: candidate.approximate,
      summary: words.summary.map((s) => s.text),
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
  return { ...assignIds(chosen, existing), skipped, mentions: mentions.length, candidates: candidates.length, undated };
}

/**
 * Stage one: every sentence of every source that names a date, resolved against the day its
 * source was published, and how many sources each day published. A source without a day-precise
 * published date is left out (its "on Monday" cannot be resolved) and listed as `undated`.
 */
export function storyMentions(
  sources: readonly StorySource[],
  tag: DateTagger,
): { mentions: Mention[]; publishedPerDay: Map<string, number>; undated: string[] } {
  const dated = sources.filter((s) => /^\d{4}-\d{2}-\d{2}/.test(s.published));
  const publishedOn = new Map(dated.map((s) => [s.id, s.published.slice(0, 10)]));
  const sentences = dated.flatMap((s) => findDatedSentences(s.id, s.paragraphs, s.published.slice(0, 10), tag));
  sentences.push(...anchorRelativePhrases(new Map(dated.map((s) => [s.id, s.paragraphs])), sentences));
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

/** Inverse document frequencies over the sources, each source one document, and its stop words. */
function storyCorpus(sources: readonly StorySource[]): Corpus {
  const langs = Map.groupBy(sources, (s) => s.lang.toLowerCase().split('-')[0] ?? '');
  const lang = [...langs].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? 'en';
  const stopwords = stopwordsFor(lang);
  return {
    stopwords,
    idf: inverseDocumentFrequencies(sources.map((s) => contentTerms(s.paragraphs.join(' '), stopwords))),
  };
}

/**
 * Ids for the chosen events: the id an earlier automatic event of the same date had, else one
 * made of the date and the headline's first words, unique among every event file. Earlier
 * automatic events no longer chosen hand their ids (and aliases) to the nearest event in time.
 */
export function assignIds(
  chosen: readonly Omit<AutomaticEvent, 'id' | 'aliases'>[],
  existing: readonly ExistingEvent[],
): { events: AutomaticEvent[]; retired: string[] } {
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
  for (const old of retired) {
    const nearest = events.reduce<AutomaticEvent | undefined>(
      (best, e) => (best === undefined || distance(e.date, old.date) < distance(best.date, old.date) ? e : best),
      undefined,
    );
    nearest?.aliases.push(old.id, ...old.aliases);
  }
  return {
    events: events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    retired: retired.map((e) => e.id),
  };
}

function distance(a: string, b: string): number {
  return Math.abs(periodStartDate(a).getTime() - periodStartDate(b).getTime());
}
