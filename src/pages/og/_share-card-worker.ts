/**
 * A worker thread that draws share cards (satori, then resvg): it loads the fonts once, then
 * answers each `{ id, card, file }` message by writing the PNG to `file` (the build cache) and
 * replying `{ id, cpuUs }`, or `{ id, png, cpuUs }` when the file cannot be written, or `{ id, error }`
 * (`cpuUs`: the thread's CPU time drawing the card, for the build's timings).
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
    const before = process.threadCpuUsage();
    const png = await renderShareCard(card, await fonts);
    const used = process.threadCpuUsage(before);
    const written = await mkdir(dirname(file), { recursive: true })
      .then(() => writeFile(file, png))
      .then(
        () => true,
        () => false,
      );
    const cpuUs = used.user + used.system;
    port.postMessage(written ? { id, cpuUs } : { id, png, cpuUs });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
