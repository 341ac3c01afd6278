import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The widgets are custom elements, not Vue components.
const isCustomElement = (tag) =>
  ['strike-countdown', 'quote-carousel', 'petition-counter'].includes(tag);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  logLevel: 'warn',
});
