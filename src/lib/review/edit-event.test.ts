import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEventFile } from '../extract/automatic-event-file.ts';
import { queueItem } from '../extract/review-actions.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { renderMdxBody } from '../ingest/render-mdx-text.test-helper.ts';
import { oneLine, type EventChanges } from './edit-changes.ts';
import { editEvent } from './edit-event.ts';
import { sourceFacts, talks, talksFile, talksUnchanged } from './fixtures.test-helper.ts';
import { reviewItem } from './review-item.ts';

const item = reviewItem(talks.id, talksFile, 'content/events', sourceFacts)!;
const unchanged = talksUnchanged;
const edit = (change: Partial<EventChanges>): string => {
  const result = editEvent(talksFile, item, { ...unchanged, ...change });
  if ('errors' in result) throw new Error(result.errors[0]!.message);
  return result.text;
};
const data = (text: string) => splitFrontmatter(text)!.data;

describe('editEvent', () => {
  it('writes the new title and makes the file the editor’s, as an accepted event', () => {
    const text = edit({ title: 'Putin receives al-Sharaa in Moscow' });
    expect(data(text)).toMatchObject({ title: 'Putin receives al-Sharaa in Moscow', reviewed: true });
    expect(text).not.toContain('generatedSha256');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '---',
      '# Written by `npm run extract`, accepted by an editor: extract never changes it.',
      '',
    ]);
    expect(queueItem(talks.id, text)).toBeUndefined();
    expect(readEventFile(talks.id, text, false)).toMatchObject({ status: 'reviewed' });
  });

  it('keeps what the edit does not touch, line for line', () => {
    const text = edit({ title: 'Putin receives al-Sharaa in Moscow' });
    const lines = (t: string) => t.split('\n').filter((l) => !/^(#|title:|reviewed:|generatedSha256:)/.test(l));
    expect(lines(text)).toEqual(lines(talksFile));
  });

  it.each<[string, Partial<EventChanges>, Record<string, unknown>]>([
    ['a month', { date: '2026-01', precision: 'month' }, { date: '2026-01' }],
    ['an approximate date', { approximate: true }, { approximate: true }],
    ['new actors', { actors: ['Vladimir Putin'] }, { actors: ['Vladimir Putin'] }],
    ['tags where there were none', { tags: ['diplomacy', 'bases'] }, { tags: ['diplomacy', 'bases'] }],
    [
      'a dropped citation',
      { citations: [1] },
      { sources: [{ source: 'rt-2026-01-28', quote: 'They discussed the Russian bases.' }] },
    ],
  ])('writes %s', (_, change, expected) => {
    expect(data(edit(change))).toMatchObject(expected);
  });

  it('leaves out a list the editor emptied, as extract does', () => {
    expect(data(edit({ places: [] }))).not.toHaveProperty('places');
  });

  it('keeps the evidence the event was chosen on', () => {
    expect(data(edit({ title: 'Talks' }))['evidence']).toEqual(talks.evidence);
  });

  it('writes a new summary as the body, and keeps the body when the summary is unchanged', () => {
    expect(edit({ summary: 'The two presidents met.' }).endsWith('---\n\nThe two presidents met.\n')).toBe(true);
    expect(
      edit({ title: 'Talks' }).endsWith(
        '---\n\nThe presidents met in Moscow on Wednesday. They discussed the Russian bases.\n',
      ),
    ).toBe(true);
  });

  it('refuses an edit that changes nothing', () => {
    expect(editEvent(talksFile, item, unchanged)).toEqual({
      errors: [{ field: 'form', message: 'Nothing changed: accept the event to keep it as it is.' }],
    });
  });

  // Titles and summaries come from editors typing or pasting anything, articles included.
  const hostile = fc.constantFrom(
    '{process.exit()}',
    '<script>alert(1)</script>',
    'import x from "y"',
    'export const a = 1',
    '---',
    '# heading',
    '> quote',
    '* item',
    '"',
    "'",
    ': ',
    '\\',
    '`',
    '&amp;',
    '<!-- c -->',
    '\n\n',
    'الشرع',
    '🎉',
  );
  const text = fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), hostile), { minLength: 1, maxLength: 8 })
    .map((parts) => oneLine(parts.join('')))
    .filter((s) => s !== '');

  it('keeps any title and summary exactly as the editor wrote them (property)', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (title, summary) => {
        const result = editEvent(talksFile, item, { ...unchanged, title, summary });
        if ('errors' in result) return; // the same title and summary as before: nothing changed
        expect(data(result.text)['title']).toBe(title);
        const body = splitFrontmatter(result.text)!.body;
        const rendered = await renderMdxBody(body);
        expect(rendered.foreign).toEqual([]);
        expect(rendered.blocks.map((b) => b.text).join(' ')).toBe(summary);
      }),
      { numRuns: 200 },
    );
  });
});
