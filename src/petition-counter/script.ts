/** The drop-in script `dist/petition-counter.js`: defines only <petition-counter> (no global, no exports). */
import './define.js';
