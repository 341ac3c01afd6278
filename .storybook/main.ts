import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  addons: ['@storybook/addon-docs'],
  // The mock data the stories read (written by .storybook/write-mock-data.mjs): the same files,
  // at the same URLs, under `storybook dev` and in the static build.
  staticDirs: [{ from: '../stories/mock', to: '/mock' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar or the menu: this Storybook is for designers.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};
export default config;
