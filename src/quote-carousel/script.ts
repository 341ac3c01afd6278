/** The drop-in script `dist/quote-carousel.js`: defines only <quote-carousel> (no global, no exports). */
import { startIntlWarmup } from '../core/intl-warmup.js';
import './define.js';

// While the script runs (its URL is known only then); nothing waits for the worker.
startIntlWarmup();
