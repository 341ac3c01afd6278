import { StrikeCountdown } from './strike-countdown.js';

StrikeCountdown.define();

export { StrikeCountdown };
