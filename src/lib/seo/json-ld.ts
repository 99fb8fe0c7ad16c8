/**
 * JSON-LD for the site's pages, as plain data in and schema.org objects out: `NewsArticle` for a
 * source, `Event` for an event, `ItemList` for the timeline. Only what the content really holds is
 * stated; an unknown publisher or date is left out rather than guessed.
 */
import type { Event, ItemList, NewsArticle, WithContext } from 'schema-dts';

/** A source article as its page presents it. */
export type ArticleFacts = {
  /** Absolute URL of the article's page on this site. */
  url: string;
  headline: string;
  /** Standfirst, when the article has one. */
  description?: string | undefined;
  /** ISO 8601 publication date; empty when unknown. */
  published: string;
  /** Publisher as the text shows it; empty when unknown. */
  publisher: string;
  /** BCP 47 language tag. */
  lang: string;
};

/** An event as its page presents it. */
export type EventFacts = {
  /** Absolute URL of the event's page. */
  url: string;
  name: string;
  /** Plain-text summary. */
  description: string;
  /** ISO 8601 at the event's own precision (`1944`, `2024-12`, `2025-10-15`). */
  start: string;
  end?: string | undefined;
  places: readonly string[];
  tags: readonly string[];
  /** The articles it is based on. */
  citedArticles: readonly ArticleFacts[];
  /** When its page was first published and last changed (ISO 8601), when the history is known. */
  published?: string | undefined;
  modified?: string | undefined;
};

/** A schema.org `NewsArticle` for a source page. */
export function newsArticleJsonLd(article: ArticleFacts): WithContext<NewsArticle> {
  return { '@context': 'https://schema.org', ...articleNode(article) };
}

/** A schema.org `Event` for an event page: dates at their precision, places, the articles that report it. */
export function eventJsonLd(event: EventFacts): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.description,
    url: event.url,
    startDate: event.start,
    ...(event.end ? { endDate: event.end } : {}),
    ...(event.places.length > 0 ? { location: event.places.map((name) => ({ '@type': 'Place' as const, name })) } : {}),
    ...(event.tags.length > 0 ? { keywords: event.tags.join(', ') } : {}),
    subjectOf: event.citedArticles.map(articleNode),
    // An Event has no publication dates of its own; the page about it (a CreativeWork) does.
    ...(event.published
      ? {
          mainEntityOfPage: {
            '@type': 'WebPage' as const,
            '@id': event.url,
            url: event.url,
            datePublished: event.published,
            ...(event.modified ? { dateModified: event.modified } : {}),
          },
        }
      : {}),
  };
}

/** A schema.org `ItemList` of pages in order (the timeline's events), positions from 1. */
export function itemListJsonLd(name: string, items: readonly { url: string; name: string }[]): WithContext<ItemList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, url: item.url, name: item.name })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so no text can close the script. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function articleNode(article: ArticleFacts): NewsArticle {
  return {
    '@type': 'NewsArticle',
    headline: article.headline,
    url: article.url,
    inLanguage: article.lang,
    ...(article.description ? { description: article.description } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.publisher ? { publisher: { '@type': 'Organization', name: article.publisher } } : {}),
  };
}
