/**
 * The drop-in script, `dist/strike-widgets.js`: defines the three tags and exposes the global
 * `StrikeWidgets` with the element classes and `version`.
 *
 * `define.ts` is kept by the bundler because package.json's `sideEffects` lists the source
 * `define.ts` files as well as the built ones. When a copy of the script has already run, a
 * guard that vite.config.ts puts first in the script stops the second copy before Lit starts
 * (so no second Trusted Types policy is created), with one warning if the versions differ.
 * In the Intl warm-up worker the script starts (core/intl-warmup.ts), it stops even before that.
 */
import { startIntlWarmup } from './core/intl-warmup.js';
import './define.js';
import { version, StrikeCountdown, QuoteCarousel, PetitionCounter } from './index.js';

// While the script runs (its URL is known only then); nothing waits for the worker.
startIntlWarmup();

// A page's own `StrikeWidgets` (a settings object) is left alone. An element with that id is
// not an own property of the window, so it does not stop the global.
if (!Object.hasOwn(globalThis, 'StrikeWidgets')) {
  globalThis.StrikeWidgets = Object.freeze({
    version,
    StrikeCountdown,
    QuoteCarousel,
    PetitionCounter,
  });
}
