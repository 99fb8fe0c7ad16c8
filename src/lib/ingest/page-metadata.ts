import { isIsoDate } from '../iso-date.ts';
import { readDateAt } from './published-date.ts';

/** What a web page's own markup says about its article; each field is empty when the markup is silent. */
export type PageMetadata = {
  /** The headline: JSON-LD `headline`, Open Graph or Twitter title, the article's `<h1>`, then `<title>`. */
  title: string;
  /** The standfirst: JSON-LD `description`, then the Open Graph, `description` or Twitter meta tag. */
  dek: string;
  /** First publication (ISO 8601): JSON-LD `datePublished`, `article:published_time` and kin, `<time>`. */
  published: string;
  /** Last modification (ISO 8601): JSON-LD `dateModified`, `article:modified_time`, `og:updated_time`. */
  modified: string;
  /** The publisher's name: JSON-LD `publisher`, then `og:site_name`. */
  publisher: string;
  /** Authors' names: JSON-LD `author`, then `<meta name="author">` and kin. */
  authors: string[];
  /** BCP 47 tag: `<html lang>`, JSON-LD `inLanguage`, `Content-Language`, then `og:locale`. */
  lang: string;
  /** Absolute http(s) URL of the article: `<link rel="canonical">`, `og:url`, then JSON-LD `url`. */
  url: string;
  /** The schema.org type of the article the JSON-LD describes (`NewsArticle`, `LiveBlogPosting`…); empty without one. */
  type: string;
  /** True when the JSON-LD marks the article as not free to read (`isAccessibleForFree: false`). */
  paywalled: boolean;
};

type JsonObject = Record<string, unknown>;

/** schema.org types of articles (Article and its subtypes that news sites use). */
const articleTypes = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
  'SatiricalArticle',
]);

const metaKeys = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title'],
  dek: ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.description'],
  published: [
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'dc.date.issued',
    'dcterms.issued',
    'dcterms.created',
    'dc.date',
    'date',
    'parsely-pub-date',
    'sailthru.date',
  ],
  modified: [
    'article:modified_time',
    'og:article:modified_time',
    'og:updated_time',
    'datemodified',
    'dcterms.modified',
  ],
  publisher: ['og:site_name', 'dc.publisher', 'dcterms.publisher', 'publisher'],
  authors: ['author', 'article:author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'sailthru.author'],
  lang: ['content-language', 'dc.language', 'og:locale'],
  url: ['og:url'],
};

/**
 * Reads a page's metadata from its markup: JSON-LD (`NewsArticle`, `Article`, `ReportageNewsArticle`,
 * `LiveBlogPosting`…, in `@graph` arrays too, with `@id` references followed), Open Graph and
 * `article:*` meta tags, `<meta name="author">`, `<time datetime>`, `<link rel="canonical">` and
 * `<html lang>`. Relative URLs resolve against `pageUrl` (where the page was fetched from), when given.
 * Call it before anything that changes the document (Readability removes scripts).
 */
export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const { article, byId } = jsonLdArticle(document);
  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value['@id'] === 'string' && !('name' in value)
      ? (byId.get(value['@id']) ?? value)
      : value;
  const meta = metaTags(document);
  const fromMeta = (keys: readonly string[]): string[] => keys.flatMap((k) => meta.get(k) ?? []);
  const ld = (key: string): unknown => (article ? resolve(article[key]) : undefined);

  const publisher = first(namesOf(ld('publisher'), resolve), fromMeta(metaKeys.publisher).map(clean));
  const title = first(
    [stringOf(ld('headline')), stringOf(ld('name'))],
    fromMeta(metaKeys.title).map(clean),
    [textOf(document.querySelector('article h1, main h1, [role="main"] h1') ?? document.querySelector('h1'))],
    [textOf(document.querySelector('title'))],
  );
  const dateOf = (...candidates: (string | undefined)[][]): string =>
    first(candidates.flat().map((v) => (v === undefined ? '' : normalizeMarkupDate(v))));
  const itemprop = (name: string): string[] =>
    [...document.querySelectorAll(`[itemprop~="${name}"]`)].map(
      (el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? '',
    );
  const timeIn = document.querySelector('article time[datetime], main time[datetime], [role="main"] time[datetime]');

  const langs = [
    document.documentElement.getAttribute('lang') ?? '',
    stringOf(ld('inLanguage')) || namesOf(ld('inLanguage'), resolve)[0] || '',
    ...fromMeta(metaKeys.lang),
  ];
  const urls = [
    ...[...document.querySelectorAll('link[rel]')]
      .filter((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''))
      .map((l) => l.getAttribute('href') ?? ''),
    ...fromMeta(metaKeys.url),
    stringOf(ld('url')),
    stringOf(ld('mainEntityOfPage')) ||
      stringOf(isObject(article?.['mainEntityOfPage']) ? article['mainEntityOfPage']['@id'] : ''),
  ];
  const free = article?.['isAccessibleForFree'];
  const ldAuthors = namesOf(ld('author'), resolve);
  // `article:author` is often a profile URL rather than a name.
  const metaAuthors = unique(
    fromMeta(metaKeys.authors)
      .filter((a) => !/^https?:\/\//i.test(a))
      .map(clean),
  );

  return {
    title: withoutPublisher(title, publisher),
    dek: first([stringOf(ld('description'))], fromMeta(metaKeys.dek).map(clean)),
    published: dateOf(
      [stringOf(ld('datePublished')), stringOf(ld('coverageStartTime'))],
      fromMeta(metaKeys.published),
      itemprop('datePublished'),
      [document.querySelector('time[pubdate]')?.getAttribute('datetime') ?? undefined],
      [timeIn?.getAttribute('datetime') ?? undefined],
    ),
    modified: dateOf([stringOf(ld('dateModified'))], fromMeta(metaKeys.modified), itemprop('dateModified')),
    publisher,
    authors: ldAuthors.length > 0 ? ldAuthors : metaAuthors,
    lang: first(langs.map(normalizeLang)),
    url: first(urls.map((u) => absoluteHttpUrl(u, pageUrl))),
    // The most specific type, when a node has several (`["Article", "NewsArticle"]`).
    type: article
      ? (typesOf(article)
          .filter((t) => articleTypes.has(t))
          .sort((a, b) => Number(a === 'Article') - Number(b === 'Article'))[0] ?? '')
      : '',
    paywalled: free === false || (typeof free === 'string' && free.trim().toLowerCase() === 'false'),
  };
}

/**
 * An ISO 8601 date from markup in the form the schema accepts: `2026-01-28`, or a date-time with
 * its seconds and zone as given (`2026-01-28T21:10:00+03:00`; fractions dropped, `+0300` written
 * `+03:00`). Other shapes news sites print (`January 28, 2026`, `Wed, 28 Jan 2026 21:10 GMT`) are
 * read as a dateline would be. Empty when `value` is no date.
 */
export function normalizeMarkupDate(value: string): string {
  const v = value.trim();
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const time =
      h === undefined ? '' : `T${h}:${mi}${s === undefined ? '' : `:${s}`}${zone === undefined ? '' : zoneOf(zone)}`;
    const iso = `${y}-${mo}-${d}${time}`;
    return isIsoDate(iso) ? iso : '';
  }
  const printed = readDateAt(v);
  return printed?.value && isIsoDate(printed.value) ? printed.value : '';
}

