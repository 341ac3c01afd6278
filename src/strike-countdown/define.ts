import { StrikeCountdown } from './strike-countdown.js';

StrikeCountdown.define();

declare global {
  interface HTMLElementTagNameMap {
    'strike-countdown': StrikeCountdown;
  }
}

export { StrikeCountdown };
