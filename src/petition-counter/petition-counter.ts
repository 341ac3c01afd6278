import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigError } from '../core/errors.js';
import { StrikeElement } from '../core/strike-element.js';

/**
 * Shows a petition's signature count, live, with progress towards its goal.
 *
 * @summary A live petition signature counter.
 * @tagname petition-counter
 * @slot - Fallback content, shown until the script runs.
 * @csspart error - The message shown when the configuration is wrong.
 */
export class PetitionCounter extends StrikeElement {
  static override tagName = 'petition-counter';

  /** A UK Parliament petition: its number or its URL. */
  @property() petition?: string;
  /** Any other JSON source. */
  @property() src?: string;
  /** A fixed count, with no network at all. */
  @property() count?: string;

  protected override configure() {
    const sources = [this.petition, this.src, this.count].filter((s) => s != null);
    if (sources.length !== 1) {
      throw new ConfigError(
        'petition',
        sources.length ? 'is given with src or count.' : 'is missing.',
        'exactly one of petition, src (with count-path) or count',
      );
    }
  }

  protected override renderContent() {
    return html`<slot></slot>`;
  }
}
