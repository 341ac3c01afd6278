// What the unit, dev-mode and end-to-end runs share: TypeScript through esbuild, Debian's
// Chromium and Firefox ESR (npm tools cannot download browsers here), and the mock APIs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteerCore from 'puppeteer-core';
import { mockApi } from './test/mock-api.mjs';
import { CHROMIUM_ARGS, chromePath, firefoxPath } from './scripts/browsers.mjs';

export const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromePath(),
      headless: true,
      args: CHROMIUM_ARGS,
    },
  });

export const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
  });

/** Browsers to run: all by default; `BROWSERS=chromium` (or firefox) narrows it. */
export function browsers(names = (process.env.BROWSERS ?? 'chromium,firefox').split(',')) {
  const all = { chromium, firefox };
  return names.map((n) => all[n.trim()]());
}

export const plugins = [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })];

export const base = {
  // Lit's production build; the dev config asks for the development one.
  nodeResolve: { exportConditions: ['production'] },
  // One test page at a time: a second page would be a background tab, hidden and throttled,
  // and these widgets rightly stop work on hidden pages.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 8000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [mockApi],
};
