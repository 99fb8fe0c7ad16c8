import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The CLI tests spawn real ingest runs over temporary directories.
    testTimeout: 30_000,
    // Files share their workers' module cache: no test mocks modules or globals, and loading the
    // language models once per worker rather than once per file saves a third of the CPU time.
    isolate: false,
    env: {
      // The CLIs the tests spawn (dozens of runs) reuse V8's compiled code across runs: about a
      // fifth of each start's CPU time on a small machine.
      NODE_COMPILE_CACHE: fileURLToPath(new URL('node_modules/.cache/node-compile-cache', import.meta.url)),
    },
  },
});
