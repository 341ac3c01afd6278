import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  // The mock data the stories read (written by .storybook/write-mock-data.mjs): the same files,
  // at the same URLs, under `storybook dev` and in the static build.
  staticDirs: [{ from: '../stories/mock', to: '/mock' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar or the menu: this Storybook is for designers.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // One copy of Lit for the stories, the widgets and the renderer, so Lit does not warn about
  // "Multiple versions of Lit loaded".
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    },
  }),
};
export default config;
