import type { StorybookConfig } from '@storybook/web-components-vite';
import { mockApiPlugin } from '../scripts/vite-mock-api.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The petition stories read the mock UK Parliament API: served live by the dev server,
  // written as static files into the static build.
  viteFinal: async (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), mockApiPlugin()],
  }),
};
export default config;
