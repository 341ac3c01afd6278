import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigError } from '../core/errors.js';
import { StrikeElement } from '../core/strike-element.js';

/**
 * Counts down to a strike, shows that it is on while it is on, and what comes after.
 *
 * @summary A countdown to a strike.
 * @tagname strike-countdown
 * @slot - Fallback content, shown until the script runs.
 * @csspart error - The message shown when the configuration is wrong.
 */
export class StrikeCountdown extends StrikeElement {
  static override tagName = 'strike-countdown';

  /** When the strike starts: ISO 8601. */
  @property() start?: string;

  protected override configure(_changed: PropertyValues) {
    if (!this.start) {
      throw new ConfigError(
        'start',
        'is missing.',
        'an ISO 8601 date-time such as 2026-12-03T08:00',
      );
    }
  }

  protected override renderContent() {
    return html`<slot></slot>`;
  }
}
