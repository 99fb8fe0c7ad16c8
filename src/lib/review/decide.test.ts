import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../frontmatter.ts';
import { sha256 } from '../generated-stamp.ts';
import { renderAutomaticEvent } from '../extract/automatic-event-file.ts';
import { acceptEvent } from '../extract/review-actions.ts';
import { decide, type CurrentFile } from './decide.ts';
import { sourceFacts, talks, talksFile, talksUnchanged } from './fixtures.test-helper.ts';
import { reviewItem } from './review-item.ts';

const file = 'content/events/2026-01-28-putin-and-al-sharaa-hold-talks.mdx';
const current = (text: string): CurrentFile => ({
  exists: true,
  text,
  hash: sha256(text),
  item: reviewItem(talks.id, text, 'content/events', sourceFacts),
});
const onDisk = current(talksFile);
const loaded = sha256(talksFile);
const form = { ...talksUnchanged, title: 'Putin receives al-Sharaa' };

describe('decide', () => {
  it('accepts: the file as npm run review -- accept writes it', () => {
    expect(decide('accept', file, loaded, undefined, onDisk)).toEqual({
      kind: 'write',
      text: acceptEvent(talksFile),
      message: `Accepted “Putin and al-Sharaa hold talks in the Kremlin”. ${file} is yours now: extract will not change it.`,
    });
  });

  it('rejects: the file moves to _rejected/', () => {
    expect(decide('reject', file, loaded, undefined, onDisk)).toMatchObject({ kind: 'reject' });
  });

  it('edits: the changes written, the file accepted', () => {
    const decision = decide('edit', file, loaded, form, onDisk);
    expect(decision).toMatchObject({
      kind: 'write',
      message: `Saved and accepted “Putin receives al-Sharaa”. ${file} is yours now: extract will not change it.`,
    });
    expect(decision.kind === 'write' && splitFrontmatter(decision.text)!.data).toMatchObject({
      title: 'Putin receives al-Sharaa',
      reviewed: true,
    });
  });

  it('refuses an edit with a problem, naming its field', () => {
    expect(decide('edit', file, loaded, { ...form, date: '2026-1-28' }, onDisk)).toMatchObject({
      kind: 'refuse',
      status: 422,
      fields: [{ field: 'date', message: 'Write the date as YYYY-MM-DD (for example 2024-12-08); got "2026-1-28".' }],
    });
  });

  it('refuses an edit that changes nothing', () => {
    expect(
      decide('edit', file, loaded, { ...form, title: 'Putin and al-Sharaa hold talks in the Kremlin' }, onDisk),
    ).toMatchObject({
      kind: 'refuse',
      status: 422,
      error: 'Nothing changed: accept the event to keep it as it is.',
    });
  });

  it.each(['accept', 'reject', 'edit'] as const)(
    '%s: refuses a file extract rewrote since, and shows the version on disk',
    (action) => {
      const rewritten = current(renderAutomaticEvent({ ...talks, places: ['Damascus'] }));
      const decision = decide(action, file, loaded, form, rewritten);
      expect(decision).toMatchObject({ kind: 'refuse', status: 409, current: { places: ['Damascus'] } });
      expect(decision.kind === 'refuse' && decision.error).toMatch(
        new RegExp(`^${file} changed on disk since this page was loaded`),
      );
    },
  );

  it('refuses a file an editor changed on disk since, which no longer awaits review', () => {
    const edited = current(talksFile.replace('in the Kremlin', 'at the Kremlin'));
    expect(decide('accept', file, loaded, undefined, edited)).toEqual({
      kind: 'refuse',
      status: 409,
      error: `${file} changed on disk since this page was loaded and no longer awaits review: an editor accepted or edited it. Nothing was written; reload to see it.`,
    });
  });

  it.each<[string, unknown]>([
    ['no hash', undefined],
    ['a hash of another text', sha256('other')],
  ])('refuses a decision with %s', (_, hash) => {
    expect(decide('accept', file, hash, undefined, onDisk)).toMatchObject({ kind: 'refuse', status: 409 });
  });

  it('refuses an event that is not automatic', () => {
    const accepted = current(acceptEvent(talksFile));
    expect(decide('accept', file, accepted.exists && accepted.hash, undefined, accepted)).toEqual({
      kind: 'refuse',
      status: 422,
      error: `${file} is not an automatic event awaiting review: it is reviewed already, or an editor's own.`,
    });
  });

  it.each<[string, CurrentFile, number, string]>([
    [
      'a missing file',
      { exists: false, rejected: false },
      404,
      `There is no event file ${file}: it was renamed or removed.`,
    ],
    [
      'a file rejected already',
      { exists: false, rejected: true },
      409,
      `${file} was rejected already: it is in the _rejected/ folder.`,
    ],
  ])('refuses %s', (_, state, status, error) => {
    expect(decide('reject', file, loaded, undefined, state)).toEqual({ kind: 'refuse', status, error });
  });
});
