#!/usr/bin/env node
// Prints the gzip and brotli sizes of the drop-in script and its SRI hash, and checks the
// budget: SPEC.md allows 16 KB gzip (aim 12 KB).
//
//   node scripts/size.mjs              fails above the 16 KB budget (`npm run size`)
//   node scripts/size.mjs --report     prints only (the build uses it)
//   node scripts/size.mjs --ratchet    CI: fails if the script grows past RATCHET_KB, and says
//                                      loudly when it is over budget. The ratchet only ever goes
//                                      down, towards the budget; see the README's "Size" section.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const FILE = 'dist/strike-widgets.js';
const KB = 1024;
const BUDGET = 16 * KB;
const AIM = 12 * KB;
/** The size CI allows while the script is over budget: never raise it. */
const RATCHET_KB = 17.9;

const bytes = readFileSync(FILE);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
const sri = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const kb = (n) => (n / KB).toFixed(2) + ' KB';
const mode = process.argv.includes('--report')
  ? 'report'
  : process.argv.includes('--ratchet')
    ? 'ratchet'
    : 'budget';

console.log(
  `${FILE}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli ` +
    `(budget ${kb(BUDGET)} gzip, aim ${kb(AIM)})`,
);
console.log(`integrity="${sri}"`);
if (gzip > BUDGET) {
  console.error(
    `OVER BUDGET: ${FILE} is ${kb(gzip)} gzip, ${kb(gzip - BUDGET)} over ${kb(BUDGET)}.`,
  );
  if (mode === 'budget') process.exit(1);
}
if (mode === 'ratchet' && gzip > RATCHET_KB * KB) {
  console.error(
    `size: ${kb(gzip)} gzip is past the ratchet of ${RATCHET_KB} KB: it may only shrink.`,
  );
  process.exit(1);
}
