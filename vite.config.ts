import { readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { runIntlWarmupWorker, WARMUP_WORKER_NAME } from './src/core/intl-warmup.js';

/**
 * The drop-in scripts: minified classic scripts (IIFEs), one with all three widgets and one per
 * widget. `STRIKE_SCRIPT` names the one to build (`scripts/build-scripts.mjs` builds all four);
 * the npm modules are emitted by `tsc` (tsconfig.build.json).
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Each script: its entry, and the tags it defines. */
export const SCRIPTS = {
  'strike-widgets': {
    entry: 'src/bundle.ts',
    tags: ['strike-countdown', 'quote-carousel', 'petition-counter'],
  },
  'strike-countdown': { entry: 'src/strike-countdown/script.ts', tags: ['strike-countdown'] },
  'quote-carousel': { entry: 'src/quote-carousel/script.ts', tags: ['quote-carousel'] },
  'petition-counter': { entry: 'src/petition-counter/script.ts', tags: ['petition-counter'] },
} as const;

type ScriptName = keyof typeof SCRIPTS;

/**
 * Runs first in each script (after the warm-up worker's check), inside its function, before Lit
 * starts: a copy whose tags are all defined already stops there, so Lit does not create a second
 * `lit-html` Trusted Types policy (a page without 'allow-duplicates' refuses that with an
 * exception). If the tags come from another version, one warning for the whole page (the flag is
 * the one `safeDefine` sets). Written as a function, and inserted as its source text.
 */
function alreadyLoaded(tags: string[], version: string): boolean {
  const defined = tags.map((tag) => customElements.get(tag) as { version?: string } | undefined);
  if (defined.some((element) => !element)) return false;
  const warned = Symbol.for('strike-widgets.define-warned');
  const other = defined.find((element) => element?.version !== version);
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (other && !flags[warned]) {
    flags[warned] = true;
    console.warn(
      `strike-widgets ${version}: <${tags.join('>, <')}> already defined by ` +
        `${other.version ? `strike-widgets ${other.version}` : 'another script'}; ` +
        'the first definition stays. Load the script once per page.',
    );
  }
  return true;
}

/**
 * The shipped scripts are written as ASCII (`charset` below: `\u` escapes), so a page served
 * without a charset shows "–", not "â€“"; this checks it.
 */
const asciiOnly: Plugin = {
  name: 'strike-widgets:ascii-only',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && /[^\x20-\x7e\t\n\r]/.test(file.code)) {
        throw new Error(`${file.fileName} is not ASCII: the minifier should escape it`);
      }
    }
  },
};

export default defineConfig((): UserConfig => {
  const name = (process.env.STRIKE_SCRIPT ?? 'strike-widgets') as ScriptName;
  const { entry, tags } = SCRIPTS[name];
  return {
    plugins: [minifyHTML(), asciiOnly],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      lib: {
        entry,
        name: 'StrikeWidgets', // required by Vite for an IIFE; unused with `exports: 'none'`
        formats: ['iife'],
        fileName: () => `${name}.js`,
      },
      rollupOptions: {
        output: {
          charset: 'ascii',
          // First the Intl warm-up worker (src/core/intl-warmup.ts), which this same script runs
          // in, and which must stop before Lit (there is no document there); then the guard.
          // V8's explicit compile hint (Chrome 136+; a comment elsewhere): every function is
          // compiled at once, on the thread that streams the script in, instead of lazily on the
          // main thread as each is first called (74 ms of the script's task at 4x CPU).
          postBanner: '//# allFunctionsCalledOnLoad',
          intro: [
            `if ((${runIntlWarmupWorker})(${JSON.stringify(WARMUP_WORKER_NAME)})) return;`,
            `if ((${alreadyLoaded})(${JSON.stringify(tags)}, ${JSON.stringify(version)})) return;`,
          ].join('\n'),
          // No global from the IIFE's exports: the full script sets `StrikeWidgets` itself.
          exports: 'none',
        },
      },
    },
  };
});
