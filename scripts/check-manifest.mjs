#!/usr/bin/env node
// `npm run analyze`: writes custom-elements.json from the sources' JSDoc, its modules sorted by
// path (the analyzer's own order varies from run to run).
// `npm run manifest:check` (CI): fails when the committed file is not what the analyzer makes of
// src/ now, or when src/version.ts disagrees with package.json.
// `npm run integrations` (run by `npm run build`): only writes what the analyzer's config writes
// beside the manifest (dist/types/, the VS Code and JetBrains data).
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze, manifestText } from './manifest.mjs';

if (process.argv.includes('--integrations')) {
  analyze();
  console.log('dist/types/, dist/web-types.json and dist/vscode.*-custom-data.json written.');
  process.exit(0);
}

if (process.argv.includes('--write')) {
  writeFileSync('custom-elements.json', manifestText(analyze()));
  console.log('custom-elements.json written.');
  process.exit(0);
}

let failed = false;
if (manifestText(analyze()) !== readFileSync('custom-elements.json', 'utf8')) {
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
