/**
 * Hostile input through ingest: every case of the corpus lands in one temporary content directory
 * (a copy of content/, never content/ itself), as a user's pile of files would, and one ingest run
 * takes them all. Each one is either ingested, or refused with one clear message naming the file;
 * nothing else in the content tree changes; and the MDX it writes compiles to exactly the cleaned
 * text, with no foreign nodes. One run, not one per case: a CLI start costs seconds on a small
 * machine, and a bad file must not disturb its neighbours anyway.
 * A property test does the same for random mixes of the hostile fragments.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { ingestArticle, type IngestedArticle } from '../src/lib/ingest/ingest-article.ts';
import { ingestRaw } from '../src/lib/ingest/ingest-raw.ts';
import { renderMdxBody } from '../src/lib/ingest/render-mdx-text.test-helper.ts';
import { sourceSlug } from '../src/lib/ingest/source-slug.ts';
import { articleWith, hashTree, hostileCases, type HostileCase } from './hostile-corpus.ts';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'src/cli/ingest.ts');
const tagOf = { paragraph: 'p', heading: 'h2', caption: 'figcaption' } as const;

/** Runs the ingest CLI over a content directory. */
function ingest(content: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, '--content', content], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (out += c));
    child.on('close', (status) => resolve({ status, out }));
  });
}

/** The body of a source file, after its frontmatter. */
const bodyOf = (mdx: string): string => splitFrontmatter(mdx)!.body;

let work: string;
let dir: string;
let run: { status: number | null; out: string };
let before: Map<string, string>;
let after: Map<string, string>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
  // A content tree like the real one, brought up to date first, so that the hostile files are all
  // that the run under test has to do.
  dir = join(work, 'content');
  cpSync(join(root, 'content'), dir, { recursive: true });
  await ingest(dir);
  for (const c of hostileCases) writeFileSync(join(dir, 'raw', c.file), c.bytes);
  before = hashTree(dir);
  run = await ingest(dir);
  after = hashTree(dir);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const refused = hostileCases.filter((c) => c.expect !== 'ok');
const createdOf = (c: HostileCase): string => `sources/${sourceSlug(c.file)}.mdx`;

it('exits 1, counts one error per refused file, and changes nothing but the new sources', () => {
  expect(run.status, run.out).toBe(1);
  expect(run.out).toContain(`, ${refused.length} errors`);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
  expect(changed.sort()).toEqual(
    hostileCases
      .filter((c) => c.expect === 'ok')
      .map(createdOf)
      .sort(),
  );
});

describe.each(hostileCases)('hostile raw file $name', (c: HostileCase) => {
  const id = sourceSlug(c.file);
  const errors = (): string[] =>
    run.out.split('\n').filter((l) => l.includes(' error ') && l.includes(`raw/${c.file}: `));

  if (c.expect === 'ok') {
    it('is ingested, and the MDX renders exactly the cleaned text with no foreign nodes', async () => {
      expect(errors(), run.out).toEqual([]);
      const mdx = readFileSync(join(dir, 'sources', `${id}.mdx`), 'utf8');
      const expected = ingestRaw(c.bytes, c.file, { defaultLang: 'en' }) as IngestedArticle;
      expect(mdx).toBe(expected.mdx);
      // The frontmatter survives YAML: every field reads back as ingest found it.
      expect(splitFrontmatter(mdx)!.data).toMatchObject(expected.frontmatter);
      const rendered = await renderMdxBody(bodyOf(mdx));
      expect(rendered.foreign).toEqual([]);
      expect(rendered.blocks).toEqual(expected.blocks.map((b) => ({ tag: tagOf[b.kind], text: b.text })));
    });
  } else {
    const reason = c.expect;
    it('is refused with one clear message naming the file, and writes no source', () => {
      const found = errors();
      expect(found, run.out).toHaveLength(1);
      expect(found[0]).toMatch(reason);
      expect(after.has(createdOf(c))).toBe(false);
    });
  }
});

it('the corpus covers what it says: 100,000-character lines, 2,000 paragraphs, 5 MB files', () => {
  const sizes = Object.fromEntries(hostileCases.map((c) => [c.name, c.bytes.length]));
  expect(sizes['5mb']).toBeGreaterThanOrEqual(5 * 1024 * 1024);
  expect(
    new TextDecoder()
      .decode(hostileCases.find((c) => c.name === 'long-line')!.bytes)
      .split('\n')
      .some((l) => l.length >= 100_000),
  ).toBe(true);
  expect(existsSync(cli)).toBe(true);
});

// Fragments of every kind in the corpus, for random mixes.
const fragment = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<Foo bar={x} />',
  '</div>',
  '<>',
  '{alert(1)}',
  '{',
  '}',
  '${x}',
  'import x from "y"',
  'export const a = 1',
  'export default 1',
  '[a](javascript:alert(1))',
  '![i](https://evil.example/x.png)',
  '<javascript:alert(1)>',
  '[r]: javascript:x',
  '&lt;',
  '&amp;',
  '&#0;',
  '&copy;',
  '# ',
  '> ',
  '- ',
  '1. ',
  '| a |',
  '```',
  '***',
  '<!-- c -->',
  '\\',
  '---',
  '+++',
  '\u0001',
  '\u001b[31m',
  '\uFEFF',
  '\r\n',
  '\r',
  '\u202E',
  '\u2066',
  '\u200D',
  '\u200B',
  '👩‍👩‍👧',
  'مرحبا',
  'שלום',
  'the',
  'delegates',
  'said',
  'on',
  'Monday',
  '2026',
  ',',
  '.',
  ' ',
  ' ',
  ' ',
);
const sentence = fc
  .array(fragment, { minLength: 1, maxLength: 14 })
  .map((parts) => `Officials said ${parts.join(' ')} in the statement.`);

it('ingest → MDX keeps random mixes of hostile fragments literal (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')),
        { minLength: 1, maxLength: 6 },
      ),
      async (paragraphs) => {
        const result = ingestArticle(new TextEncoder().encode(articleWith(paragraphs)), 'mix.txt', {
          defaultLang: 'en',
        });
        if (!result.ok) throw new Error(`ingest refused a prose article: ${result.reason}`);
        const rendered = await renderMdxBody(bodyOf(result.mdx));
        expect(rendered.foreign).toEqual([]);
        expect(rendered.blocks).toEqual(result.blocks.map((b) => ({ tag: tagOf[b.kind], text: b.text })));
      },
    ),
    { numRuns: 150 },
  );
}, 30_000);
