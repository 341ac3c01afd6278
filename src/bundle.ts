/**
 * The drop-in script, `dist/strike-widgets.js`: defines the three tags and exposes the global
 * `StrikeWidgets` with the element classes and `version`. When the script runs twice, the first
 * copy's global stays, like its element definitions.
 */
import './define.js';
import { version, StrikeCountdown, QuoteCarousel, PetitionCounter } from './index.js';

globalThis.StrikeWidgets ??= Object.freeze({
  version,
  StrikeCountdown,
  QuoteCarousel,
  PetitionCounter,
});
