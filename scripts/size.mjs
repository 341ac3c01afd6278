#!/usr/bin/env node
// Prints the gzip and brotli sizes of the four drop-in scripts and their SRI hashes, against the
// product's budgets (19 KB gzip for dist/strike-widgets.js, 12.5 KB for each single-widget
// script), and guards against growth.
//
// The readable LitElement widgets do not fit those budgets yet (see the README's Size section):
// a script over its budget is reported on every run, and the check fails when a script grows past
// its ceiling, the size it had when the ceiling was last set, plus 2%. Lower a ceiling whenever
// a script shrinks; raise one only in a commit that says why.
//
//   node scripts/size.mjs              fails above a ceiling (`npm run size`; CI runs it)
//   node scripts/size.mjs --report     prints only (the build uses it)
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1024;
/** Budget: the product's limit. Ceiling: the size when last measured (gzip, KB). */
const SCRIPTS = {
  'dist/strike-widgets.js': { budget: 19, ceiling: 25.58 },
  'dist/strike-countdown.js': { budget: 12.5, ceiling: 15.81 },
  'dist/quote-carousel.js': { budget: 12.5, ceiling: 14.61 },
  'dist/petition-counter.js': { budget: 12.5, ceiling: 15.99 },
};
const SLACK = 1.02;

const kb = (n) => (n / KB).toFixed(2) + ' KB';
const reportOnly = process.argv.includes('--report');
let grew = false;

for (const [file, { budget, ceiling }] of Object.entries(SCRIPTS)) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const sri = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
  const over = gzip > budget * KB ? `, ${kb(gzip - budget * KB)} over its budget` : '';
  console.log(
    `${file}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli ` +
      `(budget ${budget} KB gzip${over})\n  integrity="${sri}"`,
  );
  if (gzip > ceiling * KB * SLACK) {
    console.error(`GREW: ${file} is ${kb(gzip)} gzip, past its ceiling of ${ceiling} KB (+2%).`);
    grew = true;
  }
}
if (grew && !reportOnly) process.exit(1);
