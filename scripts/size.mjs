#!/usr/bin/env node
// Prints the gzip and brotli sizes of the drop-in script and its SRI hash, and checks the
// budget: SPEC.md allows 16 KB gzip (aim 12 KB).
//
//   node scripts/size.mjs              fails above the 16 KB budget (`npm run size`; CI runs it)
//   node scripts/size.mjs --report     prints only (the build uses it)
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const FILE = 'dist/strike-widgets.js';
const KB = 1024;
const BUDGET = 16 * KB;
const AIM = 12 * KB;

const bytes = readFileSync(FILE);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
const sri = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const kb = (n) => (n / KB).toFixed(2) + ' KB';
const report = process.argv.includes('--report');

console.log(
  `${FILE}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli ` +
    `(budget ${kb(BUDGET)} gzip, aim ${kb(AIM)})`,
);
console.log(`integrity="${sri}"`);
if (gzip > BUDGET) {
  console.error(
    `OVER BUDGET: ${FILE} is ${kb(gzip)} gzip, ${kb(gzip - BUDGET)} over ${kb(BUDGET)}.`,
  );
  if (!report) process.exit(1);
}
