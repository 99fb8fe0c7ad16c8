/**
 * `npm run dev`: Astro's development server, with the review in the browser. A site of several
 * stories serves one story at a time: `--story SLUG` names it (needed when there are several).
 * Every other option goes to `astro dev` as given.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { namedStories } from './each-story.ts';

const argv = process.argv.slice(2);
const { tokens } = parseArgs({
  args: argv,
  strict: false,
  tokens: true,
  options: { story: { type: 'string' }, content: { type: 'string' } },
});
let stories;
try {
  stories = namedStories(argv);
} catch (error) {
  console.error(`dev: ${(error as Error).message}`);
  process.exit(2);
}
if (stories.length > 1) {
  console.error(
    `dev: this site has several stories; the development server serves one: npm run dev -- --story SLUG (${stories.map((s) => s.slug).join(', ')})`,
  );
  process.exit(2);
}
const { slug } = stories[0]!;
const content = tokens.find((t) => t.kind === 'option' && t.name === 'content');
const passOn = tokens.flatMap((token) => {
  if (token.kind === 'option' && (token.name === 'story' || token.name === 'content')) return [];
  if (token.kind === 'option') return token.value === undefined ? [token.rawName] : [token.rawName, token.value];
  return token.kind === 'positional' ? [token.value] : [];
});
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'dev', ...passOn], {
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(slug === undefined ? {} : { DATELINE_STORY: slug }),
    ...(content?.kind === 'option' && content.value ? { DATELINE_CONTENT: content.value } : {}),
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
