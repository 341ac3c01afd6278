#!/usr/bin/env node
// Fails when custom-elements.json is not what the analyzer makes of src/ now, or when
// src/version.ts disagrees with package.json. Run `npm run analyze` to regenerate.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

let failed = false;
// The analyzer takes --outdir relative to the working directory.
const dir = 'node_modules/.cache/cem-check';
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', dir], { stdio: 'ignore' });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
    failed = true;
  } else {
    console.log('custom-elements.json is up to date.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = readFileSync('src/version.ts', 'utf8').match(/VERSION = '([^']+)'/)?.[1];
if (version !== pkg.version) {
  console.error(`src/version.ts says ${version}, package.json ${pkg.version}.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
