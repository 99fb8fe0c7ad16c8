/**
 * Share-image responses for the `/og/…png` endpoints.
 *
 * Drawing a card (satori, then resvg) takes 10–20 ms, and a large story has thousands of them, so
 * worker threads draw them: `prepareShareImages` hands every card to the workers as soon as the
 * routes' paths are known (before any page is rendered), the workers draw on the other cores while
 * this thread renders the HTML pages, and each endpoint then only awaits its own card.
 *
 * Cards are also kept between builds in `node_modules/.cache/dateline/share-images/`, keyed on the
 * card's full layout tree (text, sizes, colours), the fonts and the code and packages that render it, so a
 * changed event or template never reuses a stale image and a rebuild redraws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Font } from 'satori';
import { installedVersion } from '../../lib/installed-packages.ts';
import { encodePng } from '../../lib/og/encode-png.ts';
import { renderShareCard, shareCardTree, type ShareCard } from '../../lib/og/share-card.ts';
import { faces, loadFonts } from './_fonts.ts';

const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'dateline', 'share-images');
// The code that draws a card and the packages it draws with (an update of the renderers or of
// the font's files redraws every card).
const rendererKey = [
  ...[renderShareCard, encodePng].map(String),
  ...['satori', '@resvg/resvg-js', '@fontsource/source-serif-4'].map(
    (name) => `${name}@${installedVersion(process.cwd(), name) ?? 'unknown'}`,
  ),
].join('\n');
// The worker runs from the source tree (Node strips the types), not from Vite's bundle of this file.
const workerFile = join(process.cwd(), 'src', 'pages', 'og', '_share-card-worker.ts');

/**
 * Cards being drawn, by cache key: each resolves once its PNG is in the cache (to undefined), or to
 * the PNG itself when the cache cannot be written. Only the endpoint reads the file, so the build
 * never holds thousands of PNGs in memory at once.
 */
const jobs = new Map<string, Promise<Uint8Array | undefined>>();

/** Starts drawing every card not in the cache yet, without waiting: the endpoints await them later. */
export function prepareShareImages(cards: readonly ShareCard[]): void {
  // A failure is reported by the endpoint that awaits the card, not as an unhandled rejection now.
  for (const card of cards) cardJob(card).job.catch(() => undefined);
}

/** A PNG response for a share card. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  const { file, job } = cardJob(card);
  const png = (await job) ?? (await readFile(file));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}

/** The cache file of a card, and the job that makes sure it is there: each card is drawn once per build. */
function cardJob(card: ShareCard): { file: string; job: Promise<Uint8Array | undefined> } {
  const key = createHash('sha256')
    .update(JSON.stringify([shareCardTree(card), faces, rendererKey]))
    .digest('hex');
  const file = join(cacheDir, `${key}.png`);
  let job = jobs.get(key);
  if (!job) {
    job = access(file).then(
      () => undefined,
      () => draw(card, file),
    );
    jobs.set(key, job);
  }
  return { file, job };
}

type Reply = { id: number; png?: Uint8Array; cpuUs?: number; error?: string };

/**
 * Cards drawn in this build and the CPU time they took (workers included), for
 * `src/integrations/build-timings.ts`: shared through `globalThis` because the integration runs
 * outside the bundle this module is part of.
 */
const drawn = ((globalThis as Record<symbol, unknown>)[Symbol.for('dateline.share-images')] ??= {
  cards: 0,
  cpuUs: 0,
}) as { cards: number; cpuUs: number };
type Job = {
  id: number;
  card: ShareCard;
  file: string;
  resolve: (png: Uint8Array | undefined) => void;
  reject: (error: Error) => void;
};

const maxWorkers = Math.max(1, availableParallelism());
// A worker holds satori, resvg and their buffers (about a hundred MB) for the rest of the build: a
// second one is started only when enough cards wait to keep it busy for a few seconds.
const cardsPerExtraWorker = 100;
// Each worker gets one card to draw and one to start on next; the rest wait here as plain data
// (a worker handed thousands at once would draw them all interleaved, holding every one in memory).
const perWorker = 2;
const waiting: Job[] = [];
const workers: { worker: Worker; jobs: Map<number, Job> }[] = [];
let nextId = 0;
let fonts: Promise<Font[]> | undefined;

/**
 * Draws a card into `file` (the cache) on a worker thread; resolves to the PNG itself only when the
 * file could not be written. Without the worker's source file (a build run from another directory),
 * draws on this thread instead.
 */
function draw(card: ShareCard, file: string): Promise<Uint8Array | undefined> {
  if (!existsSync(workerFile)) return drawHere(card, file);
  return new Promise((resolve, reject) => {
    waiting.push({ id: nextId++, card, file, resolve, reject });
    dispatch();
  });
}

/** Hands waiting cards to workers with room, starting workers up to one per CPU while cards keep them busy. */
function dispatch(): void {
  while (waiting.length > 0) {
    let slot = workers.find((w) => w.jobs.size < perWorker);
    if (!slot && workers.length < maxWorkers && (workers.length === 0 || waiting.length > cardsPerExtraWorker))
      slot = startWorker();
    if (!slot) return;
    const job = waiting.shift()!;
    slot.jobs.set(job.id, job);
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, card: job.card, file: job.file });
  }
}

function startWorker(): (typeof workers)[number] {
  const slot = { worker: new Worker(workerFile), jobs: new Map<number, Job>() };
  slot.worker.on('message', ({ id, png, cpuUs = 0, error }: Reply) => {
    const job = slot.jobs.get(id)!;
    slot.jobs.delete(id);
    drawn.cards += 1;
    drawn.cpuUs += cpuUs;
    if (error) job.reject(new Error(`share image of "${job.card.headline}": ${error}`));
    else job.resolve(png);
    dispatch();
    // An idle worker must not keep the build's process alive once the build is done.
    if (slot.jobs.size === 0) slot.worker.unref();
  });
  slot.worker.on('error', (error) => {
    for (const job of [...slot.jobs.values(), ...waiting.splice(0)]) job.reject(error);
    slot.jobs.clear();
  });
  workers.push(slot);
  return slot;
}

async function drawHere(card: ShareCard, file: string): Promise<Uint8Array | undefined> {
  fonts ??= loadFonts();
  const before = process.threadCpuUsage();
  const png = await renderShareCard(card, await fonts);
  const used = process.threadCpuUsage(before);
  drawn.cards += 1;
  drawn.cpuUs += used.user + used.system;
  // A cache that cannot be written (read-only checkout) only costs speed.
  return mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(file, png))
    .then(
      () => undefined,
      () => png,
    );
}
