/**
 * Share images (Open Graph, 1200×630): an editorial card as a satori element tree, rendered to PNG
 * with resvg. The tree is plain data, so the card's content is testable without rendering it.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { encodePng } from './encode-png.ts';

/** Width and height of every share image, in pixels. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** What a share card says. */
export type ShareCard = {
  /** Small line at the top: the site's name and the story. */
  kicker: string;
  /** Red line above the headline: a date, a span, or a count. */
  dateline: string;
  headline: string;
  /** Optional line under the headline (the story's standfirst). */
  standfirst?: string;
  /** Bottom-left line: corroboration ("2 sources · disputed"). */
  footer: string;
  /** The site's name, bottom right. */
  siteName: string;
};

/** A satori element (the JSX shape satori takes, written as data). */
export type CardNode = {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
};

const colors = { paper: '#fbfaf7', ink: '#1b1a18', muted: '#56524a', rule: '#d8d2c6', accent: '#a3161c' };

const node = (
  style: Record<string, string | number>,
  children: NonNullable<CardNode['props']['children']>,
): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Headline size that fits three lines or fewer across the card. */
function headlineSize(text: string): number {
  if (text.length > 110) return 50;
  if (text.length > 70) return 58;
  return 68;
}

/** The element tree of a share card. */
export function shareCardTree(card: ShareCard): CardNode {
  const { width, height } = shareImageSize;
  const inner = width - 2 * 72;
  return node(
    {
      width,
      height,
      flexDirection: 'column',
      backgroundColor: colors.paper,
      color: colors.ink,
      fontFamily: 'Source Serif 4',
    },
    [
      node({ width, height: 14, backgroundColor: colors.accent }, []),
      node({ width, flexGrow: 1, flexDirection: 'column', padding: '44px 72px 48px' }, [
        node(
          {
            width: inner,
            fontSize: 26,
            fontWeight: 700,
            letterSpacing: 3,
            textTransform: 'uppercase',
            color: colors.accent,
          },
          card.kicker,
        ),
        node({ width: inner, flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
          node({ fontSize: 34, fontWeight: 600, color: colors.accent, marginBottom: 16 }, card.dateline),
          node(
            {
              width: inner,
              fontSize: headlineSize(card.headline),
              fontWeight: 700,
              lineHeight: 1.12,
              letterSpacing: -1,
            },
            card.headline,
          ),
          ...(card.standfirst
            ? [
                node(
                  { width: inner, fontSize: 29, lineHeight: 1.4, color: colors.muted, marginTop: 22 },
                  card.standfirst,
                ),
              ]
            : []),
        ]),
        node(
          {
            width: inner,
            justifyContent: 'space-between',
            alignItems: 'center',
            borderTop: `2px solid ${colors.rule}`,
            paddingTop: 22,
            fontSize: 28,
            color: colors.muted,
          },
          [
            node({ fontWeight: 600, color: colors.ink }, card.footer),
            node(
              { fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase', fontSize: 24, color: colors.accent },
              card.siteName,
            ),
          ],
        ),
      ]),
    ],
  );
}

/** Renders a share card to a 1200×630 PNG with the given fonts (satori needs .woff or .ttf, not .woff2). */
export async function renderShareCard(card: ShareCard, fonts: Font[]): Promise<Uint8Array> {
  // satori's element type is React's; the tree above has the same shape without the React dependency.
  const svg = await satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], {
    ...shareImageSize,
    fonts,
  });
  // satori has already turned every glyph into a path, so resvg needs no fonts: not scanning the
  // system's fonts saves about a fifth of the time of each card.
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: shareImageSize.width },
    font: { loadSystemFonts: false },
  }).render();
  // resvg's pixels are premultiplied; the card's paper background makes every pixel opaque, where
  // premultiplied and straight alpha are the same bytes.
  return encodePng(image.pixels, image.width, image.height);
}
