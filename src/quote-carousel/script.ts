/**
 * The drop-in script `dist/quote-carousel.js`: defines only <quote-carousel> (no global, no
 * exports). It starts no Intl warm-up worker (core/intl-warmup.ts): the carousel formats no
 * numbers or dates, so a worker would only cost a second request and a thread.
 */
import './define.js';
