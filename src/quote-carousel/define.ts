import { QuoteCarousel } from './quote-carousel.js';

QuoteCarousel.define();

declare global {
  interface HTMLElementTagNameMap {
    'quote-carousel': QuoteCarousel;
  }
}

export { QuoteCarousel };
