import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The CLI tests spawn real ingest runs over temporary directories.
    testTimeout: 30_000,
  },
});
