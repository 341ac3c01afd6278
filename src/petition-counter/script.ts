/** The drop-in script `dist/petition-counter.js`: defines only <petition-counter> (no global, no exports). */
// First: the Intl warm-up worker starts before Lit and the widget are set up.
import '../core/start-intl-warmup.js';
import './define.js';
