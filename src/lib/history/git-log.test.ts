import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitLogArguments, parseGitLog, type FileChange } from './git-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-git-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (args: string[], date?: string) => {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_SYSTEM: '/dev/null',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
const commit = (message: string, date: string) => {
  git(['add', '-A']);
  git(['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '-q', '-m', message], date);
};

const text = (summary: string, title = 'Talks') => `---\ntitle: ${title}\ndate: "2026-01-28"\n---\n\n${summary}\n`;

git(['init', '-q']);
mkdirSync(join(dir, 'content/events'), { recursive: true });
write('content/events/talks.mdx', text('Leaders met.'));
write('content/events/two words.mdx', text('A name with a space.'));
write('content/events/café.mdx', text('A name with an accent.'));
write('content/other.txt', 'outside the directory');
commit('add', '2026-01-01T10:00:00+02:00');
write('content/events/talks.mdx', text('Leaders met in the capital.'));
commit('summary', '2026-01-02T10:00:00Z');
renameSync(join(dir, 'content/events/talks.mdx'), join(dir, 'content/events/talks-held.mdx'));
commit('pure rename', '2026-01-03T10:00:00Z');
write('content/events/talks-held.mdx', text('Leaders met in the capital.', 'Talks held'));
renameSync(join(dir, 'content/events/talks-held.mdx'), join(dir, 'content/events/talks-in-capital.mdx'));
commit('rename with an edit', '2026-01-04T10:00:00Z');
unlinkSync(join(dir, 'content/events/two words.mdx'));
write('content/events/empty.mdx', '');
commit('delete', '2026-01-05T10:00:00Z');

const changes = parseGitLog(git(gitLogArguments('content/events')));
const summary = (c: FileChange) => [c.date.slice(0, 10), c.status, c.path, c.from];

describe('parseGitLog on a real repository', () => {
  it('lists every change to the directory, oldest commit first, and nothing outside it', () => {
    expect(changes.map(summary)).toEqual([
      ['2026-01-01', 'added', 'content/events/café.mdx', undefined],
      ['2026-01-01', 'added', 'content/events/talks.mdx', undefined],
      ['2026-01-01', 'added', 'content/events/two words.mdx', undefined],
      ['2026-01-02', 'modified', 'content/events/talks.mdx', undefined],
      ['2026-01-03', 'renamed', 'content/events/talks-held.mdx', 'content/events/talks.mdx'],
      ['2026-01-04', 'renamed', 'content/events/talks-in-capital.mdx', 'content/events/talks-held.mdx'],
      ['2026-01-05', 'added', 'content/events/empty.mdx', undefined],
      ['2026-01-05', 'deleted', 'content/events/two words.mdx', undefined],
    ]);
  });

  it('gives committer dates in UTC', () => {
    expect(changes[0]!.date).toBe('2026-01-01T08:00:00.000Z');
  });

  it('carries the whole text before and after each change', () => {
    const modified = changes[3]!;
    expect(modified.before).toBe(text('Leaders met.'));
    expect(modified.after).toBe(text('Leaders met in the capital.'));
    expect(changes[1]).not.toHaveProperty('before');
    expect(changes[1]!.after).toBe(text('Leaders met.'));
    expect(changes[7]!.before).toBe(text('A name with a space.'));
    expect(changes[7]).not.toHaveProperty('after');
    expect(changes[6]).toMatchObject({ status: 'added' });
  });

  it('gives a pure rename no text and a rename with an edit both versions', () => {
    expect(changes[4]).not.toHaveProperty('after');
    expect(changes[5]!.before).toBe(text('Leaders met in the capital.'));
    expect(changes[5]!.after).toBe(text('Leaders met in the capital.', 'Talks held'));
  });
});

describe('parseGitLog', () => {
  it('reads nothing from an empty history', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});
