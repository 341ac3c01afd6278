import { defineConfig } from 'vite';

/**
 * Storybook's own Vite configuration, in place of the project's vite.config.ts (which builds the
 * drop-in scripts: a library build, the template minifier and an ASCII-only check that
 * Storybook's own bundles do not pass).
 */
export default defineConfig({
  resolve: {
    // One copy of Lit for the stories, the widgets and the renderer, so Lit does not warn about
    // "Multiple versions of Lit loaded".
    dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  },
});
