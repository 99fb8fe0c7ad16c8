/**
 * A digest of what a command's output depends on besides its inputs: its code (every module of
 * src/lib, which holds all the commands import, and the command's own file), the installed packages
 * (`src/lib/installed-packages.ts`) and Node's own Unicode and ICU data (regular expressions' `\p{…}`, `Intl`).
 * Undefined, so that a cache keyed on it is unused, when the code cannot be read or nothing records
 * the installed packages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../lib/generated-stamp.ts';
import { installedPackages } from '../lib/installed-packages.ts';

/** The project folder, where the caches live (`node_modules/.cache/dateline/`) whatever the working directory. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The digest of `command`'s code (its file's path) and of everything it runs on (in the project `root`). */
export async function codeDigest(command: string, root = projectRoot): Promise<string | undefined> {
  try {
    const lib = join(root, 'src/lib');
    const files = (await readdir(lib, { recursive: true }))
      .filter((f) => f.endsWith('.ts') && !/\.test(-helper)?\.ts$/.test(f))
      .sort()
      .map((f) => join(lib, f));
    const packages = installedPackages(root);
    if (packages === undefined) return undefined;
    const texts = await Promise.all([command, ...files].map((f) => readFile(f, 'utf8')));
    const runtime = [process.version, process.versions.unicode, process.versions.icu].join(' ');
    return sha256([runtime, ...texts, packages].join('\0'));
  } catch {
    return undefined;
  }
}
