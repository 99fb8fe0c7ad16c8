import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderShareCard } from '../../src/lib/og/share-card.ts';
import { loadFonts } from '../../src/pages/og/_fonts.ts';
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const fonts = await loadFonts();
const every = Number(process.argv[2]);
const rss = () => Math.round(process.memoryUsage().rss / 1e6);
let peak = 0; const t0 = performance.now(); const c0 = process.cpuUsage();
for (let i = 0; i < 200; i++) {
  await renderShareCard({ kicker: 'dateline · Syria and Russia after Assad', dateline: `${i} October 2025`, headline: `Envoys resume talks ${i} on reconstruction in Damascus as ministers weigh energy supplies`, footer: '3 sources', siteName: 'dateline' } as never, fonts);
  if (every && i % every === 0) gc();
  await new Promise((r) => setImmediate(r));
  peak = Math.max(peak, rss());
}
const c = process.cpuUsage(c0);
console.log('gc every', every, 'peak', peak, 'end', rss(), 'ms/card cpu', ((c.user + c.system) / 1000 / 200).toFixed(1));
