/**
 * What identifies the installed packages, for the caches whose results depend on them (ingest's,
 * extract's, the content store's rendered prose, the share images).
 *
 * npm's own record of the tree it installed (`node_modules/.package-lock.json`) comes first: it is
 * what is installed, and every copy of the project that links `node_modules` has it, also one made
 * without the lockfile (the benchmarks' and the tests' scratch copies), where keying on
 * `package-lock.json` alone turned every cache off. The project's lockfile is the fallback.
 */
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonWith } from './parse-json.ts';

const readOrUndefined = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** The text that changes when any installed package does, or undefined when there is none to read (no cache should then trust the packages). */
export function installedPackages(root: string): string | undefined {
  return (
    readOrUndefined(join(root, 'node_modules', '.package-lock.json')) ??
    readOrUndefined(join(root, 'package-lock.json'))
  );
}

const packageJson = z.object({ version: z.string() });

/** The installed version of `name` (from its own package.json in `root`'s node_modules), or undefined. */
export function installedVersion(root: string, name: string): string | undefined {
  return parseJsonWith(packageJson, readOrUndefined(join(root, 'node_modules', name, 'package.json')))?.version;
}
