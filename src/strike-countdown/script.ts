/** The drop-in script `dist/strike-countdown.js`: defines only <strike-countdown> (no global, no exports). */
// First: the Intl warm-up worker starts before Lit and the widget are set up.
import '../core/start-intl-warmup.js';
import './define.js';
