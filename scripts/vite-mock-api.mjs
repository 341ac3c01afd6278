// A Vite plugin that serves test/mock-api.mjs (the UK Parliament petitions format) under /mock/
// on the dev server, for the demo and Storybook, and writes static snapshots of the fixed
// petitions into static builds, so both work offline and with no server of their own.
import { mockApi, PETITIONS } from '../test/mock-api.mjs';

/** Runs the Koa-style middleware for a Node request; resolves false when it did not answer. */
export async function runMock(url) {
  const ctx = {
    url,
    status: 200,
    headers: {},
    body: undefined,
    set(k, v) {
      this.headers[k] = v;
    },
    set type(t) {
      this.headers['Content-Type'] = t;
    },
  };
  let passed = false;
  await mockApi(ctx, async () => {
    passed = true;
  });
  return passed ? null : ctx;
}

export function mockApiPlugin() {
  return {
    name: 'strike-widgets-mock-api',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const ctx = req.url?.startsWith('/mock/') ? await runMock(req.url) : null;
        if (!ctx) return next();
        res.writeHead(ctx.status, ctx.headers);
        res.end(ctx.body ?? '');
      });
    },
    async generateBundle() {
      for (const id of Object.keys(PETITIONS)) {
        for (const path of [`/mock/petitions/${id}.json`, `/mock/petitions/${id}/count.json`]) {
          const ctx = await runMock(path);
          this.emitFile({ type: 'asset', fileName: path.slice(1), source: ctx.body });
        }
      }
    },
  };
}
