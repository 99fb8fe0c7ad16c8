import { describe, expect, it } from 'vitest';
import { decodeRawText } from './decode-raw.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeRawText', () => {
  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['whitespace only', bytes(' \n\t\n'), /only whitespace/],
    ['a NUL byte', bytes('abc\u0000def'), /binary.*offset 3/],
    ['invalid UTF-8', Uint8Array.of(0x61, 0x62, 0xff, 0x63), /not valid UTF-8.*offset 2/],
    ['a truncated UTF-8 sequence', Uint8Array.of(0x61, 0xe2, 0x82), /not valid UTF-8/],
    ['a file over the limit', new Uint8Array(11).fill(0x61), /over the 1 KB limit/],
  ])('rejects %s', (_, input, reason) => {
    const result = decodeRawText(input, 10);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('rejects a 10 MB file with the default limit', () => {
    const result = decodeRawText(new Uint8Array(10 * 1024 * 1024).fill(0x61));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/10\.0 MB, over the 2\.0 MB limit/) });
  });

  it.each([
    ['a BOM', '\uFEFFHello', 'Hello'],
    ['CRLF and lone CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['tabs', 'a\tb', 'a b'],
    ['Unicode line separators', 'a\u2028b', 'a\nb'],
  ])('normalizes %s', (_, input, expected) => {
    expect(decodeRawText(bytes(input))).toEqual({ ok: true, text: expected, notes: [] });
  });

  it('removes stray control characters and says how many', () => {
    expect(decodeRawText(bytes('a\u0007b\u001bc'))).toEqual({ ok: true, text: 'abc', notes: ['removed 2 control characters'] });
  });
});
