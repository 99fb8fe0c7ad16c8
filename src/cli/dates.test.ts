import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = new URL('./dates.ts', import.meta.url).pathname;
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run dates', () => {
  it('prints one JSON object per expression, resolved against --reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-dates-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'On Monday, the base was vacated. Ties date from 1944.');
      const r = run(['--reference', '2026-01-28', join(dir, 'a.txt')]);
      expect(r.status).toBe(0);
      expect(
        r.out
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { value: string; text: string; start: number; end: number }),
      ).toMatchObject([
        { value: '2026-01-26', text: 'Monday', start: 3, end: 9 },
        { value: '1944', text: '1944' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers JSON lines with --jsonl, and --lines limits each text to its opening lines', () => {
    const input = `${JSON.stringify({ id: 'x', reference: '2026-01-28', text: 'Yesterday.\nIn 2016.' })}\n`;
    expect(JSON.parse(run(['--jsonl'], input).out)).toMatchObject({
      id: 'x',
      timexes: [{ value: '2026-01-27' }, { value: '2016' }],
    });
    expect(JSON.parse(run(['--jsonl', '--lines', '1'], input).out)).toMatchObject({
      id: 'x',
      timexes: [{ value: '2026-01-27' }],
    });
  });

  it('reads other languages with --lang, and a "lang" field overrides it per line', () => {
    const lines = [
      { id: 'ru', reference: '2024-12-11', text: 'В понедельник Кремль подтвердил это.' },
      { id: 'ar', reference: '2024-12-11', text: 'وأعلن الكرملين يوم الاثنين ذلك.', lang: 'ar' },
    ];
    const out = run(['--jsonl', '--lang', 'ru'], lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    expect(
      out.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toMatchObject([
      { id: 'ru', timexes: [{ text: 'понедельник', value: '2024-12-09' }] },
      { id: 'ar', timexes: [{ text: 'يوم الاثنين', value: '2024-12-09' }] },
    ]);
  });

  it.each([
    [['--reference', '2026-13-01', 'x.txt'], 2, /--reference must be a calendar date/],
    [['--jsonl', '--lang', 'not a tag'], 2, /--lang must be a BCP 47 language tag/],
    [['x.txt'], 2, /missing --reference/],
    [['--reference', '2026-01-28', '/no/such/file'], 1, /no such file/],
    [['--jsonl', '--lines', '0'], 2, /--lines must be a whole number/],
  ])('%j exits %i with a clear message', (args, status, message) => {
    const r = run(args, '');
    expect(r.status).toBe(status);
    expect(r.err).toMatch(message);
  });
});
