import { describe, expect, it } from 'vitest';
import { removeChrome } from './chrome.ts';
import { splitLines } from './lines.ts';

const rulesFor = (text: string): string[] => removeChrome(splitLines(text)).removed.map((r) => r.rule);

describe('removeChrome', () => {
  it.each([
    ['icon sprite', 'icon searchicon shareicon sign inicon tagicon trashicon twicon'],
    ['comment policy', 'Dear readers! Please note that we have switched to a new commenting system.'],
    ['comment policy', 'Please read our comment policy before posting.'],
    ['comment counter', 'No comments:'],
    ['comment counter', '14 Comments'],
    ['share bar', 'Share | Tweet | Email'],
    ['advertisement', 'Advertisement'],
    ['related links', 'READ MORE: Markets rally after the vote'],
    ['newsletter prompt', 'Sign up for our daily newsletter'],
    ['copyright notice', '© 2026 Example Media. All rights reserved.'],
    ['media player', '0:00 42:50'],
    ['skip link', 'Skip to content'],
    ['skip link', 'Skip to main navigation'],
  ])('removes a %s line: %j', (rule, line) => {
    expect(
      rulesFor(`A first sentence that is plainly prose.\n${line}\nA last sentence that is plainly prose.`),
    ).toEqual([rule]);
  });

  it('removes a player label together with its timestamps', () => {
    expect(rulesFor('Prose comes first here.\nPodcasts\n0:00\n42:50\n0:00\n22:34')).toEqual(
      Array(5).fill('media player'),
    );
  });

  it('removes a headline repeated within three lines, keeping the first', () => {
    const { kept, removed } = removeChrome(
      splitLines('Big headline\n\nA dek line\nBig headline\nBody text goes here.'),
    );
    expect(kept.map((l) => l.text)).toEqual(['Big headline', 'A dek line', 'Body text goes here.']);
    expect(removed.map((r) => [r.line.number, r.rule])).toEqual([[4, 'repeated line']]);
  });

  it.each([
    'Share prices rose sharply after the announcement.',
    'The icon of the revolution, an iconic figure, spoke for an hour.',
    'Readers wrote in with comments about the policy.',
    'He said the meeting at 10:30 went well.',
    'Copyrighted works were discussed at the summit.',
    'Advertisements for the event ran for weeks.',
    'Skip to the end: the vote passed.',
  ])('keeps prose that only resembles chrome: %j', (line) => {
    expect(rulesFor(line)).toEqual([]);
  });
});

describe('removeChrome: repeated prose', () => {
  it('keeps a repeated sentence, which may be a real quote', () => {
    expect(rulesFor('He said: "Never again."\nThe crowd answered.\nHe said: "Never again."')).toEqual([]);
  });
});
