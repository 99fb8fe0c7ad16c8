/**
 * A digest of what a command's output depends on besides its inputs: its code (every module of
 * src/lib, which holds all the commands import, and the command's own file), the installed packages
 * (the lockfile) and Node's own Unicode and ICU data (regular expressions' `\p{…}`, `Intl`).
 * Undefined, so that a cache keyed on it is unused, when the code cannot be read.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../lib/generated-stamp.ts';

/** The project folder, where the caches live (`node_modules/.cache/dateline/`) whatever the working directory. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The digest of `command`'s code (its file's path) and of everything it runs on. */
export async function codeDigest(command: string): Promise<string | undefined> {
  try {
    const lib = join(projectRoot, 'src/lib');
    const files = (await readdir(lib, { recursive: true }))
      .filter((f) => f.endsWith('.ts') && !/\.test(-helper)?\.ts$/.test(f))
      .sort()
      .map((f) => join(lib, f));
    const texts = await Promise.all(
      [command, ...files, join(projectRoot, 'package-lock.json')].map((f) => readFile(f, 'utf8')),
    );
    const runtime = [process.version, process.versions.unicode, process.versions.icu].join(' ');
    return sha256([runtime, ...texts].join('\0'));
  } catch {
    return undefined;
  }
}
