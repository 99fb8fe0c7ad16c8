import type { CollectionEntry } from 'astro:content';
import { corroboration, isDisputed } from '../timeline/disputes.ts';
import { toEventsDocument, type EventsDocument, type FeedTimeline } from './events-json.ts';

type SourceEntry = CollectionEntry<'sources'>;
type EventData = CollectionEntry<'events'>['data'];

/** The site the fixtures are published at, as `SITE_URL` would give it. */
export const fixtureSite = 'https://news.example.org';
/** The build time the fixtures use. */
export const fixtureGenerated = new Date('2026-02-01T09:30:00Z');

export const fixtureStory: CollectionEntry<'story'>['data'] = {
  title: 'Norland & Estovia <after> Varga',
  standfirst: 'Ties, bases; and talks, in Harbourtown.',
  lang: 'en',
  siteName: 'dateline',
  eras: [],
  publishUnreviewed: true,
  recentDays: 7,
};

const source = (id: string, title: string, publisher: string, published: string, lang = 'en'): SourceEntry => ({
  id,
  collection: 'sources',
  data: {
    title,
    titleDrafted: false,
    dek: '',
    published,
    publisher,
    byline: '',
    lang,
    raw: `${id}.txt`,
    rawSha256: '0'.repeat(64),
    generatedSha256: '0'.repeat(64),
    words: 400,
  },
});

const sources = {
  aa: source('aa', 'Orlov hails progress', 'AA', '2026-01-28'),
  anon: source('anon', 'Talks in Harbourtown', '', ''),
  ar: source('ar', 'الشرع في موسكو', 'وكالة', '2026-01-28T21:10', 'ar'),
};

type CitationSpec = { source: keyof typeof sources; paragraph: number; quote?: string; date?: string; says?: string };

const event = (
  id: string,
  data: Partial<EventData> & Pick<EventData, 'title' | 'date'>,
  cites: CitationSpec[],
  summary = `Summary of ${id}.`,
): FeedTimeline['events'][number] => {
  const citations = cites.map(({ source: key, paragraph, quote = `quote from ${key}`, ...rest }) => ({
    source: { collection: 'sources' as const, id: key },
    quote,
    ...rest,
    entry: sources[key],
    paragraph,
    start: 0,
    end: quote.length,
  }));
  const entryData: EventData = {
    reviewed: true,
    aliases: [],
    corrections: [],
    approximate: false,
    background: false,
    disputed: false,
    tags: [],
    actors: [],
    places: [],
    ...data,
    sources: citations.map(({ source, quote, date, says }) => ({
      source,
      quote,
      ...(date ? { date } : {}),
      ...(says ? { says } : {}),
    })),
  };
  const entry = { id, collection: 'events' as const, data: entryData };
  return {
    entry,
    citations,
    disputed: isDisputed(entry),
    corroboration: corroboration(entry),
    reviewed: entryData.reviewed,
    summary,
  };
};

/** A small timeline, in timeline order, with one event of each precision, spans, a dispute, a source cited twice and non-ASCII text. */
export const fixtureTimeline: FeedTimeline = {
  sources: [sources.aa, sources.ar, sources.anon],
  events: [
    event(
      'ties-1944',
      { title: 'Ties established', date: '1944', tags: ['diplomacy', 'history'], actors: ['Estovia', 'Norland'] },
      [{ source: 'aa', paragraph: 2 }],
    ),
    event('lowmarsh', { title: 'Forces at Lowmarsh', date: '2015', end: '2026-01-26', tags: ['military'] }, [
      { source: 'aa', paragraph: 5 },
    ]),
    event('delegations', { title: 'Delegations exchanged', date: '2024-12', end: '2026-01', approximate: true }, [
      { source: 'anon', paragraph: 1 },
    ]),
    event(
      'fall',
      { title: 'Government falls; Varga <flees>, to Estovia', date: '2024-12-08', places: ['Northport'] },
      [
        { source: 'aa', paragraph: 3, date: '2024-12-08', says: 'fled' },
        { source: 'anon', paragraph: 4, date: '2024-12-07' },
        { source: 'aa', paragraph: 6 },
      ],
      'He fled, they say; "quickly"\nand quietly.',
    ),
    event('committees', { title: 'Committees work', date: '2025-10-15', end: '2026-01-28', tags: ['diplomacy'] }, [
      { source: 'ar', paragraph: 1 },
    ]),
    event(
      'arrival',
      {
        title: 'الشرع يصل إلى موسكو لإجراء محادثات مع بوتين في الكرملين حول العلاقات الثنائية',
        date: '2026-01-28T21:10+03:00',
      },
      [{ source: 'ar', paragraph: 2 }],
    ),
  ],
};

/** The fixture timeline as `/events.json` has it, for a site under `base`. */
export function fixtureDocument(base = '/'): EventsDocument {
  return toEventsDocument(fixtureTimeline, fixtureStory, { site: fixtureSite, base, generated: fixtureGenerated });
}
