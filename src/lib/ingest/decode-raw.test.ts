import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRawText, firstInvalidUtf8 } from './decode-raw.ts';

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
    expect(decodeRawText(bytes('a\u0007b\u001bc'))).toEqual({
      ok: true,
      text: 'abc',
      notes: ['removed 2 control characters'],
    });
  });
});

const hex = (...values: number[]): Uint8Array => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', bytes('plain text'), undefined],
    ['2-, 3- and 4-byte sequences', bytes('é € 😀 ß 中'), undefined],
    ['the largest code point, U+10FFFF', hex(0xf4, 0x8f, 0xbf, 0xbf), undefined],
    ['an invalid byte after ASCII', hex(0x61, 0x62, 0xff, 0x63), 2],
    ['0xFF after eight 2-byte letters', concat(bytes('éééééééé'), hex(0xff)), 16],
    ['0xFF after four 3-byte signs', concat(bytes('€€€€'), hex(0xff)), 12],
    ['0xFF after two 4-byte emoji', concat(bytes('😀😀'), hex(0xff)), 8],
    ['a lone continuation byte', concat(bytes('abc'), hex(0x80)), 3],
    ['a 2-byte lead followed by ASCII', hex(0x61, 0xc3, 0x28), 1],
    ['a 3-byte sequence broken in its third byte', concat(bytes('ü'), hex(0xe2, 0x82, 0x41)), 2],
    ['a 2-byte sequence truncated at the end', concat(bytes('aé'), hex(0xc3)), 3],
    ['a 3-byte sequence truncated at the end', concat(bytes('x€'), hex(0xe2, 0x82)), 4],
    ['a 4-byte sequence truncated at the end', concat(bytes('😀'), hex(0xf0, 0x9f, 0x98)), 4],
    ['overlong 2-byte NUL (C0 80)', concat(bytes('é'), hex(0xc0, 0x80)), 2],
    ['overlong 2-byte (C1 BF)', hex(0xc1, 0xbf), 0],
    ['overlong 3-byte (E0 80 AF)', concat(bytes('ab'), hex(0xe0, 0x80, 0xaf)), 2],
    ['overlong 4-byte (F0 80 80 AF)', hex(0xf0, 0x80, 0x80, 0xaf), 0],
    ['a high surrogate, U+D800 (ED A0 80)', concat(bytes('€'), hex(0xed, 0xa0, 0x80)), 3],
    ['a low surrogate, U+DFFF (ED BF BF)', hex(0x6f, 0x6b, 0xed, 0xbf, 0xbf), 2],
    ['a code point past U+10FFFF (F4 90 80 80)', hex(0xf4, 0x90, 0x80, 0x80), 0],
    ['a 5-byte lead (F8)', concat(bytes('中'), hex(0xf8, 0x88, 0x80, 0x80, 0x80)), 3],
  ])('%s → %s', (_, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  it('names the right offset in the error after non-ASCII text', () => {
    expect(decodeRawText(concat(bytes('éééééééé'), hex(0xff)))).toEqual({
      ok: false,
      reason: expect.stringContaining('first bad byte at offset 16'),
    });
  });

  // Reference: the longest prefix that decodes as complete UTF-8, among the prefixes a fresh
  // streaming decoder accepts (it fails at the first byte that cannot continue the input).
  const decodes = (input: Uint8Array, length: number, stream: boolean): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  const reference = (input: Uint8Array): number | undefined => {
    if (decodes(input, input.length, false)) return undefined;
    let last = 0;
    for (let n = 0; n <= input.length && decodes(input, n, true); n++) if (decodes(input, n, false)) last = n;
    return last;
  };
  // Text of every width, with raw bytes of every kind spliced in: leads, continuations, 0xFF.
  const chunk = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 6 }).map(bytes),
    fc.uint8Array({ maxLength: 4 }),
    fc.constantFrom(hex(0x80), hex(0xbf), hex(0xc0), hex(0xc2), hex(0xe0), hex(0xed), hex(0xf0), hex(0xf4), hex(0xff)),
  );

  it('agrees with decoding prefixes (property)', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 8 }), (chunks) => {
        const input = concat(...chunks);
        expect(firstInvalidUtf8(input)).toBe(reference(input));
      }),
      { numRuns: 2000 },
    );
  });
});
