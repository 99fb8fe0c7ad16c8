/**
 * Share-image responses for the `/og/…png` endpoints: the Source Serif 4 faces are read once per
 * build from `@fontsource/source-serif-4` (satori takes .woff, not .woff2) and shared by every image.
 */
import { readFile } from 'node:fs/promises';
import type { Font } from 'satori';
import { renderShareCard, type ShareCard } from '../../lib/og/share-card.ts';

const faces = [
  { file: 'latin-400-normal', weight: 400 },
  { file: 'latin-600-normal', weight: 600 },
  { file: 'latin-700-normal', weight: 700 },
  { file: 'latin-ext-400-normal', weight: 400 },
  { file: 'latin-ext-600-normal', weight: 600 },
  { file: 'latin-ext-700-normal', weight: 700 },
] as const;

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    faces.map(async ({ file, weight }) => ({
      name: 'Source Serif 4',
      weight,
      style: 'normal' as const,
      data: await readFile(
        new URL(import.meta.resolve(`@fontsource/source-serif-4/files/source-serif-4-${file}.woff`)),
      ),
    })),
  );
  return fonts;
}

/** A PNG response for a share card. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  const png = await renderShareCard(card, await loadFonts());
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}
