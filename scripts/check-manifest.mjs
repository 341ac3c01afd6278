#!/usr/bin/env node
// `npm run analyze`: writes custom-elements.json from the sources' JSDoc, its modules sorted by
// path (the analyzer's own order varies from run to run).
// `npm run manifest:check` (CI): fails when the committed file is not what the analyzer makes of
// src/ now, or when src/version.ts disagrees with package.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs the analyzer into a scratch folder and returns the manifest's text, sorted. */
function analyze() {
  // The analyzer takes --outdir relative to the working directory.
  const dir = 'node_modules/.cache/cem-check';
  try {
    execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', dir], { stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    return JSON.stringify(manifest, null, 2) + '\n';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--write')) {
  writeFileSync('custom-elements.json', analyze());
  console.log('custom-elements.json written.');
  process.exit(0);
}

let failed = false;
if (analyze() !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  failed = true;
} else {
  console.log('custom-elements.json is up to date.');
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = readFileSync('src/version.ts', 'utf8').match(/VERSION = '([^']+)'/)?.[1];
if (version !== pkg.version) {
  console.error(`src/version.ts says ${version}, package.json ${pkg.version}.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
