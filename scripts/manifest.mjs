// Runs the analyzer (with custom-elements-manifest.config.mjs, whose plugins also write the
// editor data and framework types into dist/) and returns the manifest, its modules sorted.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest the analyzer makes of src/ now, its modules sorted by path (its order varies). */
export function analyze() {
  // The analyzer takes --outdir relative to the working directory.
  const dir = 'node_modules/.cache/cem-check';
  try {
    execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', dir], { stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    return manifest;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The manifest as custom-elements.json holds it. */
export function manifestText(manifest) {
  return JSON.stringify(manifest, null, 2) + '\n';
}
