/**
 * The automatic timeline on the first story's five sources, with no reviewed events: every dated
 * statement the story is known for is found (the list in the timeline issue), and `npm run
 * extract` turns the strongest into cited, headlined events marked as not yet reviewed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagDates } from '../src/lib/dates/tag-dates.ts';
import { readSources, storyMentions, type StorySource } from '../src/lib/extract/automatic-timeline.ts';
import { collectCandidates } from '../src/lib/extract/candidates.ts';
import { headlineLength } from '../src/lib/extract/headline.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { stopwordsFor } from '../src/lib/text/stopwords.ts';
import { foldForMatching } from '../src/lib/timeline/quote-match.ts';
import { sourceParagraphs } from '../src/lib/timeline/source-paragraphs.ts';

type Written = {
  title: string;
  date: string;
  approximate: boolean;
  background?: boolean;
  reviewed: boolean;
  actors?: string[];
  places?: string[];
  sources: { source: string; quote: string }[];
};
const sourcesDir = new URL('../content/sources', import.meta.url).pathname;
const sources: StorySource[] = readdirSync(sourcesDir).map((name) => {
  const { data, body } = splitFrontmatter(readFileSync(join(sourcesDir, name), 'utf8'))!;
  return {
    id: name.slice(0, -4),
    published: String(data['published']),
    lang: String(data['lang']),
    paragraphs: sourceParagraphs(body),
  };
});
let dir: string;
let written: Written[];
let output: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-extract-'));
  cpSync(sourcesDir, join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'events'));
  const r = spawnSync(
    process.execPath,
    [new URL('../src/cli/extract.ts', import.meta.url).pathname, '--content', dir, '--verbose'],
    { encoding: 'utf8' },
  );
  output = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(output);
  written = readdirSync(join(dir, 'events')).map(
    (n) => splitFrontmatter(readFileSync(join(dir, 'events', n), 'utf8'))!.data as Written,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('candidates on the seeds', () => {
  const candidates = collectCandidates(
    storyMentions(readSources(sources), tagDates, stopwordsFor('en')).mentions,
    new Map(),
  );
  it.each([
    ['diplomatic relations', '1944', 'aa-2026-01-28', 'diplomatic relations were established in 1944'],
    ['Qamishli foothold since 2015', '2015', 'bna-2026-01-28', 'since 2015'],
    ['Qamishli stationed since 2016', '2016', 'unattributed-2026-01-28', 'since 2016'],
    [
      'fall of the Assad government',
      '2024-12-08',
      'eurasia-press-2026-01-28',
      'fall of his government on 8 December 2024',
    ],
    [
      'officials in Damascus weeks after the fall',
      '2024-12',
      'bna-2026-01-28',
      'Weeks after Assad’s fall, Russia sent officials to Damascus',
    ],
    [
      'first Russian delegation, one year before Thursday',
      '2025-01-29',
      'eurasia-press-2026-01-28',
      'first Russian delegation visited Syria',
    ],
    [
      'first Moscow visit (Eurasia Press)',
      '2025-10-15',
      'eurasia-press-2026-01-28',
      'On 15 October 2025, al-Sharaa met with Putin',
    ],
    ['first Moscow visit (bna)', '2025-10-15', 'bna-2026-01-28', 'October 15, 2025'],
    ['Washington visit', '2025-12', 'rt-2026-01-28', 'In December, Al-Sharaa visited Washington'],
    ['delegations since December', '2025-12', 'aa-2026-01-28', '13 delegations since December'],
    [
      'Qamishli base vacated on Monday',
      '2026-01-26',
      'unattributed-2026-01-28',
      'On Monday, Russia vacated a military base',
    ],
    [
      'the talks of 28 January',
      '2026-01-28',
      'aa-2026-01-28',
      'Russian President Vladimir Putin on Wednesday congratulated',
    ],
  ])('finds %s (%s)', (_, date, source, words) => {
    const candidate = candidates.find((c) => c.date === date);
    expect(
      candidate?.mentions.some((m) => m.sourceId === source && m.sentence.includes(words)),
      `no ${date} mention in ${source}: "${words}"`,
    ).toBe(true);
  });

  it('dates "weeks after" approximately, and puts both reports of the first Moscow visit in one candidate', () => {
    expect(
      candidates.find((c) => c.date === '2024-12')?.mentions.find((m) => m.sentence.startsWith('Weeks after'))
        ?.approximate,
    ).toBe(true);
    expect(new Set(candidates.find((c) => c.date === '2025-10-15')?.mentions.map((m) => m.sourceId))).toEqual(
      new Set(['eurasia-press-2026-01-28', 'bna-2026-01-28']),
    );
  });
});

describe('npm run extract on the seeds, with no reviewed events', () => {
  it('writes the events the coverage supports, each unreviewed, headlined, with its actors and places, cited from its sources', () => {
    // All five reports are of 28 January 2026: the talks that day, the base vacated two days
    // before, and one background event that two sources report with its date (the first visit).
    expect(written.map((e) => [e.date, e.background ?? false]).sort(), output).toEqual([
      ['2025-10-15', true],
      ['2026-01-26', false],
      ['2026-01-28', false],
    ]);
    const byId = new Map(sources.map((s) => [s.id, foldForMatching(s.paragraphs.join('\n')).folded]));
    for (const e of written) {
      expect(e.reviewed).toBe(false);
      expect(e.title.length).toBeLessThanOrEqual(headlineLength);
      expect(e.title).not.toMatch(/…$|\.\.\.$|\(\w+\)\s*$|^(?:He|She|They|It|This|On|Yesterday)\b/);
      expect([...(e.actors ?? []), ...(e.places ?? [])].length, `${e.date} names who or where`).toBeGreaterThan(0);
      for (const c of e.sources)
        expect(byId.get(c.source), `${e.date}: "${c.quote}"`).toContain(foldForMatching(c.quote).folded);
    }
    const talks = written.find((e) => e.date === '2026-01-28')!;
    // The day every source reports cites all five, and names the two presidents and where they met.
    expect(new Set(talks.sources.map((c) => c.source)).size).toBe(5);
    expect(talks.actors).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ahmed al-Sharaa']));
    expect(talks.places).toContain('Moscow');
    // A single source's claim about 2024 is background no one else reports: left out.
    expect(output).toMatch(/left out {2}2024 {7}background from before the coverage/);
  });
});
