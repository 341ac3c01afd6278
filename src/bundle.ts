/**
 * The drop-in script, `dist/strike-widgets.js`: defines the three tags and exposes the global
 * `StrikeWidgets` with the element classes and `version`. When the script runs twice, the first
 * copy's global stays, like its element definitions.
 *
 * The tags are defined here explicitly, not only through `import './define.js'`: package.json's
 * `sideEffects` lists the built `dist/esm/…/define.js` files only, so the bundler treats the
 * source `define.ts` modules as side-effect free and drops their `define()` calls (the bundle
 * then defined nothing). `define()` is safe to call twice.
 */
import './define.js';
import { version, StrikeCountdown, QuoteCarousel, PetitionCounter } from './index.js';

StrikeCountdown.define();
QuoteCarousel.define();
PetitionCounter.define();

globalThis.StrikeWidgets ??= Object.freeze({
  version,
  StrikeCountdown,
  QuoteCarousel,
  PetitionCounter,
});
