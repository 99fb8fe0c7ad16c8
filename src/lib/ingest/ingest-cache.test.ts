import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cachedResult, ingestKey, parseIngestCache } from './ingest-cache.ts';

const generated = 'generated\n';
const entry = {
  raw: 'a'.repeat(64),
  key: 'k',
  generated: createHash('sha256').update(generated).digest('hex'),
  summary: 'byline ×1',
  notes: [],
};

describe('ingest cache', () => {
  it('keeps only well-formed entries from what it reads, and nothing from text that is not a JSON object', () => {
    const text = JSON.stringify({ '/raw/a.txt': entry, '/raw/b.txt': { ...entry, notes: [1] }, '/raw/c.txt': null });
    expect(parseIngestCache(text)).toEqual({ '/raw/a.txt': entry });
    for (const bad of [undefined, '{not json', '[]', '"text"', 'null']) expect(parseIngestCache(bad)).toEqual({});
  });

  it('answers only for the same raw bytes and key, while the source on disk is still the one generated', () => {
    const real = entry;
    expect(cachedResult(real, real.raw, 'k', generated)).toBe(real);
    expect(cachedResult(real, 'b'.repeat(64), 'k', generated)).toBeUndefined();
    expect(cachedResult(real, real.raw, 'other', generated)).toBeUndefined();
    expect(cachedResult(real, real.raw, 'k', `${generated}An editor's line.\n`)).toBeUndefined();
    expect(cachedResult(real, real.raw, 'k', undefined)).toBeUndefined();
    expect(cachedResult(undefined, real.raw, 'k', generated)).toBeUndefined();
  });

  it('keys on every input besides the raw bytes', () => {
    const base = {
      code: 'c',
      name: 'a.txt',
      defaultLang: 'en',
      maxSentenceLoss: 0.25,
      maxBytes: undefined,
      fetched: undefined,
    };
    const keys = new Set(
      [
        base,
        { ...base, code: 'd' },
        { ...base, name: 'b.txt' },
        { ...base, defaultLang: 'fr' },
        { ...base, maxSentenceLoss: 0.5 },
        { ...base, maxBytes: 1000 },
        { ...base, fetched: { finalUrl: 'https://example.org/a' } },
      ].map(ingestKey),
    );
    expect(keys.size).toBe(7);
    expect(ingestKey({ ...base })).toBe(ingestKey(base));
  });
});
