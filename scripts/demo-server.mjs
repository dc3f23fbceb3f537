// A small static server for the demo clinic site: demo/ at the root, and the built CDN file at
// /clinic-notice.js, as a clinic would host it. No dependency beyond Node.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const ROUTES = {
  '/clinic-notice.js': 'dist/cdn/clinic-notice.js',
  '/clinic-notice.js.map': 'dist/cdn/clinic-notice.js.map',
};

const pad = (n) => String(n).padStart(2, '0');
const isoDay = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * The sample notice's posting window, placed around today so that the demo banner always shows:
 * posted eight days ago, up for the 90 days HIPAA's substitute notice asks for.
 */
export function demoWindow(today = new Date()) {
  const posted = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 8);
  const expires = new Date(posted.getFullYear(), posted.getMonth(), posted.getDate() + 90);
  return { posted: isoDay(posted), expires: isoDay(expires) };
}

function fileFor(pathname) {
  if (ROUTES[pathname]) return join(root, ROUTES[pathname]);
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = resolve(root, 'demo', `.${normalize(path)}`);
  return file.startsWith(join(root, 'demo')) ? file : undefined;
}

/** The built CDN file's Subresource Integrity hash (written by the build). */
async function integrity() {
  try {
    return (await readFile(join(root, 'dist/cdn/clinic-notice.js.sri'), 'utf8')).trim();
  } catch {
    return '';
  }
}

export function createDemoServer() {
  return createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(decodeURIComponent(pathname));
    try {
      if (!file) throw Object.assign(new Error('outside demo'), { code: 'ENOENT' });
      let body = await readFile(file);
      if (pathname === '/notice.json') {
        // The sample notice as every demo page reads it, its posting window around today.
        const notice = JSON.parse(body.toString('utf8'));
        const { posted, expires } = demoWindow();
        Object.assign(notice.dates, { postedFrom: posted, postedUntil: expires });
        notice.contact.activeUntil = expires;
        body = JSON.stringify(notice);
      } else if (extname(file) === '.html') {
        const { posted, expires } = demoWindow();
        body = body
          .toString('utf8')
          .replaceAll('{{posted}}', posted)
          .replaceAll('{{expires}}', expires)
          .replaceAll('{{integrity}}', await integrity());
      }
      // As a clinic's host would: compressed, and revalidated rather than never stored (a page
      // marked no-store cannot use the browser's back/forward cache).
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (/\bbr\b/.test(accepts) && extname(file) !== '.map') {
        headers['content-encoding'] = 'br';
        body = brotliCompressSync(body);
      } else if (/\bgzip\b/.test(accepts) && extname(file) !== '.map') {
        headers['content-encoding'] = 'gzip';
        body = gzipSync(body);
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'EISDIR';
      response.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(missing ? `Not found: ${pathname}` : 'Server error');
      if (!missing) console.error(error);
    }
  });
}

/** Listens on 127.0.0.1 at `port`, or the next free port after it; resolves to the URL. */
export function listen(server, port) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0 && port < 65535) {
        resolvePromise(listen(server, port + 1));
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => {
      resolvePromise(`http://localhost:${server.address().port}/`);
    });
  });
}
