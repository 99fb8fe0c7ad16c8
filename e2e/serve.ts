/**
 * Serves the built site (`dist/`, or DIST_DIR) under BASE_PATH the way a static host does, for the e2e tests:
 * `index.html` for directory paths, a redirect to add a missing trailing slash, `404.html` otherwise.
 * Written here rather than using `astro preview` because Astro allows one preview server per
 * project, so a preview someone already has open would stop the tests from starting theirs.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { base, distDir, distPath, fileForPath } from './site.ts';

const host = '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4322);

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

function isDirectory(path: string): boolean {
  const dir = distPath(path);
  return dir !== undefined && existsSync(dir) && statSync(dir).isDirectory();
}

createServer((request, response) => {
  const { pathname, search } = new URL(request.url ?? '/', `http://${host}`);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (!pathname.endsWith('/') && isDirectory(pathname)) {
    response.writeHead(301, { location: `${pathname}/${search}` }).end();
    return;
  }
  const file = fileForPath(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(distDir, '404.html');
  if (!existsSync(body)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  response.writeHead(status, { 'content-type': contentTypes[extname(body)] ?? 'application/octet-stream' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(body).pipe(response);
}).listen(port, host, () => {
  console.log(`Serving ${distDir} at http://${host}:${port}${base}`);
});
