import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, type FetchOptions } from './fetch-document.ts';
import {
  articlePage,
  hang,
  redirect,
  serve,
  startServer,
  streamBytes,
  type LocalServer,
} from './local-server.test-helper.ts';

const MB = 1024 * 1024;
const options: FetchOptions = { kind: 'page', timeoutMs: 5_000, maxBytes: 2 * MB, maxRedirects: 3 };
const page = articlePage('Talks resume');
let server: LocalServer;
const at = (path: string): string => `${server.origin}${path}`;

beforeAll(async () => {
  server = await startServer((s) => ({
    '/article': serve(page),
    '/xhtml': serve(page, 'application/xhtml+xml'),
    '/untyped': (_, res) => void res.writeHead(200).end(page),
    '/moved': redirect('/article'),
    '/chain/1': redirect('/chain/2', 302),
    '/chain/2': redirect('/chain/3', 307),
    '/chain/3': redirect('/chain/4', 308),
    '/chain/4': redirect('/article', 303),
    '/to-ftp': redirect('ftp://files.example/a.txt'),
    '/to-404': redirect('/gone'),
    '/error': serve('<h1>Oops</h1>', 'text/html', 500),
    '/report.pdf': serve(Uint8Array.from([0x25, 0x50, 0x44, 0x46]), 'application/pdf'),
    '/photo': serve(Uint8Array.from([0xff, 0xd8, 0xff]), 'image/jpeg'),
    '/huge': streamBytes(s, 50 * MB),
    '/announced': (_, res) =>
      void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(60 * MB) }).end(),
    '/slow': hang,
    '/feed.xml': serve('<rss version="2.0"><channel></channel></rss>', 'application/rss+xml'),
  }));
});
afterAll(() => server.close());

describe('fetchDocument', () => {
  it('fetches a page with its type and bytes, and the time it did', async () => {
    const result = await fetchDocument(at('/article'), options);
    expect(result).toMatchObject({
      ok: true,
      url: at('/article'),
      finalUrl: at('/article'),
      contentType: 'text/html; charset=utf-8',
    });
    if (!result.ok) return;
    expect(new TextDecoder().decode(result.bytes)).toBe(page);
    expect(Date.now() - Date.parse(result.fetched)).toBeLessThan(60_000);
  });

  it.each([
    ['a redirect', '/moved', '/article'],
    ['a chain of 4 redirects of every kind, one over a limit of 3', '/chain/1', undefined],
    ['an XHTML page', '/xhtml', '/xhtml'],
    ['a page served without a type', '/untyped', '/untyped'],
  ])('follows %s', async (_, path, final) => {
    const result = await fetchDocument(at(path), options);
    if (final === undefined) {
      expect(result).toEqual({
        ok: false,
        reason: `more than 3 redirects (the last to ${at('/article')}); raise the limit with --max-redirects`,
      });
    } else {
      expect(result).toMatchObject({ ok: true, url: at(path), finalUrl: at(final) });
    }
  });

  it('follows the same chain with a limit of 4', async () => {
    expect(await fetchDocument(at('/chain/1'), { ...options, maxRedirects: 4 })).toMatchObject({
      ok: true,
      finalUrl: at('/article'),
    });
  });

  it.each([
    ['a 404', '/gone', 'HTTP 404 Not Found'],
    ['a 404 after a redirect', '/to-404', `HTTP 404 Not Found (at ${'ORIGIN'}/gone)`],
    ['a 500', '/error', 'HTTP 500 Internal Server Error'],
    [
      'a PDF',
      '/report.pdf',
      'it is application/pdf, not an HTML page: save the article text of other documents (a PDF, an image) as a .txt file',
    ],
    [
      'an image',
      '/photo',
      'it is image/jpeg, not an HTML page: save the article text of other documents (a PDF, an image) as a .txt file',
    ],
    [
      'a redirect to another scheme',
      '/to-ftp',
      'it redirects to "ftp://files.example/a.txt", which is not an http(s) URL',
    ],
    [
      'an answer announced at 60 MB',
      '/announced',
      'it is larger than the 2.0 MB limit (60.0 MB announced, nothing read); raise it with --max-bytes if this really is one article',
    ],
  ])('refuses %s with a clear reason', async (_, path, reason) => {
    expect(await fetchDocument(at(path), options)).toEqual({
      ok: false,
      reason: reason.replace('ORIGIN', server.origin),
    });
  });

  it('stops reading a 50 MB answer at the limit instead of buffering it', async () => {
    const result = await fetchDocument(at('/huge'), options);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^it is larger than the 2\.0 MB limit \(stopped reading after 2\.\d MB\); raise it with --max-bytes/,
      ),
    });
    // The server saw the client go well before the end: what it wrote is the limit plus socket buffers.
    await expect.poll(() => server.written.get('/huge')).toBeLessThan(12 * MB);
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const started = Date.now();
    expect(await fetchDocument(at('/slow'), { ...options, timeoutMs: 300 })).toEqual({
      ok: false,
      reason: 'no complete answer within 0.3 s; try again later, or raise the limit with --timeout',
    });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reports a refused connection', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const closed = await startServer(() => ({}));
    await closed.close();
    expect(await fetchDocument(`${closed.origin}/`, options)).toEqual({
      ok: false,
      reason: 'network error: the server refused the connection (ECONNREFUSED)',
    });
  });

  it.each([
    ['a URL that is not http(s)', 'file:///etc/passwd', /^not an http:\/\/ or https:\/\/ URL$/],
    ['text that is no URL', 'news.example/a', /^not an http:\/\/ or https:\/\/ URL$/],
  ])('refuses %s', async (_, url, reason) => {
    expect(await fetchDocument(url, options)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('takes a feed when asked for one, and refuses it as a page', async () => {
    expect(await fetchDocument(at('/feed.xml'), { ...options, kind: 'feed' })).toMatchObject({ ok: true });
    expect(await fetchDocument(at('/feed.xml'), options)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^it is application\/rss\+xml, not an HTML page/),
    });
  });
});
