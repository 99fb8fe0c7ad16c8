import { describe, expect, it } from 'vitest';
import { leftOutLines, parseIngestReport, serializeIngestReport } from './ingest-report.ts';

describe('the ingest report', () => {
  it('reads back what it wrote', () => {
    const report = {
      leftOut: [{ file: 'content/raw/a.html', reason: 'the page has no sentences', kept: 'content/sources/a.mdx' }],
    };
    expect(parseIngestReport(serializeIngestReport(report))).toEqual(report);
  });

  it.each([
    ['no file', undefined],
    ['text that is not JSON', '{'],
    ['JSON of another shape', '{"leftOut": [{"file": 1}]}'],
  ])('is undefined for %s', (_, text) => {
    expect(parseIngestReport(text)).toBeUndefined();
  });
});

describe('leftOutLines', () => {
  it('says nothing when nothing was left out', () => {
    expect(leftOutLines([])).toEqual([]);
  });

  it('names each file with its reason, and a source still published from an earlier version', () => {
    expect(
      leftOutLines([
        { file: 'content/raw/gallery.html', reason: 'the page has no sentences' },
        { file: 'content/raw/scan.txt', reason: 'the file is binary', kept: 'content/sources/scan.mdx' },
      ]),
    ).toEqual([
      '2 files were left out of the site, which was built from the others:',
      '  content/raw/gallery.html: the page has no sentences',
      '  content/raw/scan.txt: the file is binary',
      '    (content/sources/scan.mdx, made from an earlier version of it, is still published)',
      'Fix or remove them and run npm start again; npm start -- --strict stops at the first file that fails.',
    ]);
  });
});
