// Where the browsers are and how to start headless Chromium here: shared by the unit tests
// (web-test-runner), the end-to-end suite, the benchmarks and scripts/ensure-browsers.mjs.
// npm tools cannot download browsers on these machines, so these are Debian's packages;
// CHROME_PATH and FIREFOX_PATH point elsewhere.
import { existsSync } from 'node:fs';

export const chromePath = () =>
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export const firefoxPath = () =>
  process.env.FIREFOX_PATH ||
  ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);

/**
 * Flags for headless Chromium on a closed network: no background connections (they are
 * refused, many at a time), no sandbox as root, no throttling of background pages.
 */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
];
