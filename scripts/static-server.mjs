// The one static server of the repository: the demo site (`npm start`), the benchmark,
// Lighthouse and every end-to-end suite serve their files through it. It listens on 127.0.0.1,
// sends the right content type, and lets a caller add routes (a file, a fixed reply or a
// function), headers, a transform of the files it reads, and compression. No dependency beyond
// Node.
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The content type for a path; a folder (`/wordpress/`) is a page. */
export const contentType = (path) =>
  TYPES[path.endsWith('/') ? '.html' : extname(path)] ?? 'application/octet-stream';

/**
 * Routes for the script-tag files (the loader `clinic-notice.js` and the files it imports beside
 * it, with their source maps) in `dir`, served under the URL folder `prefix` (`/`, or
 * `/wp-content/uploads/clinic-notice/`).
 */
export function scriptRoutes(dir, prefix = '/') {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => /^clinic-notice.*\.js(\.map)?$/.test(name))
      .map((name) => [`${prefix}${name}`, resolve(dir, name)]),
  );
}

/** The file under `root` for a URL path (`/` and `/es/` read index.html), never outside it. */
function fileIn(root, pathname) {
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = resolve(root, `.${normalize(path)}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

const notFound = (pathname) => ({
  status: 404,
  type: 'text/plain; charset=utf-8',
  body: `Not found: ${pathname}`,
});

/** Turns a route (a file, a reply, or a function giving either) into a reply. */
async function answer(route, request, pathname, transform) {
  const value = typeof route === 'function' ? await route(request) : route;
  if (typeof value !== 'string') return value ?? notFound(pathname);
  try {
    const body = await readFile(value);
    return { type: contentType(value), body: transform ? await transform(body, value) : body };
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'EISDIR') return notFound(pathname);
    throw error;
  }
}

function compressed(body, accepts) {
  if (/\bbr\b/.test(accepts)) return { encoding: 'br', body: brotliCompressSync(body) };
  if (/\bgzip\b/.test(accepts)) return { encoding: 'gzip', body: gzipSync(body) };
  return { body };
}

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const retry = (error) => {
      server.off('listening', done);
      // A port asked for by name that is taken: the next one, as `npm start` promises.
      if (error.code === 'EADDRINUSE' && port !== 0 && port < 65535)
        resolvePort(listen(server, port + 1));
      else reject(error);
    };
    const done = () => {
      server.off('error', retry);
      resolvePort(server.address().port);
    };
    server.once('error', retry);
    server.once('listening', done);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * The request listener behind `serve`, for a server of the caller's own (the browser test
 * runner's middleware serves the built files through it, byte for byte). `root` (a folder) and
 * `routes` (exact URL paths, which win over the folder) are served. A route is a file path, a
 * reply `{ status, type, headers, body }`, or a function of the request that gives either (or a
 * promise of one; one that never settles leaves the request hanging, as a stalled host does).
 * `headers(pathname)` adds headers to every reply; `transform` rewrites each file read from
 * disk; `compress` sends brotli or gzip when the browser accepts it.
 */
export function handler({ root, routes = {}, headers, transform, compress } = {}) {
  const folder = root && resolve(root);
  return async (request, response) => {
    const { pathname: raw } = new URL(request.url ?? '/', 'http://localhost');
    let pathname = raw;
    try {
      pathname = decodeURIComponent(raw);
      const route = routes[pathname] ?? (folder && fileIn(folder, pathname));
      const reply = await answer(route, request, pathname, transform);
      let body = reply.body ?? '';
      const head = {
        'content-type': reply.type ?? contentType(pathname),
        'cache-control': 'no-cache',
        ...headers?.(pathname),
        ...reply.headers,
      };
      if (compress && !pathname.endsWith('.map')) {
        const packed = compressed(body, String(request.headers['accept-encoding'] ?? ''));
        if (packed.encoding) head['content-encoding'] = packed.encoding;
        head.vary = 'accept-encoding';
        body = packed.body;
      }
      response.writeHead(reply.status ?? 200, head).end(body);
    } catch (error) {
      console.error(error);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Server error');
    }
  };
}

/**
 * Serves what `handler` serves (same options) on 127.0.0.1. Resolves to `{ url, port, close }`
 * once listening; `port` is a wish (the next free one is taken if it is busy), any free port by
 * default.
 */
export async function serve({ port = 0, ...options } = {}) {
  const server = createServer(handler(options));
  const actual = await listen(server, port);
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
