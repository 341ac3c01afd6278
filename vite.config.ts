import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * The drop-in script: one minified classic script (an IIFE) that defines the three tags and
 * exposes the global `StrikeWidgets`. The npm modules are emitted by `tsc` (tsconfig.build.json).
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * First in the script, inside its function: a copy that finds another one already ran stops
 * before Lit starts (Lit would create a second `lit-html` Trusted Types policy, which a page
 * without 'allow-duplicates' refuses with an exception). Different versions: one warning, and
 * safeDefine's flag is set so nothing else warns.
 */
const guard =
  `var v=${JSON.stringify(version)},sw=globalThis.StrikeWidgets,k=Symbol.for("strike-widgets.define-warned");` +
  `if(sw){if(sw.version!==v&&!globalThis[k]){globalThis[k]=1;console.warn("strike-widgets "+v+": strike-widgets "+` +
  `sw.version+" is already on this page; the first copy stays. Load the script once per page.")}return}`;

export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
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
    rollupOptions: { output: { intro: guard } },
  },
});
