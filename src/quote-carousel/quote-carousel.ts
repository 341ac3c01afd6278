import { html } from 'lit';
import { ConfigError } from '../core/errors.js';
import { StrikeElement } from '../core/strike-element.js';

/**
 * Rotates supporters' quotes, each with its attribution.
 *
 * @summary A carousel of supporters' quotes.
 * @tagname quote-carousel
 * @slot - The quotes: `<figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>` or `<blockquote>`.
 * @csspart error - The message shown when the configuration is wrong.
 */
export class QuoteCarousel extends StrikeElement {
  static override tagName = 'quote-carousel';

  protected override configure() {
    if (!this.querySelector('blockquote')) {
      throw new ConfigError(
        'children',
        'hold no quote.',
        'one or more <blockquote> or <figure> children',
      );
    }
  }

  protected override renderContent() {
    return html`<slot></slot>`;
  }
}
