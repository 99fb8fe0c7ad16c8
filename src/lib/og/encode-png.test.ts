import { crc32, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePng } from './encode-png.ts';

/** The chunks of a PNG file: type, data, and whether the CRC matches. */
function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const bytes = Buffer.from(png);
  const out = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    out.push({
      type,
      data,
      crcOk: bytes.readUInt32BE(at + 8 + length) === crc32(bytes.subarray(at + 4, at + 8 + length)),
    });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes the PNG signature, then IHDR, IDAT and IEND with valid CRCs', () => {
    const png = encodePng(new Uint8Array(2 * 3 * 4).fill(200), 2, 3);
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const found = chunks(png);
    expect(found.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(found.every((c) => c.crcOk)).toBe(true);
    const header = found[0]!.data;
    expect([
      header.readUInt32BE(0),
      header.readUInt32BE(4),
      header[8],
      header[9],
      header[10],
      header[11],
      header[12],
    ]).toEqual([2, 3, 8, 6, 0, 0, 0]);
  });

  it('keeps every pixel: the inflated rows are the input, each after a 0 filter byte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (width, height) => {
        const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + width) % 256);
        const idat = chunks(encodePng(rgba, width, height)).find((c) => c.type === 'IDAT')!.data;
        const raw = inflateSync(idat);
        const rows = Array.from({ length: height }, (_, y) =>
          raw.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1)),
        );
        expect(rows.every((row) => row[0] === 0)).toBe(true);
        expect(Buffer.concat(rows.map((row) => row.subarray(1)))).toEqual(Buffer.from(rgba));
      }),
    );
  });

  it('gives the same bytes for an image after images of other sizes (whose buffer it reuses)', () => {
    const image = Uint8Array.from({ length: 1 * 10 * 4 }, (_, i) => i + 1);
    const first = encodePng(image, 1, 10);
    // 6×2 pixels take as many bytes with their filter bytes as 1×10 do, but with the rows elsewhere.
    encodePng(new Uint8Array(6 * 2 * 4).fill(7), 6, 2);
    expect(Buffer.from(encodePng(image, 1, 10))).toEqual(Buffer.from(first));
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('expected 16 bytes for 2×2 RGBA, got 10');
  });
});
