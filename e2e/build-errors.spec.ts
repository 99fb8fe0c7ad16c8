/**
 * Invalid content must fail the build with a message naming the file, the field and the problem.
 * Each case builds a copy of the project with one broken file (node_modules linked, not copied).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));

function buildWith(file: string, text: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-build-'));
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, file), text);
    const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { status: r.status, output: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const event = (sources: string, date = '"2026-01-28"') => `---\ntitle: A test event\ndate: ${date}\nsources:\n${sources}\n---\n\nSummary.\n`;

test.describe('a build with invalid content fails with a clear message', () => {
  // One at a time: the copies share node_modules, where Vite keeps its cache.
  test.describe.configure({ mode: 'default', timeout: 120_000 });

  test('a quote that is not in its source names the event, the source and the quote', () => {
    const r = buildWith('content/events/zz-wrong-quote.mdx', event('  - source: aa-2026-01-28\n    quote: "Putin announced a lunar landing"'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('zz-wrong-quote.mdx');
    expect(r.output).toContain('source "aa-2026-01-28"');
    expect(r.output).toContain('"Putin announced a lunar landing"');
  });

  test('an unknown source id names the event and lists the known ids', () => {
    const r = buildWith('content/events/zz-unknown-source.mdx', event('  - source: no-such-source\n    quote: "x"'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/zz-unknown-source\.mdx[\s\S]*no-such-source/);
  });

  test('a bad date names the file and the field', () => {
    const r = buildWith('content/events/zz-bad-date.mdx', event('  - source: aa-2026-01-28\n    quote: "diplomatic relations were established in 1944"', 'not-a-date'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/zz-bad-date[\s\S]*date[\s\S]*expected an ISO 8601 date/);
  });

  test('a source with published: not-a-date names the file and the field', () => {
    const r = buildWith('content/sources/zz-bad-source.mdx', '---\ntitle: T\npublished: not-a-date\nraw: x.txt\nrawSha256: "' + 'a'.repeat(64) + '"\ngeneratedSha256: "' + 'a'.repeat(64) + '"\nwords: 1\n---\n\nText.\n');
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/zz-bad-source[\s\S]*published[\s\S]*not-a-date/);
  });
});
