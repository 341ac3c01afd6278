import { QuoteCarousel } from './quote-carousel.js';

QuoteCarousel.define();

export { QuoteCarousel };
