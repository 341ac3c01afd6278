import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * The drop-in script: one minified classic script (an IIFE) that defines the three tags and
 * exposes the global `StrikeWidgets`. The npm modules are emitted by `tsc` (tsconfig.build.json).
 */
export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/bundle.ts',
      name: 'StrikeWidgets',
      formats: ['iife'],
      fileName: () => 'strike-widgets.js',
    },
  },
});
