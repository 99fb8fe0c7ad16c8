/**
 * Share-image responses for the `/og/…png` endpoints: the Source Serif 4 faces are read once per
 * build from `@fontsource/source-serif-4` (satori takes .woff, not .woff2) and shared by every image.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Font } from 'satori';
import { renderShareCard, shareCardTree, type ShareCard } from '../../lib/og/share-card.ts';

// Drawing a card takes ~90 ms, most of a large story's build: cards are kept between builds,
// keyed on the card's full layout tree (text, sizes, colours) and the code that renders it, so a
// changed event or template never reuses a stale image.
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'dateline', 'share-images');
const rendererKey = renderShareCard.toString();

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

/** The PNG for a share card, from the build cache when an identical card was drawn before. */
async function cachedPng(card: ShareCard): Promise<Uint8Array> {
  const key = createHash('sha256')
    .update(JSON.stringify([shareCardTree(card), faces, rendererKey]))
    .digest('hex');
  const file = join(cacheDir, `${key}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await renderShareCard(card, await loadFonts());
  // A cache that cannot be written (read-only checkout) only costs speed.
  await mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(file, png))
    .catch(() => undefined);
  return png;
}

/** A PNG response for a share card. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  const png = await cachedPng(card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}
