/**
 * Synthetic stories for the build benchmark: N realistic raw articles made from the paragraphs
 * of the seed articles in content/raw/ (shuffled, perturbed, dated across 27 years, each with a
 * unique headline and a unique dated paragraph), plus two reviewed events per article whose
 * quotes are copied word for word from the generated paragraphs, so every page type is built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../src/lib/ingest/ingest-article.ts';
import { monthNames } from '../src/lib/dates/lexicon.ts';
import { sourceSlug } from '../src/lib/ingest/source-slug.ts';

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same story. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The article paragraphs of the seed articles, as ingest cleans them. */
export function seedParagraphs(rawDir: string): string[] {
  return readdirSync(rawDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const result = ingestArticle(new Uint8Array(readFileSync(join(rawDir, name))), name, { defaultLang: 'en' });
      if (!result.ok) throw new Error(`${rawDir}/${name}: ${result.reason}`);
      return result.blocks
        .filter((b) => b.kind === 'paragraph' && /[.!?]["”’]?$/.test(b.text) && b.text.split(' ').length >= 12)
        .map((b) => b.text);
    });
}

const cities = ['Moscow', 'Damascus', 'Ankara', 'Beirut', 'Amman', 'Cairo', 'Geneva', 'Doha', 'Riyadh', 'Baghdad'];
const subjects = ['Envoys', 'Ministers', 'Delegations', 'Negotiators', 'Officials', 'Diplomats', 'Leaders'];
const verbs = ['resume talks on', 'discuss', 'weigh', 'review', 'sign accords on', 'debate'];
const topics = [
  'reconstruction',
  'military bases',
  'trade routes',
  'energy supplies',
  'border security',
  'grain deliveries',
  'refugee returns',
];
const reporters = ['Lena Markova', 'Omar Haddad', 'Sara Lindqvist', 'Youssef Karam', 'Anna Petrova', 'David Okafor'];
const publishers = ['Levant Wire', 'Northern Dispatch', 'Eastern Herald', 'Capital News Agency', 'Regional Monitor'];
const tags = ['diplomacy', 'economy', 'military', 'energy', 'reconstruction'];

/** A generated article: its raw file, and the paragraphs ingest will keep (for quoting). */
export type SyntheticArticle = {
  file: string;
  id: string;
  text: string;
  date: string;
  paragraphs: string[];
  unique: string;
};

/** A generated reviewed event file. */
export type SyntheticEvent = { file: string; text: string };

/** Generates `count` articles and `2 × count` events from the seed paragraphs. */
export function syntheticStory(
  pool: readonly string[],
  count: number,
  seed = 42,
): { articles: SyntheticArticle[]; events: SyntheticEvent[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const [year, month, day] = [int(2000, 2026), int(1, 12), int(1, 28)];
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const topic = pick(topics);
    const city = pick(cities);
    const headline = `${pick(subjects)} ${pick(verbs)} ${topic} in ${city}, dispatch ${i + 1}`;
    // Shuffle a sample of seed paragraphs and move some of them to another capital.
    const body = [...pool]
      .sort(() => random() - 0.5)
      .slice(0, int(6, 12))
      .map((p) => (random() < 0.3 ? p.replaceAll('Moscow', pick(cities)) : p));
    const [uy, um, ud] = [int(1990, year), int(1, 12), int(1, 28)];
    const unique = `Officials in ${city} said on ${ud} ${monthNames[um - 1]} ${uy} that the ${topic} review number ${i + 1} would be completed within ${int(2, 9)} weeks, according to people familiar with the matter.`;
    body.splice(int(1, body.length), 0, unique);
    const text =
      [headline, `${monthNames[month - 1]} ${day}, ${year}`, `By ${pick(reporters)}`, ...body, pick(publishers)].join(
        '\n\n',
      ) + '\n';
    const file = `a${String(i + 1).padStart(4, '0')}-${date}.txt`;
    articles.push({
      file,
      id: sourceSlug(file),
      text,
      date: `${uy}-${String(um).padStart(2, '0')}-${String(ud).padStart(2, '0')}`,
      paragraphs: body,
      unique,
    });
  }
  const quoteFrom = (paragraph: string): string => {
    const words = paragraph.split(' ');
    const start = int(0, Math.max(0, words.length - 10));
    return words.slice(start, start + 10).join(' ');
  };
  const events: SyntheticEvent[] = articles.flatMap((a, i) => {
    const next = articles[(i + 1) % articles.length]!;
    const eventFile = (slug: string, title: string, date: string, cites: { source: string; quote: string }[]) => ({
      file: `${slug}.mdx`,
      text: [
        '---',
        `title: ${JSON.stringify(title)}`,
        `date: "${date}"`,
        `tags: [${pick(tags)}]`,
        `actors: [${JSON.stringify(pick(subjects))}]`,
        `places: [${JSON.stringify(pick(cities))}]`,
        'sources:',
        ...cites.flatMap((c) => [`  - source: ${c.source}`, `    quote: ${JSON.stringify(c.quote)}`]),
        '---',
        '',
        `${title}, as reported in ${cites.length === 1 ? 'one source' : `${cites.length} sources`}.`,
        '',
      ].join('\n'),
    });
    return [
      eventFile(`ev-${String(i + 1).padStart(4, '0')}-review`, `Review number ${i + 1} announced`, a.date, [
        { source: a.id, quote: quoteFrom(a.unique) },
      ]),
      eventFile(
        `ev-${String(i + 1).padStart(4, '0')}-talks`,
        `Talks reported in dispatch ${i + 1}`,
        `${int(1990, 2026)}`,
        [
          { source: a.id, quote: quoteFrom(pick(a.paragraphs)) },
          ...(next === a ? [] : [{ source: next.id, quote: quoteFrom(pick(next.paragraphs)) }]),
        ],
      ),
    ];
  });
  return { articles, events };
}
