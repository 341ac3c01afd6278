#!/usr/bin/env node
// Makes sure Debian's Chromium and Firefox ESR are there for the tests (npm tools cannot
// download browsers here). Installs them with apt-get when running as root; otherwise says
// exactly what to install. CHROME_PATH / FIREFOX_PATH point at browsers elsewhere.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromePath, firefoxPath } from './browsers.mjs';

const need = [];
const chrome = chromePath();
const firefox = firefoxPath();
if (!chrome) need.push('chromium');
if (!firefox && process.env.BROWSERS !== 'chromium') need.push('firefox-esr');

if (need.length) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(
      `The tests need ${need.join(' and ')}. Install with:\n  sudo apt-get install -y ${need.join(' ')}\n` +
        'or set CHROME_PATH / FIREFOX_PATH to an installed browser (BROWSERS=chromium skips Firefox).',
    );
    process.exit(1);
  }
  console.log(`Installing ${need.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync(`apt-get install -y -qq ${need.join(' ')} fonts-dejavu-core`, {
    stdio: 'inherit',
    env,
  });
}
