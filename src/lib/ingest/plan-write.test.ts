import { describe, expect, it } from 'vitest';
import { planWrite } from './plan-write.ts';

const raw = 'a'.repeat(64);
const other = 'b'.repeat(64);

describe('planWrite', () => {
  it.each([
    ['no file yet', undefined, undefined, false, 'create'],
    ['untouched and identical', { rawSha256: raw, handEdited: false }, 'NEW', false, 'skip-unchanged'],
    ['untouched but stale', { rawSha256: other, handEdited: false }, 'OLD', false, 'update'],
    ['edited, raw unchanged', { rawSha256: raw, handEdited: true }, 'EDITED', false, 'keep-edited'],
    ['edited, raw unchanged, even with --force', { rawSha256: raw, handEdited: true }, 'EDITED', true, 'keep-edited'],
    ['edited and raw changed', { rawSha256: other, handEdited: true }, 'EDITED', false, 'conflict'],
    ['edited and raw changed, with --force', { rawSha256: other, handEdited: true }, 'EDITED', true, 'force'],
  ] as const)('%s → %s', (_, existing, text, force, action) => {
    expect(planWrite(existing, text, 'NEW', raw, force).action).toBe(action);
  });
});
