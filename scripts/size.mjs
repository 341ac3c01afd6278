#!/usr/bin/env node
// Prints the gzip and brotli sizes of the drop-in script and its SRI hash; fails above budget.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const FILE = 'dist/strike-widgets.js';
const BUDGET = 16 * 1024; // SPEC.md: at most 16 KB gzip
const AIM = 12 * 1024;

const bytes = readFileSync(FILE);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
const sri = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const kb = (n) => (n / 1024).toFixed(2) + ' KB';
const quiet = process.argv.includes('--quiet');

console.log(
  `${FILE}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli ` +
    `(budget ${kb(BUDGET)} gzip, aim ${kb(AIM)})`,
);
if (!quiet) console.log(`integrity="${sri}"`);
if (gzip > BUDGET) {
  console.error(`size: ${FILE} is ${kb(gzip)} gzip, over the ${kb(BUDGET)} budget.`);
  process.exit(1);
}
