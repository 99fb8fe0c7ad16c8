import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle, type IngestedArticle } from '../src/lib/ingest/ingest-article.ts';

/** The five articles the first story was built from, exactly as received. */
function ingestSeed(name: string): IngestedArticle {
  const result = ingestArticle(new Uint8Array(readFileSync(new URL(`../content/raw/${name}`, import.meta.url))), name, {
    defaultLang: 'en',
  });
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result;
}

describe.each([
  {
    raw: 'aa-2026-01-28.txt',
    title: 'Putin hails progress in Syria during Moscow talks with al Sharaa',
    titleDrafted: false,
    dek: 'Syrian President Ahmed al Sharaa arrives in Moscow on his second trip in four months.',
    published: '2026-01-28',
    publisher: 'AA',
    byline: '',
    headings: ['Historic Russia-Syria ties', 'Region in need of stabilisation', 'Russian troops presence'],
    captions: 1,
    firstParagraph: 'Russian President Vladimir Putin on Wednesday congratulated',
    lastParagraph: 'this is the prerogative of the Ministry of Defence. We recommend contacting them,” he said.',
  },
  {
    raw: 'eurasia-press-2026-01-28.txt',
    title:
      'Syrian transitional President Ahmed al-Sharaa said during a meeting with Russian President Vladimir Putin in Moscow that Russia…',
    titleDrafted: true,
    dek: '',
    published: '2026-01-28', // only "Wednesday, 28 January" in the text: the year is inferred
    publisher: 'Eurasia Press & News',
    byline: '',
    headings: ['Discussion files', 'Previous visit'],
    captions: 0,
    firstParagraph: 'Syrian transitional President Ahmed al-Sharaa said during a meeting',
    lastParagraph: 'ties between the two countries have always been very friendly.',
  },
  {
    raw: 'unattributed-2026-01-28.txt',
    title:
      'President Ahmad Al-Sharaa held an official meeting on Wednesday evening, January 28, with Russian President Vladimir Putin in…',
    titleDrafted: true,
    dek: '',
    published: '2026-01-28',
    publisher: '',
    byline: '',
    headings: [],
    captions: 0,
    firstParagraph: 'President Ahmad Al-Sharaa held an official meeting on Wednesday evening',
    lastParagraph: 'following the fall of the former regime took place last October.',
  },
  {
    raw: 'rt-2026-01-28.txt',
    title: 'Syrian president visits Moscow for second time in under four months',
    titleDrafted: false,
    dek: 'Relations between the two countries “continue to progress,” according to Vladimir Putin',
    published: '2026-01-28T21:10',
    publisher: 'rttv.ru', // the contact domain in the comment block
    byline: '',
    headings: [],
    captions: 0,
    firstParagraph: 'Russian President Vladimir Putin met his Syrian counterpart Ahmed al-Sharaa on Wednesday',
    lastParagraph: 'who said he was “very satisfied” with Syria’s new leadership.',
  },
  {
    raw: 'bna-2026-01-28.txt',
    title: 'Syria’s al-Sharaa meets Putin as Moscow seeks to secure military bases',
    titleDrafted: false,
    dek: '',
    published: '2026-01-28',
    publisher: 'bna Cairo bureau',
    byline: 'By bna Cairo bureau',
    headings: [],
    captions: 1,
    firstParagraph:
      'Russian President Vladimir Putin met with Syrian President Ahmed al-Sharaa at the Kremlin on January 28',
    lastParagraph: 'following Moscow’s intervention in the conflict at the request of the Assad government.',
  },
])('seed $raw', (seed) => {
  const article = ingestSeed(seed.raw);
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

  it('reads the metadata the text shows, and nothing else', () => {
    const { title, titleDrafted, dek, published, publisher, byline, lang, raw } = article.frontmatter;
    expect({ title, titleDrafted, dek, published, publisher, byline, lang, raw }).toEqual({
      title: seed.title,
      titleDrafted: seed.titleDrafted,
      dek: seed.dek,
      published: seed.published,
      publisher: seed.publisher,
      byline: seed.byline,
      lang: 'en',
      raw: seed.raw,
    });
  });

  it('keeps section headings and photo captions apart from the body', () => {
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(seed.headings);
    expect(article.blocks.filter((b) => b.kind === 'caption')).toHaveLength(seed.captions);
  });

  it('keeps the article from its first paragraph to its last', () => {
    expect(paragraphs[0]).toContain(seed.firstParagraph);
    expect(paragraphs.at(-1)).toContain(seed.lastParagraph);
  });

  it('leaves no site chrome in the text', () => {
    const text = article.blocks.map((b) => b.text).join('\n');
    for (const chrome of ['bookmarkicon', 'Dear readers', 'Podcasts', 'No comments:', '0:00', 'date 2026'])
      expect(text).not.toContain(chrome);
  });

  it('reports every line it took out', () => {
    const rawLines = readFileSync(new URL(`../content/raw/${seed.raw}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim()).length;
    const keptLines = article.blocks.length + (seed.titleDrafted ? 0 : 1) + (seed.dek ? 1 : 0);
    // A line can be both kept and reported (" date 2026-01-28 President …"), or reported twice
    // (" date 2026-01-28 WORLD": a dateline and a section label): count each line once.
    const kept = new Set(article.blocks.map((b) => b.line));
    const removedOnly = new Set(article.removed.map((r) => r.line.number).filter((n) => !kept.has(n)));
    expect(keptLines + removedOnly.size).toBe(rawLines);
  });
});
