import { renderShareCard } from '../../src/lib/og/share-card.ts';
import { loadFonts } from '../../src/pages/og/_fonts.ts';
const fonts = await loadFonts();
const rss = () => Math.round(process.memoryUsage().rss / 1e6);
console.log('start', rss());
for (let i = 0; i < 300; i++) {
  await renderShareCard({ kicker: 'dateline · Syria and Russia after Assad', dateline: `${i} October 2025`, headline: `Envoys resume talks ${i} on reconstruction in Damascus as ministers weigh energy supplies`, footer: '3 sources', siteName: 'dateline' } as never, fonts);
  if (process.env.GC && i % 10 === 0) { (globalThis as any).gc(); await new Promise((r) => setImmediate(r)); }
  if (process.env.YIELD) await new Promise((r) => setImmediate(r));
  if (i % 50 === 0) console.log(i, rss(), Math.round(process.memoryUsage().heapUsed / 1e6));
}
console.log('end', rss());
