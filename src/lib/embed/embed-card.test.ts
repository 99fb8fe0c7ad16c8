import { describe, expect, it } from 'vitest';
import { embedBadges, embedHeight, embedIframe, embedWidth, oembedRich, type EmbedCardText } from './embed-card.ts';

const card = (over: Partial<EmbedCardText> = {}): EmbedCardText => ({
  title: 'Two governments establish diplomatic relations',
  summary: 'They did so in a hard year. '.repeat(8).trim(),
  badges: ['1 source', 'Reviewed by an editor'],
  sources: ['AA'],
  footer: 'From A story, a timeline by dateline. Read the event with every quote',
  ...over,
});

describe('embedHeight', () => {
  const base = embedHeight(card());

  it.each([
    [
      'a title long enough to wrap',
      { title: 'A much longer headline that cannot possibly fit on a single line of the card' },
    ],
    ['a longer summary', { summary: 'They did so in a hard year. '.repeat(16).trim() }],
    ['a second paragraph', { summary: `${card().summary}\n\nAnd then more.` }],
    ['many sources', { sources: Array.from({ length: 12 }, (_, i) => `Publisher number ${i}`) }],
    [
      'more badges',
      {
        badges: [
          '5 sources',
          'Disputed: the sources disagree',
          'Not yet reviewed by an editor',
          'Another long badge here',
        ],
      },
    ],
  ])('grows with %s', (_, over) => {
    expect(embedHeight(card(over))).toBeGreaterThan(base);
  });

  it.each([
    ['a word as long as a line', { title: 'x'.repeat(200) }],
    ['an empty summary', { summary: '' }],
  ])('stays a whole number of pixels with %s', (_, over) => {
    expect(Number.isInteger(embedHeight(card(over)))).toBe(true);
  });

  it('needs more height in a narrower frame', () => {
    expect(embedHeight(card(), 320)).toBeGreaterThan(embedHeight(card(), embedWidth));
  });
});

describe('embedIframe', () => {
  it.each([
    [
      { src: 'https://example.org/embed/events/a/', title: 'A – dateline', width: 560, height: 320 },
      '<iframe src="https://example.org/embed/events/a/" title="A – dateline" width="560" height="320" style="border:0;max-width:100%" loading="lazy"></iframe>',
    ],
    [
      { src: 'https://example.org/embed/events/a/?x=1&y=2', title: 'Tom & "Jerry" <talks>', width: 400, height: 300 },
      '<iframe src="https://example.org/embed/events/a/?x=1&amp;y=2" title="Tom &amp; &quot;Jerry&quot; &lt;talks&gt;" width="400" height="300" style="border:0;max-width:100%" loading="lazy"></iframe>',
    ],
  ])('%j', (frame, code) => {
    expect(embedIframe(frame)).toBe(code);
  });
});

describe('oembedRich', () => {
  const frame = { src: 'https://example.org/d/embed/events/a/', title: 'A – d', width: 560, height: 333 };
  const response = oembedRich(frame, 'A', { name: 'd', url: 'https://example.org/d/' });

  it('has every field oEmbed 1.0 requires of a rich response', () => {
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'A',
      provider_name: 'd',
      provider_url: 'https://example.org/d/',
      html: embedIframe(frame),
      width: 560,
      height: 333,
    });
  });
});

describe('embedBadges', () => {
  it.each([
    [{ corroboration: 1, disputed: false, reviewed: true }, ['1 source', 'Reviewed by an editor'], [false, false]],
    [
      { corroboration: 3, disputed: true, reviewed: true },
      ['3 sources', 'Disputed: the sources disagree', 'Reviewed by an editor'],
      [false, true, false],
    ],
    [
      { corroboration: 2, disputed: false, reviewed: false },
      ['2 sources', 'Not yet reviewed by an editor'],
      [false, true],
    ],
  ])('%j', (event, texts, warns) => {
    const badges = embedBadges(event);
    expect(badges.map((b) => b.text)).toEqual(texts);
    expect(badges.map((b) => b.warn)).toEqual(warns);
  });
});
