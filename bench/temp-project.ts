/**
 * Helpers for benchmarks and build-level tests: a copy of the project in a temporary directory
 * (never content/), a build of it, and a child process measured for wall time and peak memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the directory holding package.json). */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** The entries a build needs, besides content/ and node_modules/. */
const projectEntries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * Links every package of the project's node_modules into `dir/node_modules`, but not the caches
 * (Astro's `.astro`, Vite's `.vite`, dateline's share images in `.cache`): each copy gets its own,
 * so copies can build side by side and every build starts cold, as a fresh checkout does.
 */
export function linkNodeModules(dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.cache', '.vite', '.vite-temp', '.vitest-cache'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(target, name));
  }
}

/** Copies the project's code (not content/) into `dir` and links node_modules. */
export function copyProject(dir: string): void {
  for (const entry of projectEntries) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  linkNodeModules(dir);
}

/** Astro's output without colours or telemetry, for tests and benchmarks to read. */
const plainOutput = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Runs `node …args` in `cwd` and waits for it: its exit status and its output (stdout, then stderr). */
export function runSync(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...plainOutput, ...env },
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** `npm run build` in `cwd` (a copy of the project: its `src/cli/build.ts`), waited for. */
export const buildSync = (cwd: string, env: NodeJS.ProcessEnv = {}) =>
  runSync(cwd, [join(cwd, 'src/cli/build.ts')], env);

/** The outcome of a measured child process. */
export type Measured = {
  status: number | null;
  wallMs: number;
  /** Peak resident set of the largest process in the tree (GNU time `%M`). */
  maxRssKb: number | undefined;
  /** User + system CPU time of the whole tree (GNU time `%U` + `%S`): a steadier figure than wall time on a shared machine. */
  cpuMs: number | undefined;
  output: string;
};

const gnuTime = '/usr/bin/time';

/**
 * Runs a command and measures its wall time, its CPU time and its peak memory (the largest
 * resident set of any process in its tree), read by GNU time; undefined when /usr/bin/time is missing.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  const rssFile = join(options.cwd, `.rss-${process.pid}-${Date.now()}`);
  const timed = existsSync(gnuTime);
  const [cmd, argv] = timed ? [gnuTime, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];
  const env = { ...process.env, ...plainOutput, ...options.env };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      let maxRssKb: number | undefined;
      let cpuMs: number | undefined;
      if (timed && existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figures on failure.
        const [rss, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        maxRssKb = rss;
        cpuMs = Math.round((user! + system!) * 1000);
        rmSync(rssFile, { force: true });
      }
      resolve({ status, wallMs, maxRssKb, cpuMs, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Every file below `dir` whose name ends with `suffix`. */
export function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name));
}
