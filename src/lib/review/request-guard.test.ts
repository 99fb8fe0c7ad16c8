import { describe, expect, it } from 'vitest';
import { checkReviewRequest, checkToken, type ReviewRequest } from './request-guard.ts';

/** A request the review page itself sends from http://localhost:4460/. */
const fromThePage: ReviewRequest = {
  method: 'POST',
  host: 'localhost:4460',
  origin: 'http://localhost:4460',
  secFetchSite: 'same-origin',
  contentType: 'application/json',
  contentLength: '120',
  scheme: 'http',
};

describe('checkReviewRequest', () => {
  it.each<[string, Partial<ReviewRequest>]>([
    ['the page itself', {}],
    ['the page at 127.0.0.1', { host: '127.0.0.1:4460', origin: 'http://127.0.0.1:4460' }],
    ['the page at [::1]', { host: '[::1]:4460', origin: 'http://[::1]:4460' }],
    ['a JSON body with its charset', { contentType: 'application/json; charset=utf-8' }],
    ['a browser that sends no Sec-Fetch-Site', { secFetchSite: undefined }],
    ['a body without Content-Length (chunked)', { contentLength: undefined }],
    ['a dev server over TLS', { scheme: 'https', origin: 'https://localhost:4460' }],
  ])('lets through %s', (_, change) => {
    expect(checkReviewRequest({ ...fromThePage, ...change })).toBeUndefined();
  });

  it.each<[string, Partial<ReviewRequest>, number, string]>([
    ['a GET', { method: 'GET' }, 405, 'expected POST, got GET'],
    ['a preflight', { method: 'OPTIONS' }, 405, 'expected POST, got OPTIONS'],
    ['a request without Host', { host: undefined }, 403, 'expected Host localhost, got none'],
    [
      'a rebound DNS name',
      { host: 'evil.example:4460', origin: 'http://evil.example:4460' },
      403,
      'got evil.example:4460',
    ],
    [
      'a name that starts like localhost',
      { host: 'localhost.evil.example', origin: 'http://localhost.evil.example' },
      403,
      'expected Host localhost',
    ],
    [
      'the dev server exposed on the network',
      { host: '192.168.1.5:4460', origin: 'http://192.168.1.5:4460' },
      403,
      'expected Host localhost',
    ],
    [
      'another site',
      { origin: 'https://evil.example' },
      403,
      'expected Origin http://localhost:4460, got https://evil.example',
    ],
    ['another local server', { origin: 'http://localhost:3000' }, 403, 'got http://localhost:3000'],
    ['a request without Origin', { origin: undefined }, 403, 'got none'],
    ['an opaque origin', { origin: 'null' }, 403, 'got null'],
    ['a cross-site fetch', { secFetchSite: 'cross-site' }, 403, 'got Sec-Fetch-Site cross-site'],
    ['a same-site fetch from another port', { secFetchSite: 'same-site' }, 403, 'got Sec-Fetch-Site same-site'],
    [
      'a form post',
      { contentType: 'application/x-www-form-urlencoded' },
      415,
      'expected Content-Type application/json',
    ],
    ['a multipart post', { contentType: 'multipart/form-data; boundary=x' }, 415, 'got multipart/form-data'],
    ['a text/plain post (no preflight)', { contentType: 'text/plain' }, 415, 'got text/plain'],
    ['a post without Content-Type', { contentType: undefined }, 415, 'got none'],
    ['a body too large', { contentLength: '70000' }, 413, 'at most 65536 bytes, got 70000'],
    ['a Content-Length that is no number', { contentLength: 'lots' }, 413, 'got lots'],
  ])('refuses %s', (_, change, status, error) => {
    const refusal = checkReviewRequest({ ...fromThePage, ...change });
    expect(refusal?.status).toBe(status);
    expect(refusal?.error).toContain(error);
  });
});

describe('checkToken', () => {
  const token = 'a'.repeat(43);
  it('accepts the session token', () => {
    expect(checkToken(token, token)).toBeUndefined();
  });
  it.each<[string, unknown]>([
    ['none', undefined],
    ['an empty one', ''],
    ['a wrong one of the same length', 'b'.repeat(43)],
    ['a shorter one', 'a'.repeat(42)],
    ['a number', 42],
    ['an object', { token }],
  ])('refuses %s', (_, given) => {
    expect(checkToken(given, token)).toEqual({
      status: 403,
      error: 'the page’s review token is missing or out of date: reload the page (the dev server restarted?)',
    });
  });
});
