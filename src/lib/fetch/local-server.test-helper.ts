/**
 * A web server on 127.0.0.1 for the fetch tests: each path answers as a real site would (a page,
 * a redirect, an error, a PDF, a feed, an endless body, no answer at all). Nothing leaves the machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A running server: its origin, what it served, and how to stop it. */
export type LocalServer = {
  origin: string;
  /** Paths requested, in order. */
  requests: string[];
  /** Body bytes written per path by {@link streamBytes} handlers before the client stopped reading. */
  written: Map<string, number>;
  close: () => Promise<void>;
};

/** Starts a server on a free port of 127.0.0.1 answering `routes` (404 for anything else). */
export async function startServer(routes: (server: LocalServer) => Record<string, Handler>): Promise<LocalServer> {
  const server: LocalServer = { origin: '', requests: [], written: new Map(), close: async () => {} };
  let table: Record<string, Handler> = {};
  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    server.requests.push(path);
    const handler = table[path];
    if (handler) return handler(req, res);
    res.writeHead(404, 'Not Found', { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  table = routes(server);
  server.close = () =>
    new Promise((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return server;
}

/** Answers `body` with `contentType`. */
export const serve =
  (body: string | Uint8Array, contentType = 'text/html; charset=utf-8', status = 200): Handler =>
  (_, res) =>
    void res.writeHead(status, { 'content-type': contentType }).end(body);

/** Redirects to `location` with `status`. */
export const redirect =
  (location: string, status = 301): Handler =>
  (_, res) =>
    void res.writeHead(status, { location }).end();

/**
 * Streams `total` bytes of HTML in 64 KB chunks, as fast as the client reads and no faster, with
 * no Content-Length (as a chunked answer), and records how much was written before the client left.
 */
export const streamBytes =
  (server: LocalServer, total: number): Handler =>
  (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    res.writeHead(200, { 'content-type': 'text/html' });
    const pump = (): void => {
      while (sent < total && !res.destroyed) {
        sent += chunk.length;
        server.written.set(path, sent);
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.on('close', () => server.written.set(path, Math.min(sent, total)));
    pump();
  };

/** Never answers (until the server closes). */
export const hang: Handler = () => {};

/** An article page of `words` words, titled `title`, with a canonical link when `canonical` is given. */
export function articlePage(title: string, words = 150, canonical?: string): string {
  const sentence = 'Delegates met in the capital on Wednesday to discuss trade, energy and the bases.';
  const paragraphs = Array.from({ length: Math.ceil(words / 14) }, () => `<p>${sentence}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title>${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head><body><article><h1>${title}</h1>\n${paragraphs}</article></body></html>`;
}
