import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { shareCardTree, shareImageSize } from '../../src/lib/og/share-card.ts';
import { loadFonts } from '../../src/pages/og/_fonts.ts';
const fonts = await loadFonts();
const rss = () => Math.round(process.memoryUsage().rss / 1e6);
const mode = process.argv[2];
const card = { kicker: 'dateline · Syria', dateline: 'October 2025', headline: 'Envoys resume talks on reconstruction', footer: '3 sources', siteName: 'dateline' } as never;
const svg = await satori(shareCardTree(card) as never, { ...shareImageSize, fonts });
for (let i = 0; i < 200; i++) {
  if (mode === 'satori') await satori(shareCardTree(card) as never, { ...shareImageSize, fonts });
  else {
    const img = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
    if (mode === 'pixels') img.pixels;
    if (mode === 'png') img.asPng();
  }
}
console.log(mode, 'end', rss());
