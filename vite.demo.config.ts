import { defineConfig } from 'vite';
import { mockApiPlugin } from './scripts/vite-mock-api.mjs';

/**
 * `npm start`: the demo page and the embed builder, from the sources, with the mock UK
 * Parliament petitions API under /mock/ (the count rises over time). Works offline.
 */
export default defineConfig({
  root: '.',
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist/demo',
    rollupOptions: { input: { demo: 'demo/index.html', builder: 'demo/builder.html' } },
  },
  plugins: [
    mockApiPlugin(),
    {
      name: 'demo-home',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (req.url !== '/' && req.url !== '/index.html') return next();
          res.writeHead(302, { Location: '/demo/' });
          res.end();
        });
      },
    },
  ],
});
