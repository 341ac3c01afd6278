// The HTTP server the end-to-end suite and the benchmarks share, on 127.0.0.1: registered pages
// (with their own headers), the repository read-only (dist/, node_modules/, test pages), and the
// mock petitions API under /mock/. Every request is recorded with its path.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { serveMock } from './mock-api.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Starts one server on a free port; returns its origin, the request log, `route`, `page`, `close`. */
export async function startServer() {
  const requests = [];
  const routes = new Map();
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const route = routes.get(url.pathname);
      if (route) {
        res.writeHead(200, {
          'Content-Type': route.type,
          'Cache-Control': 'no-store',
          ...route.headers,
        });
        return res.end(route.body);
      }
      if (url.pathname.startsWith('/mock/')) return await serveMock(req, res);
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(readFileSync(file));
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  // Keep-alive sockets must not keep the test process alive.
  server.keepAliveTimeout = 1000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    /** Serves `body` at `path` with `headers` (e.g. a Content-Security-Policy); returns the URL. */
    route(path, body, { type = TYPES['.html'], headers = {} } = {}) {
      routes.set(path, { body, type, headers });
      return origin + path;
    },
    /** An HTML page at `path`; `headers` are sent with it. */
    page(path, html, headers = {}) {
      return this.route(path, html, { headers });
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(r);
      }),
  };
}
