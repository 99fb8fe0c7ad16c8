import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const cli = new URL('./ingest.ts', import.meta.url).pathname;
const article = (topic: string): string =>
  `${topic} talks resume\n\nDelegates met in the capital on Monday to discuss ${topic}. They agreed to meet again next month, officials said.\n\nThe next round is expected to focus on trade.\n`;

let dir: string;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, '--content', dir, ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};
const raw = (name: string, text: string | Uint8Array): void => writeFileSync(join(dir, 'raw', name), text);
const source = (id: string): string => readFileSync(join(dir, 'sources', `${id}.mdx`), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  mkdirSync(join(dir, 'raw'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ingest', () => {
  it('creates one source per article, then skips them all on a second run (idempotent)', () => {
    raw('alpha.txt', article('water'));
    raw('beta.txt', article('energy'));
    expect(run()).toMatchObject({ status: 0, out: expect.stringContaining('2 created, 0 updated, 0 unchanged') });
    const before = source('alpha');
    expect(run()).toMatchObject({ status: 0, out: expect.stringContaining('0 created, 0 updated, 2 unchanged') });
    expect(source('alpha')).toBe(before);
  });

  it('never overwrites a hand-edited source while its raw file is unchanged', () => {
    raw('alpha.txt', article('water'));
    run();
    const edited = source('alpha').replace('publisher: ""', 'publisher: "City Desk"');
    writeFileSync(join(dir, 'sources', 'alpha.mdx'), edited);
    expect(run()).toMatchObject({ status: 0, out: expect.stringContaining('1 kept (edited by hand)') });
    expect(source('alpha')).toBe(edited);
  });

  it('stops on a hand-edited source whose raw file changed, and --force keeps a backup', () => {
    raw('alpha.txt', article('water'));
    run();
    const edited = `${source('alpha')}\nAn editor's note.\n`;
    writeFileSync(join(dir, 'sources', 'alpha.mdx'), edited);
    raw('alpha.txt', article('rivers'));
    const conflict = run();
    expect(conflict.status).toBe(1);
    expect(conflict.out).toMatch(/alpha\.mdx: it was edited by hand, and its raw article has changed.*--force/);
    expect(source('alpha')).toBe(edited);
    expect(run('--force')).toMatchObject({ status: 0, out: expect.stringContaining('1 forced') });
    expect(readFileSync(join(dir, 'sources', 'alpha.mdx.bak'), 'utf8')).toBe(edited);
    expect(source('alpha')).toContain('rivers');
  });

  it('reports each bad file by name, still processes the others, and exits non-zero', () => {
    raw('good.txt', article('water'));
    raw('empty.txt', '');
    raw('binary.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00));
    raw('latin1.txt', Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9));
    raw('Same Name.txt', article('a'));
    raw('same-name.txt', article('b'));
    const r = run();
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/error .*empty\.txt: the file is empty/);
    expect(r.out).toMatch(/error .*binary\.txt: the file is binary/);
    expect(r.out).toMatch(/error .*latin1\.txt: the file is not valid UTF-8/);
    expect(r.out).toMatch(/error .*Same Name\.txt: "Same Name\.txt" and "same-name\.txt" would all become source "same-name"/);
    expect(r.out).toContain('1 created');
    expect(readdirSync(join(dir, 'sources'))).toEqual(['good.mdx']);
  });

  it('lists every removed line with --verbose', () => {
    raw('alpha.txt', `${article('water')}\nNo comments:\n`);
    expect(run('--verbose').out).toMatch(/\[comment counter\] No comments:/);
  });

  it('explains a missing raw directory', () => {
    rmSync(join(dir, 'raw'), { recursive: true });
    expect(run()).toMatchObject({ status: 1, out: expect.stringMatching(/raw\/ does not exist/) });
    expect(existsSync(join(dir, 'sources'))).toBe(false);
  });

  it('rejects a bad option with usage', () => {
    expect(run('--max-loss', 'lots')).toMatchObject({ status: 2, out: expect.stringContaining('Usage: npm run ingest') });
  });
});
