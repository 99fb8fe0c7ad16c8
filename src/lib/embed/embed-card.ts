/**
 * Embedding one event in another page: the iframe code that shows its card
 * (`/embed/events/<id>/`), the oEmbed response that hands that code to a CMS, and the height the
 * frame needs, estimated from the card's text because a static site cannot measure it.
 */
import { escapeMarkup } from '../feeds/escape-markup.ts';

/** Width of the embed frame in CSS pixels; the code also lets it shrink to its column. */
export const embedWidth = 560;

/** The text a card shows, which decides how tall it is. */
export type EmbedCardText = { title: string; summary: string; badges: string[]; sources: string[]; footer: string };

/**
 * Line boxes of the card's styles (`src/pages/embed/events/[slug].astro`): line height and average
 * character width in pixels, measured in Chromium with its default fonts. `e2e/embed.spec.ts`
 * checks that every card fits the height this gives.
 */
const lines = {
  title: { height: 26, char: 9.6 },
  summary: { height: 26.4, char: 7.7 },
  sources: { height: 21, char: 7.9 },
  footer: { height: 19.2, char: 7.4 },
  badge: { height: 22, char: 8 },
};
/** Borders, padding and margins around and between the parts, and the badges' row. */
const chrome = { fixed: 31 + 18 + 4 + 8 + 10 + 10 + 19, badgeInset: 14, badgeGap: 6, paragraphGap: 8.5, inset: 38 };
/** Room for fonts wider than the ones measured, so that a card rarely needs to scroll. */
const slack = 20;

/** How many lines `text` wraps to in `width` pixels at `char` pixels per character (words do not break). */
function wrappedLines(text: string, width: number, char: number): number {
  const perLine = Math.max(1, Math.floor(width / char));
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length + (used === 0 ? 0 : 1);
    if (used > 0 && used + length > perLine) {
      count += 1 + Math.floor((word.length - 1) / perLine);
      used = word.length % perLine || perLine;
    } else {
      used += length;
    }
  }
  return count;
}

/** The frame height, in CSS pixels, a card needs at `width` (summary paragraphs separated by blank lines). */
export function embedHeight(card: EmbedCardText, width: number = embedWidth): number {
  const inner = width - chrome.inset;
  const paragraphs = card.summary.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const summary = paragraphs.reduce(
    (sum, p) => sum + wrappedLines(p, inner, lines.summary.char) * lines.summary.height,
    0,
  );
  // Badges sit side by side, each its text plus padding and border, and wrap as a whole.
  const badgesWidth = card.badges.reduce(
    (sum, b) => sum + b.length * lines.badge.char + chrome.badgeInset + chrome.badgeGap,
    0,
  );
  const badgeRows = Math.max(1, Math.ceil(badgesWidth / inner));
  const height =
    chrome.fixed +
    wrappedLines(card.title, inner, lines.title.char) * lines.title.height +
    summary +
    Math.max(0, paragraphs.length - 1) * chrome.paragraphGap +
    badgeRows * lines.badge.height +
    (badgeRows - 1) * chrome.badgeGap +
    wrappedLines(`Sources: ${card.sources.join(' · ')}`, inner, lines.sources.char) * lines.sources.height +
    wrappedLines(card.footer, inner, lines.footer.char) * lines.footer.height;
  return Math.ceil(height + slack);
}

/** A badge of the card; `warn` for what a reader should weigh before relying on the event. */
export type EmbedBadge = { text: string; warn: boolean };

/** The card's badges: how many sources back the event, whether they disagree, and whether an editor has reviewed it. */
export function embedBadges(event: { corroboration: number; disputed: boolean; reviewed: boolean }): EmbedBadge[] {
  return [
    { text: `${event.corroboration} ${event.corroboration === 1 ? 'source' : 'sources'}`, warn: false },
    ...(event.disputed ? [{ text: 'Disputed: the sources disagree', warn: true }] : []),
    event.reviewed
      ? { text: 'Reviewed by an editor', warn: false }
      : { text: 'Not yet reviewed by an editor', warn: true },
  ];
}

/** What the iframe code says about the frame. */
export type EmbedFrame = { src: string; title: string; width: number; height: number };

/** The iframe code that shows a card: a titled, lazily loaded, borderless frame that shrinks to its column. */
export function embedIframe({ src, title, width, height }: EmbedFrame): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** An oEmbed 1.0 `rich` response (oembed.com, section 2.3.4). */
export type OEmbedRich = {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
};

/** The oEmbed response for a card: its iframe code and size, the event's title, and who provides it. */
export function oembedRich(frame: EmbedFrame, title: string, provider: { name: string; url: string }): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: embedIframe(frame),
    width: frame.width,
    height: frame.height,
  };
}
