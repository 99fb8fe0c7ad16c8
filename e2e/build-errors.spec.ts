/**
 * Invalid content must fail the build with a message naming the file, the field and the problem.
 * Each case builds a copy of the project with its broken file (`bench/temp-project.ts`: packages linked, not copied).
 * Problems the build reports together share one build: both bad citations (every citation is
 * checked, then all failures are reported at once), and both id clashes (likewise); each test
 * still checks only its own file's message. Schema errors stop the content sync at the first bad
 * entry, so each of those builds alone (they stop before bundling, so they are quick).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSync, copyProject, root } from '../bench/temp-project.ts';

type BuildResult = { status: number | null; output: string };

/** Builds a copy of the project with these files added or replaced, once: later calls with the same name share the result. */
const shared = new Map<string, BuildResult>();
function sharedBuild(name: string, files: Record<string, string>): BuildResult {
  if (!shared.has(name)) {
    const entries = Object.entries(files);
    const [file, text] = entries[0]!;
    shared.set(name, buildWith(file, text, Object.fromEntries(entries.slice(1))));
  }
  return shared.get(name)!;
}

function buildWith(file: string, text: string, more: Record<string, string> = {}): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-build-'));
  try {
    // The code copied and each package linked: the copy's caches (`node_modules/.astro`: the
    // content store and the page cache of incremental builds) are its own, never the project's.
    copyProject(dir);
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    for (const [path, content] of Object.entries({ [file]: text, ...more })) writeFileSync(join(dir, path), content);
    return buildSync(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const event = (sources: string, date = '"2026-01-28"') =>
  `---\ntitle: A test event\ndate: ${date}\nsources:\n${sources}\n---\n\nSummary.\n`;
const validCitation = '  - source: aa-2026-01-28\n    quote: "diplomatic relations were established in 1944"';
const existingEvent = '2024-12-08-fall-of-assad';
const otherExistingEvent = '1944-diplomatic-relations';

const wrongQuote = {
  'content/events/zz-wrong-quote.mdx': event('  - source: aa-2026-01-28\n    quote: "Putin announced a lunar landing"'),
};
const unknownSource = { 'content/events/zz-unknown-source.mdx': event('  - source: no-such-source\n    quote: "x"') };
/** Both bad citations in one build. */
const badCitations = () => sharedBuild('citations', { ...wrongQuote, ...unknownSource });
const caseClash = () => ({
  [`content/events/${existingEvent.replace('fall-of-assad', 'Fall-Of-Assad')}.mdx`]: readFileSync(
    join(root, 'content/events', `${existingEvent}.mdx`),
    'utf8',
  ),
});
const slugClash = {
  'content/events/zz-slug-clash.mdx': `---\ntitle: A clash\nslug: ${otherExistingEvent}\ndate: "1944"\nsources:\n${validCitation}\n---\n\nSummary.\n`,
};
/** Both id clashes in one build (with different existing events, so each clash is between two files). */
const idClashes = () => sharedBuild('clashes', { ...caseClash(), ...slugClash });

/** How many times the build reports a problem: each must be reported once, not once per page. */
const count = (output: string, text: string): number => output.split(text).length - 1;

test.describe('a build with invalid content fails with a clear message', () => {
  // One at a time, in one worker: the copies share node_modules, where Vite keeps its cache, and
  // tests that share a build must run where that build's result is kept.
  test.describe.configure({ mode: 'default', timeout: 120_000 });

  test('a quote that is not in its source names the event, the source and the quote', () => {
    const r = badCitations();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('zz-wrong-quote.mdx');
    expect(r.output).toContain('source "aa-2026-01-28"');
    expect(r.output).toContain('"Putin announced a lunar landing"');
    expect(r.output).toContain('sources[0].quote is not in the text');
    expect(count(r.output, 'could not be verified')).toBe(1);
  });

  test('an unknown source id names the event and lists the known ids', () => {
    const r = badCitations();
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /zz-unknown-source\.mdx: sources\[0\]\.source "no-such-source" is not a source id; expected one of: aa-2026-01-28/,
    );
    expect(count(r.output, 'could not be verified')).toBe(1);
  });

  test('a bad date names the file and the field', () => {
    const r = buildWith(
      'content/events/zz-bad-date.mdx',
      event('  - source: aa-2026-01-28\n    quote: "diplomatic relations were established in 1944"', 'not-a-date'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/zz-bad-date[\s\S]*date: expected an ISO 8601 date[^\n]*got "not-a-date"/);
    expect(count(r.output, 'does not match collection schema')).toBe(1);
  });

  test('a missing required field names the file and the field, and says what is expected', () => {
    const r = buildWith(
      'content/events/zz-no-title.mdx',
      `---\ndate: "1944"\nsources:\n${validCitation}\n---\n\nSummary.\n`,
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/zz-no-title[\s\S]*title: missing; expected a neutral headline/);
    expect(count(r.output, 'does not match collection schema')).toBe(1);
  });

  test('an event without citations says that at least one is expected', () => {
    const r = buildWith(
      'content/events/zz-no-sources.mdx',
      '---\ntitle: No sources\ndate: "1944"\nsources: []\n---\n\nSummary.\n',
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/zz-no-sources[\s\S]*sources: expected at least one citation/);
  });

  test('two event files whose names differ only in case name both files and the id they share', () => {
    // The glob loader slugs file names to ids: both files become one id, and it would keep only one.
    const r = idClashes();
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/events\/2024-12-08-(fall-of-assad|Fall-Of-Assad)\.mdx: its id "2024-12-08-fall-of-assad" \(from its file name\) is also the id of content\/events\/2024-12-08-(Fall-Of-Assad|fall-of-assad)\.mdx/,
    );
    expect(r.output).toContain('expected every events file to have its own id');
    expect(count(r.output, 'would be lost')).toBe(1);
  });

  test("an event whose slug: field takes another event's id names both files and the field", () => {
    const r = idClashes();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      `its id "${otherExistingEvent}" (from its file name) is also the id of content/events/zz-slug-clash.mdx (from its slug: field)`,
    );
    expect(r.output).toContain('change or remove the slug: field');
    expect(count(r.output, 'would be lost')).toBe(1);
  });

  test('a source with published: not-a-date names the file and the field', () => {
    const r = buildWith(
      'content/sources/zz-bad-source.mdx',
      '---\ntitle: T\npublished: not-a-date\nraw: x.txt\nrawSha256: "' +
        'a'.repeat(64) +
        '"\ngeneratedSha256: "' +
        'a'.repeat(64) +
        '"\nwords: 1\n---\n\nText.\n',
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/zz-bad-source[\s\S]*published[\s\S]*not-a-date/);
  });
});
