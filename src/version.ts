/** The package version. `scripts/check-manifest.mjs` keeps it equal to package.json's. */
export const VERSION = '0.1.0';
