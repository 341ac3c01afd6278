/**
 * strike-widgets: the element classes and helpers, with no side effects. Import
 * `strike-widgets/define` (or a widget's own `…/define`) to define the tags.
 */
export { VERSION as version } from './version.js';
export { StrikeCountdown } from './strike-countdown/strike-countdown.js';
export { QuoteCarousel } from './quote-carousel/quote-carousel.js';
export { PetitionCounter } from './petition-counter/petition-counter.js';
export { StrikeElement } from './core/strike-element.js';
export { ConfigError } from './core/errors.js';
