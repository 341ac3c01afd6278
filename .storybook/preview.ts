import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { manifestArgTypes, manifestDescription } from './manifest-arg-types.js';

// Controls, argument tables and docs come from the manifest the analyzer writes from the JSDoc,
// read by manifest-arg-types.ts (one row per attribute, property, event, slot, part and custom
// property, none hiding another).
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets (lang on the story root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the widgets’ own defaults (--strike-color-scheme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Reduced motion, as <html data-strike-reduced-motion>',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          { value: 'full', title: 'Full motion' },
          { value: 'reduce', title: 'Reduced motion' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light', motion: 'full' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.toggleAttribute(
        'data-strike-reduced-motion',
        globals.motion === 'reduce',
      );
      // The scheme the defaults take, whatever the designer's own system prefers: what a
      // visitor who prefers it sees.
      const style =
        globals.theme === 'dark'
          ? '--strike-color-scheme:dark;color-scheme:dark;background:#121116;padding:1rem'
          : '--strike-color-scheme:light;padding:1rem';
      return html`<div lang=${globals.lang} style=${style}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      extractArgTypes: (tagName: string) => manifestArgTypes(manifest, tagName),
      extractComponentDescription: (tagName: string) => manifestDescription(manifest, tagName),
    },
  },
};
export default preview;
