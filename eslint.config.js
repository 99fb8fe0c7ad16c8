// Lint rules for the TypeScript and Astro code: ESLint's and typescript-eslint's recommended sets
// and eslint-plugin-astro's, without type information (fast enough for every `npm test`; `astro
// check` already type-checks). Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built output, caches and inputs whose bytes tests read are not code of ours.
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'test/fixtures/',
      'test/timex/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Untrusted article text is searched for control characters on purpose (to strip or refuse them).
      'no-control-regex': 'off',
      // `_`-prefixed names are deliberately unused (a destructured field left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
