/**
 * `astro dev` on a scratch copy, for the tests of what only the development server does (the
 * review in the browser). It listens on E2E_DEV_PORT (4460 by default, or the next free port, as
 * Vite picks it) and is ready once it prints its address.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scratch } from './scratch.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A running dev server: its address (`http://localhost:4460`, no trailing slash) and how to stop it. */
export type DevServer = { origin: string; output: () => string; stop: () => Promise<void> };

/** Starts `astro dev` in a scratch copy and resolves once it serves, with the address it printed. */
export async function startDevServer(
  scratch: Scratch,
  port = Number(process.env['E2E_DEV_PORT'] ?? 4460),
): Promise<DevServer> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: scratch.dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const address = /Local\s+(http:\/\/localhost:\d+)\//.exec(output)?.[1];
      if (address) resolve(address);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`astro dev exited (${code}) before it served:\n${output}`)));
  });
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
