#!/usr/bin/env node
// Prints the gzip and brotli sizes of the four drop-in scripts and their SRI hashes, and checks
// the budgets: 19 KB gzip for dist/strike-widgets.js, 12.5 KB for each single-widget script.
//
//   node scripts/size.mjs              fails above a budget (`npm run size`; CI runs it)
//   node scripts/size.mjs --report     prints only (the build uses it)
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1024;
const BUDGETS = {
  'dist/strike-widgets.js': 19 * KB,
  'dist/strike-countdown.js': 12.5 * KB,
  'dist/quote-carousel.js': 12.5 * KB,
  'dist/petition-counter.js': 12.5 * KB,
};

const kb = (n) => (n / KB).toFixed(2) + ' KB';
const reportOnly = process.argv.includes('--report');
let over = false;

for (const [file, budget] of Object.entries(BUDGETS)) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const sri = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
  console.log(
    `${file}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli ` +
      `(budget ${kb(budget)} gzip)\n  integrity="${sri}"`,
  );
  if (gzip > budget) {
    console.error(`OVER BUDGET: ${file} is ${kb(gzip)} gzip, ${kb(gzip - budget)} over.`);
    over = true;
  }
}
if (over && !reportOnly) process.exit(1);
