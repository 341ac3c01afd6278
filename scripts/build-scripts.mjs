#!/usr/bin/env node
// Builds the four drop-in scripts (vite.config.ts, one `vite build` each): dist/strike-widgets.js
// with all three widgets, and dist/strike-countdown.js, dist/quote-carousel.js and
// dist/petition-counter.js with one each.
import { execFileSync } from 'node:child_process';

const NAMES = ['strike-widgets', 'strike-countdown', 'quote-carousel', 'petition-counter'];

for (const name of NAMES) {
  execFileSync('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, STRIKE_SCRIPT: name },
  });
}
