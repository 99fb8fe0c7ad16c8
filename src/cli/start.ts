/**
 * `npm start`: ingest new or changed articles, choose the automatic events, build the site, and serve `dist/` on
 * http://localhost:4321 (PORT overrides the port). Each step stops the chain if it fails.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const port = process.env['PORT'] ?? '4321';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** Runs a Node script with this same Node, inheriting the terminal; resolves to its exit code. */
function step(label: string, args: string[]): Promise<number> {
  console.log(`\n▸ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if ((await step('ingest content/raw → content/sources', ['src/cli/ingest.ts'])) !== 0) {
  console.error(
    '\nnpm start: ingest reported errors (above). Fix or remove those files in content/raw/, then run npm start again.',
  );
  process.exit(1);
}
if ((await step('extract content/sources → content/events (automatic events)', ['src/cli/extract.ts'])) !== 0) {
  console.error('\nnpm start: extract reported errors (above): the message names the file to fix.');
  process.exit(1);
}
if ((await step('build the site into dist/', [astro, 'build'])) !== 0) {
  console.error('\nnpm start: the build failed (above): the message names the file and field to fix.');
  process.exit(1);
}
console.log(`\n▸ serving dist/ — open http://localhost:${port}${base} (Ctrl+C to stop)\n`);
process.exit(await step('preview', [astro, 'preview', '--port', port]));
