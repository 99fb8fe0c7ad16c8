import { XMLParser } from 'fast-xml-parser';

/** The articles a feed lists: its title and each item's link, in feed order. */
export type FeedLinks = { ok: true; title: string; links: string[] } | { ok: false; reason: string };

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // `atom:link`, `rdf:RDF`…: the prefix a feed chooses does not change what an element is.
  removeNSPrefix: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/**
 * Reads the article links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item's `link` (or its
 * permalink `guid`), each entry's `alternate` link, resolved against `feedUrl`. Only http(s) links
 * are kept, each once.
 */
export function feedLinks(xml: string, feedUrl: string): FeedLinks {
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (error) {
    return { ok: false, reason: `it is not well-formed XML, so not an RSS or Atom feed (${(error as Error).message})` };
  }
  const rss = node(doc['rss']);
  const rdf = node(doc['RDF']);
  const atom = node(doc['feed']);
  let title: unknown;
  let links: (string | undefined)[];
  if (rss || rdf) {
    const channel = node((rss ?? rdf)!['channel']);
    title = channel?.['title'];
    const items = list(rss ? channel?.['item'] : rdf!['item']);
    links = items.map((item) => {
      const link = list(item['link']).map(text).find(Boolean);
      if (link) return link;
      const guid = item['guid'];
      return node(guid)?.['@_isPermaLink'] === 'false' ? undefined : text(guid);
    });
  } else if (atom) {
    title = atom['title'];
    links = list(atom['entry']).map((entry) => {
      const candidates = list(entry['link']);
      const alternate = candidates.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? candidates[0];
      return typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : undefined;
    });
  } else {
    return { ok: false, reason: 'it is neither an RSS nor an Atom feed (no <rss>, <rdf:RDF> or <feed> element)' };
  }
  const resolved = links.map((l) => (l ? absoluteHttp(l.trim(), feedUrl) : undefined)).filter((l): l is string => !!l);
  return { ok: true, title: text(title) ?? '', links: [...new Set(resolved)] };
}

function node(value: unknown): XmlNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

function list(value: unknown): XmlNode[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': v }));
}

/** The text of an element: the element itself when it is a string, or its `#text`. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  const inner = node(value)?.['#text'];
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner).trim() || undefined : undefined;
}

function absoluteHttp(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
