// A Vite plugin that serves test/mock-api.mjs (the UK Parliament petitions format) under /mock/
// on the dev server, for the demo and Storybook, and writes static snapshots of the fixed
// petitions into static builds, so both work offline and with no server of their own.
import { PETITIONS, runMock, serveMock } from '../test/mock-api.mjs';

export function mockApiPlugin() {
  return {
    name: 'strike-widgets-mock-api',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.startsWith('/mock/')) return next();
        await serveMock(req, res);
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
