/**
 * A worker thread that draws share cards (satori, then resvg): it loads the fonts once, then
 * answers each `{ id, card, file }` message by writing the PNG to `file` (the build cache) and
 * replying `{ id }`, or `{ id, png }` when the file cannot be written, or `{ id, error }`.
 * Node runs this file as it is (type stripping), outside Vite's bundle; `_share-image.ts` starts it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderShareCard, type ShareCard } from '../../lib/og/share-card.ts';
import { loadFonts } from './_fonts.ts';

if (!parentPort) throw new Error('_share-card-worker.ts runs as a worker thread, started by _share-image.ts');
const port = parentPort;
const fonts = loadFonts();

port.on('message', async ({ id, card, file }: { id: number; card: ShareCard; file: string }) => {
  try {
    const png = await renderShareCard(card, await fonts);
    const written = await mkdir(dirname(file), { recursive: true })
      .then(() => writeFile(file, png))
      .then(
        () => true,
        () => false,
      );
    port.postMessage(written ? { id } : { id, png });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
