import satori from 'satori';
import { createRequire } from 'node:module';
import { Resvg as Old } from '@resvg/resvg-js';
import { shareCardTree, shareImageSize } from '../../src/lib/og/share-card.ts';
import { loadFonts } from '../../src/pages/og/_fonts.ts';
const { Resvg: New } = createRequire('/tmp/rtest/')('@resvg/resvg-js');
const fonts = await loadFonts();
const rss = () => Math.round(process.memoryUsage().rss / 1e6);
const opts = { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } } as const;
let same = 0;
for (let i = 0; i < 5; i++) {
  const card = { kicker: 'dateline · Syria', dateline: `${i} October 2025`, headline: `Envoys resume talks ${i} on reconstruction — «ё»`, footer: '3 sources · sources disagree', siteName: 'dateline' } as never;
  const svg = await satori(shareCardTree(card) as never, { ...shareImageSize, fonts });
  const a = new Old(svg, opts).render().pixels, b = new New(svg, opts).render().pixels;
  if (Buffer.compare(a, b) === 0) same++;
}
console.log('identical pixels', same, 'of 5');
const svg = await satori(shareCardTree({ kicker: 'k', dateline: 'd', headline: 'h', footer: 'f', siteName: 's' } as never) as never, { ...shareImageSize, fonts });
const which = process.argv[2] === 'new' ? New : Old;
const c0 = process.cpuUsage(); let peak = 0;
for (let i = 0; i < 200; i++) { which === New ? new New(svg, opts).render().pixels : new Old(svg, opts).render().pixels; await new Promise((r) => setImmediate(r)); peak = Math.max(peak, rss()); }
const c = process.cpuUsage(c0);
console.log(process.argv[2], 'peak', peak, 'ms/render', ((c.user + c.system) / 1000 / 200).toFixed(1));
