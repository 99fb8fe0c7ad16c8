import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installedPackages, installedVersion } from './installed-packages.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-packages-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('installedPackages', () => {
  it('reads npm’s record of the installed tree first, the lockfile without it, and nothing without either', () => {
    expect(installedPackages(dir)).toBeUndefined();
    writeFileSync(join(dir, 'package-lock.json'), 'lockfile');
    expect(installedPackages(dir)).toBe('lockfile');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', '.package-lock.json'), 'installed tree');
    expect(installedPackages(dir)).toBe('installed tree');
    // A copy of the project without its lockfile still has the installed tree.
    rmSync(join(dir, 'package-lock.json'));
    expect(installedPackages(dir)).toBe('installed tree');
  });
});

describe('installedVersion', () => {
  it('reads a (scoped) package’s version, and nothing for a missing or broken package.json', () => {
    mkdirSync(join(dir, 'node_modules', '@scope', 'drawing'), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules', '@scope', 'drawing', 'package.json'),
      '{"name":"@scope/drawing","version":"2.7.0-alpha.2"}',
    );
    expect(installedVersion(dir, '@scope/drawing')).toBe('2.7.0-alpha.2');
    expect(installedVersion(dir, 'missing')).toBeUndefined();
    mkdirSync(join(dir, 'node_modules', 'broken'));
    writeFileSync(join(dir, 'node_modules', 'broken', 'package.json'), '{ not json');
    expect(installedVersion(dir, 'broken')).toBeUndefined();
  });
});