/** `Z`, `+03`, `+0300` or `+03:00` as the schema writes a zone: `Z` or `±hh:mm`. */
function zoneOf(zone: string): string {
  if (/^z$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}

/** The first article node of the page's JSON-LD, and every node with an `@id` (for references). */
function jsonLdArticle(document: Document): { article: JsonObject | undefined; byId: Map<string, JsonObject> } {
  const nodes: JsonObject[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(add);
    if (!isObject(value)) return;
    nodes.push(value);
    add(value['@graph']);
    // A WebPage whose main entity is the article.
    if (isObject(value['mainEntity'])) add(value['mainEntity']);
  };
  for (const script of document.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      add(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // A block that is not JSON says nothing; the page's other markup still may.
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  return { article: nodes.find((n) => typesOf(n).some((t) => articleTypes.has(t))), byId };
}

/** A node's `@type`s without their vocabulary (`schema:NewsArticle`, `https://schema.org/NewsArticle` → `NewsArticle`). */
function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

/** Every meta tag's content by its lower-cased `property`, `name`, `itemprop` or `http-equiv`, in page order. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key) tags.set(key, [...(tags.get(key) ?? []), content]);
      }
    }
  }
  return tags;
}

/** Names in a JSON-LD value: a string, a `{ name }` object (or a reference to one), or an array of them. */
function namesOf(value: unknown, resolve: (v: unknown) => unknown): string[] {
  if (Array.isArray(value)) return unique(value.flatMap((v) => namesOf(v, resolve)));
  const target = resolve(value);
  if (typeof target === 'string') return clean(target) ? [clean(target)] : [];
  if (isObject(target)) return namesOf(typeof target['name'] === 'string' ? target['name'] : undefined, resolve);
  return [];
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? clean(value) : '';
}

function textOf(el: Element | null): string {
  return el ? clean(el.textContent ?? '') : '';
}

/**
 * Text from markup as one line: whitespace collapsed, and the character references some sites
 * leave escaped inside JSON-LD and meta tags (`&amp;`, `&#8217;`) decoded.
 */
function clean(text: string): string {
  return text
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (whole, dec, hex, named) => {
      if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[named.toLowerCase() as 'amp'];
      const code = Number.parseInt(dec ?? hex, dec ? 10 : 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A title without the site name sites append or prepend ("Talks resume | Valley Herald"). */
function withoutPublisher(title: string, publisher: string): string {
  if (!publisher) return title;
  const separator = String.raw`\s+[|–—·:-]\s+`;
  const name = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title
    .replace(new RegExp(`${separator}${name}$`, 'i'), '')
    .replace(new RegExp(`^${name}${separator}`, 'i'), '');
  return stripped || title;
}

/** A language tag in canonical BCP 47 form (`en_gb` → `en-GB`), or empty when it is not one. */
function normalizeLang(tag: string): string {
  const candidate = tag.trim().replace(/_/g, '-');
  if (!candidate) return '';
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? '';
  } catch {
    return '';
  }
}

/** `href` as an absolute http(s) URL (resolved against `base`), or empty for any other scheme. */
function absoluteHttpUrl(href: string, base: string | undefined): string {
  if (!href.trim()) return '';
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** The first value that is not empty, in the order given. */
function first(...lists: string[][]): string {
  return lists.flat().find((v) => v !== '') ?? '';
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
