/**
 * The Source Serif 4 faces every share card is set in, read from `@fontsource/source-serif-4`
 * (satori takes .woff, not .woff2). Shared by the build's own thread and the drawing workers.
 */
import { readFile } from 'node:fs/promises';
import type { Font } from 'satori';

/** The font files, by subset and weight; part of every card's cache key. */
export const faces = [
  { file: 'latin-400-normal', weight: 400 },
  { file: 'latin-600-normal', weight: 600 },
  { file: 'latin-700-normal', weight: 700 },
  { file: 'latin-ext-400-normal', weight: 400 },
  { file: 'latin-ext-600-normal', weight: 600 },
  { file: 'latin-ext-700-normal', weight: 700 },
] as const;

/** Reads every face, ready for satori. */
export function loadFonts(): Promise<Font[]> {
  return Promise.all(
    faces.map(async ({ file, weight }) => ({
      name: 'Source Serif 4',
      weight,
      style: 'normal' as const,
      data: await readFile(
        new URL(import.meta.resolve(`@fontsource/source-serif-4/files/source-serif-4-${file}.woff`)),
      ),
    })),
  );
}
