import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { codeDigest } from './code-digest.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dateline-digest-'));
  mkdirSync(join(root, 'src', 'lib', 'text'), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(root, 'src', 'lib', 'text', 'words.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src', 'lib', 'text', 'words.test.ts'), 'test\n');
  writeFileSync(join(root, 'command.ts'), 'run();\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('digests the command, the library and the installed packages, without needing the lockfile, and changes with each', async () => {
  const command = join(root, 'command.ts');
  // No record of the installed packages: nothing to key a cache on.
  expect(await codeDigest(command, root)).toBeUndefined();
  writeFileSync(
    join(root, 'node_modules', '.package-lock.json'),
    '{"packages":{"node_modules/a":{"version":"1.0.0"}}}',
  );
  const first = await codeDigest(command, root);
  expect(first).toMatch(/^[0-9a-f]{64}$/);
  // A test file is not code the command runs.
  writeFileSync(join(root, 'src', 'lib', 'text', 'words.test.ts'), 'another test\n');
  expect(await codeDigest(command, root)).toBe(first);
  writeFileSync(join(root, 'src', 'lib', 'text', 'words.ts'), 'export const a = 2;\n');
  const second = await codeDigest(command, root);
  expect(second).not.toBe(first);
  writeFileSync(
    join(root, 'node_modules', '.package-lock.json'),
    '{"packages":{"node_modules/a":{"version":"1.0.1"}}}',
  );
  const third = await codeDigest(command, root);
  expect(third).not.toBe(second);
  writeFileSync(command, 'run(); run();\n');
  expect(await codeDigest(command, root)).not.toBe(third);
});
