/** The drop-in script `dist/strike-countdown.js`: defines only <strike-countdown> (no global, no exports). */
import './define.js';
