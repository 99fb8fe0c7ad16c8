import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest-article.ts';
import { renderMdxBody } from './render-mdx-text.test-helper.ts';
import { readExistingSource } from './source-file.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const ingest = (s: string | Uint8Array) =>
  ingestArticle(typeof s === 'string' ? bytes(s) : s, 'test.txt', { defaultLang: 'en' });
const prose =
  'The council met on Tuesday to discuss the budget. Members voted to approve the plan after a long debate.';

describe('ingestArticle: bad input gets one clear reason', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['binary data', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), /binary|UTF-8/],
    ['invalid UTF-8', Uint8Array.of(0x48, 0x69, 0xc3, 0x28, 0x2e), /not valid UTF-8/],
    ['no sentences', 'menu\nhome\nabout us\ncontact', /no sentences/],
    ['a 10 MB file', new Uint8Array(10 * 1024 * 1024).fill(0x61), /over the .* limit/],
    [
      'a file that is mostly chrome',
      `Dear readers! We have a new commenting system. Please read the comment policy first. Registration is required to comment here.\nA short story follows here today.`,
      /cleaning would remove 3 of its 4 sentences \(75%, limit 25%\) by the rules: comment policy/,
    ],
  ])('%s', (_, input, reason) => {
    const result = ingest(input);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});

describe('ingestArticle: hostile text stays text', () => {
  it.each([
    '<script>alert(1)</script> was found in the page source.',
    '{process.exit()} is what the attacker typed into the form.',
    'export const x = 1 is a line of JavaScript, not news.',
    'import os; os.system("rm -rf /") appeared in the leak.',
    '<img src=x onerror=alert(1)> was embedded in the comment.',
    '[click](javascript:alert(1)) was the link they shared.',
  ])('%j', async (line) => {
    const result = ingest(`${prose}\n\n${line}\n\nThe mayor declined to comment on the vote, her office said.`);
    if (!result.ok) throw new Error(result.reason);
    const body = result.mdx.slice(result.mdx.indexOf('\n---\n') + 5);
    const rendered = await renderMdxBody(body);
    expect(rendered.foreign).toEqual([]);
    expect(rendered.blocks.map((b) => b.text)).toContain(line);
  });
});

describe('ingestArticle: output', () => {
  it('is identical for identical input (idempotent)', () => {
    const a = ingest(`Headline here\n\n${prose}`);
    const b = ingest(`Headline here\n\n${prose}`);
    expect(a).toEqual(b);
  });

  it('stamps the file so an untouched file reads as unedited and any edit as edited', () => {
    const result = ingest(`Headline here\n\n${prose}`);
    if (!result.ok) throw new Error(result.reason);
    expect(readExistingSource(result.mdx)).toEqual({ rawSha256: result.frontmatter.rawSha256, handEdited: false });
    expect(readExistingSource(result.mdx.replace('Members voted', 'Members narrowly voted')).handEdited).toBe(true);
    expect(readExistingSource(result.mdx.replace('publisher: ""', 'publisher: "City Desk"')).handEdited).toBe(true);
  });

  it('drafts a title from the lede when the text has no headline', () => {
    const result = ingest(prose);
    expect(result).toMatchObject({
      ok: true,
      frontmatter: { title: 'The council met on Tuesday to discuss the budget', titleDrafted: true },
    });
  });

  it('detects right-to-left articles', () => {
    const arabic =
      'التقى الرئيس الروسي فلاديمير بوتين بنظيره السوري في موسكو يوم الأربعاء. وناقش الجانبان العلاقات الثنائية والتعاون الاقتصادي.';
    expect(ingest(arabic)).toMatchObject({ ok: true, frontmatter: { lang: 'ar' } });
  });
});
