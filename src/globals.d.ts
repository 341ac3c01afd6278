export {};

declare global {
  /** Set by the drop-in script, `dist/strike-widgets.js`. */
  var StrikeWidgets:
    | {
        readonly version: string;
        readonly StrikeCountdown: typeof import('./strike-countdown/strike-countdown.js').StrikeCountdown;
        readonly QuoteCarousel: typeof import('./quote-carousel/quote-carousel.js').QuoteCarousel;
        readonly PetitionCounter: typeof import('./petition-counter/petition-counter.js').PetitionCounter;
      }
    | undefined;
}
