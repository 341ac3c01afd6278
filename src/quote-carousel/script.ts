/** The drop-in script `dist/quote-carousel.js`: defines only <quote-carousel> (no global, no exports). */
import './define.js';
