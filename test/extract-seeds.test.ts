/**
 * `npm run extract` on the first story's five sources, with no reviewed events: it must propose
 * every dated event the story is known for (the list in the timeline issue).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Draft = { date: string; approximate: boolean; sources: { source: string; quote: string }[] };
let dir: string;
let drafts: Draft[];
let output: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-extract-'));
  cpSync(new URL('../content/sources', import.meta.url), join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'events'));
  const r = spawnSync(process.execPath, [new URL('../src/cli/extract.ts', import.meta.url).pathname, '--content', dir], { encoding: 'utf8' });
  output = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(output);
  const draftsDir = join(dir, 'events', '_drafts');
  drafts = readdirSync(draftsDir).map((n) => splitFrontmatter(readFileSync(join(draftsDir, n), 'utf8'))!.data as Draft);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract on the seeds', () => {
  it.each([
    ['diplomatic relations', '1944', 'aa-2026-01-28', 'diplomatic relations were established in 1944'],
    ['Qamishli foothold since 2015', '2015', 'bna-2026-01-28', 'since 2015'],
    ['Qamishli stationed since 2016', '2016', 'unattributed-2026-01-28', 'since 2016'],
    ['fall of the Assad government', '2024-12-08', 'eurasia-press-2026-01-28', 'fall of his government on 8 December 2024'],
    ['officials in Damascus weeks after the fall', '2024-12', 'bna-2026-01-28', 'Weeks after Assad’s fall, Russia sent officials to Damascus'],
    ['first Russian delegation, one year before Thursday', '2025-01-29', 'eurasia-press-2026-01-28', 'first Russian delegation visited Syria'],
    ['first Moscow visit (Eurasia Press)', '2025-10-15', 'eurasia-press-2026-01-28', 'On 15 October 2025, al-Sharaa met with Putin'],
    ['first Moscow visit (bna)', '2025-10-15', 'bna-2026-01-28', 'October 15, 2025'],
    ['Washington visit', '2025-12', 'rt-2026-01-28', 'In December, Al-Sharaa visited Washington'],
    ['delegations since December', '2025-12', 'aa-2026-01-28', '13 delegations since December'],
    ['Qamishli base vacated on Monday', '2026-01-26', 'unattributed-2026-01-28', 'On Monday, Russia vacated a military base'],
    ['the talks of 28 January', '2026-01-28', 'aa-2026-01-28', 'Russian President Vladimir Putin on Wednesday congratulated'],
  ])('proposes %s (%s)', (_, date, source, words) => {
    const match = drafts.find((d) => d.date === date && d.sources.some((c) => c.source === source && c.quote.includes(words)));
    expect(match, `no ${date} draft quoting ${source}: "${words}"\n${output}`).toBeDefined();
  });

  it('marks the draft dated from "weeks after" as approximate', () => {
    expect(drafts.find((d) => d.date === '2024-12' && d.sources.some((c) => c.quote.startsWith('Weeks after')))?.approximate).toBe(true);
  });

  it('groups both reports of the first Moscow visit into one draft', () => {
    expect(drafts.filter((d) => d.date === '2025-10-15')).toHaveLength(1);
  });
});
