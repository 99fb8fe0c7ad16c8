import { describe, expect, it } from 'vitest';
import { decodeRawHtml } from './decode-html.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
// "Café" in windows-1252 / ISO-8859-1: é is the single byte 0xE9.
const latin1 = (before: string, after = ''): Uint8Array => Uint8Array.from([...utf8(before), 0xe9, ...utf8(after)]);
const limit = 1024 * 1024;

describe('decodeRawHtml', () => {
  it.each([
    ['UTF-8 without a declaration', utf8('<p>Café</p>'), undefined, '<p>Café</p>', []],
    ['a UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>Café</p>')]), undefined, '<p>Café</p>', []],
    [
      '<meta charset="windows-1252">',
      latin1('<meta charset="windows-1252"><p>Caf', '</p>'),
      undefined,
      '<meta charset="windows-1252"><p>Café</p>',
      ['read in the character set the page declares, windows-1252'],
    ],
    [
      'an http-equiv Content-Type with ISO-8859-1 (read as windows-1252, per the Encoding standard)',
      latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf', '</p>'),
      undefined,
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Café</p>',
      ['read in the character set the page declares, windows-1252'],
    ],
    [
      'the charset it was served with, over its own <meta>',
      latin1('<meta charset="utf-8"><p>Caf', '</p>'),
      'text/html; charset=ISO-8859-1',
      '<meta charset="utf-8"><p>Café</p>',
      ['read in the character set the page declares, windows-1252'],
    ],
    [
      'no declaration and bytes that are not UTF-8',
      latin1('<p>Caf', '</p>'),
      undefined,
      '<p>Café</p>',
      [
        'the page names no character set and is not UTF-8: read as windows-1252, the web default; check its accented letters',
      ],
    ],
  ])('reads %s', (_, bytes, contentType, html, notes) => {
    expect(decodeRawHtml(bytes, limit, contentType)).toEqual({ ok: true, html, notes });
  });

  it.each([
    ['an empty file', new Uint8Array(), /^the file is empty$/],
    [
      'a binary file',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      /binary, not text \(NUL byte at offset 4\)/,
    ],
    ['a file over the limit', new Uint8Array(2 * limit).fill(0x20), /2\.0 MB, over the 1\.0 MB limit/],
    ['whitespace', utf8(' \n\t '), /only whitespace/],
    [
      'a page that declares UTF-8 and is not',
      latin1('<meta charset="utf-8"><p>Caf', '</p>'),
      /says it is UTF-8 but is not \(first bad byte at offset 28\)/,
    ],
  ])('refuses %s', (_, bytes, reason) => {
    expect(decodeRawHtml(bytes, limit)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
