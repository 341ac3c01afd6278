/** Defines `<strike-countdown>`, `<quote-carousel>` and `<petition-counter>`. */
import './strike-countdown/define.js';
import './quote-carousel/define.js';
import './petition-counter/define.js';

export * from './index.js';
