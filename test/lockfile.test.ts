/**
 * `npm ci` (what CI runs) refuses a lockfile in which a package's optional dependency has no
 * entry. This machine's registry serves no native binaries for other platforms, so npm leaves
 * them out (npm/cli#9342); `npm run lock:complete` restores them. This test says so before CI does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = { version?: string; optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, Entry>;
};

describe('package-lock.json', () => {
  it('has an entry, with a version, for every optional dependency (run `npm run lock:complete` if not)', () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = lock.packages[`${key ? `${key}/` : ''}node_modules/${name}`];
        const found = nested ?? lock.packages[`node_modules/${name}`];
        if (!found?.version) missing.push(`${key || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
