import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConfigError } from '../core/errors.js';
import { reducedMotion } from '../core/motion.js';
import { StrikeElement } from '../core/strike-element.js';
import { theme } from '../core/theme.js';
import { safeUrl } from '../core/url.js';
import { VisibilityController } from '../core/visibility.js';
import { fromChildren, fromJson, shuffled, type Quote } from './quotes.js';
import { styles } from './quote-carousel.styles.js';
import { parseInterval, readingSeconds, regionLabel } from './timing.js';

export type { Quote };

/** Fired when the quote shown changes. */
export type QuoteCarouselChangeEvent = CustomEvent<{ index: number }>;

const icon = (d: string, flip = false) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" class=${flip ? 'f' : ''}>
    <path d=${d}></path>
  </svg>`;
const MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Rotates supporters' quotes, each with its attribution, following the WAI-ARIA APG carousel
 * pattern (the variant with previous/next buttons and a rotation button).
 *
 * @summary An accessible carousel of supporters' quotes.
 * @tagname quote-carousel
 * @slot - The quotes, which are also the fallback before the script runs:
 *   `<figure><blockquote>…</blockquote><figcaption>Name, role</figcaption></figure>` or
 *   `<blockquote cite="…">`. They are read, not slotted.
 * @fires quote-carousel-change - The quote shown changed (by a control, a key, a swipe, rotation
 *   or a method); `detail: { index }`.
 * @csspart quote - A slide: the figure holding a quote and its attribution.
 * @csspart text - The quote's text (a blockquote).
 * @csspart attribution - Who said it (a figcaption; the name links to the source when given).
 * @csspart controls - The row of buttons and the picker.
 * @csspart previous - The "previous quote" button.
 * @csspart next - The "next quote" button.
 * @csspart rotation - The play/pause button (when autoplay is on or was started).
 * @csspart picker - The dots showing which quote is shown (not interactive, hidden from screen readers, which hear "N of M").
 * @csspart error - The message shown when there is no quote or `src` fails without child quotes.
 * @cssprop --strike-accent - The current dot and the focus ring.
 * @cssprop --strike-text - Text colour.
 * @cssprop --strike-muted - The attribution's colour.
 * @cssprop --strike-surface - Background.
 * @cssprop --strike-line - Button borders.
 * @cssprop --strike-font - Font family.
 * @cssprop --strike-font-size - Font size (default `medium`).
 * @cssprop --strike-radius - Corner radius.
 */
export class QuoteCarousel extends StrikeElement {
  static override tagName = 'quote-carousel';
  static override styles = [theme, styles];

  /** A URL of JSON quotes: an array of `{ text, name, role, url }` or `{ "quotes": [...] }`. They replace the child quotes once loaded. */
  @property() src?: string;

  /** Rotate automatically (not under `prefers-reduced-motion: reduce`). */
  @property({ type: Boolean }) autoplay = false;

  /** Seconds per quote (at least 5), or `auto`: the reading time of each quote (see docs). */
  @property() interval = 'auto';

  /** Show the quotes in a random order. */
  @property({ type: Boolean }) shuffle = false;

  /** The carousel's accessible name (default, localised: "Supporters' quotes"). The word "carousel" is removed from it. */
  @property() label?: string;

  /** Rotation is on (it may still wait while hovered, while the page is hidden or while the carousel is far off-screen). */
  @state() private on = false;
  @state() private kids: Quote[] = [];
  @state() private json?: Quote[];
  @state() private failure?: string;
  private _index = 0;

  private items: Quote[] = [];
  private seconds: number | 'auto' = 'auto';
  private warned?: string;
  private logged?: string;
  private stopped = false;
  private rot = false;
  private hover = false;
  private timer?: ReturnType<typeof setTimeout>;
  private timed?: Quote;
  private fetcher?: AbortController;
  private touch?: PointerEvent;
  private mq?: MediaQueryList;
  /**
   * While the page is still being parsed (a script in <head> defines the tag before its
   * children arrive), quotes are read as they come, but a missing or half-parsed quote is not
   * an error yet: that is decided at DOMContentLoaded.
   */
  private parsing = false;
  private readonly read = () => {
    this.parsing = document.readyState == 'loading';
    this.kids = fromChildren(this, !this.parsing);
  };
  private readonly mo = new MutationObserver(this.read);
  private readonly vis = new VisibilityController(this, () => this.sync());

  /** The position of the quote shown, from 0 (settable; wraps around). */
  @property({ type: Number })
  get index() {
    const n = this.items.length;
    return n ? ((this._index % n) + n) % n : 0;
  }
  set index(i: number) {
    this._index = Math.trunc(i) || 0;
  }

  /** The quotes, in the order shown (shuffled under `shuffle`). */
  get quotes(): Quote[] {
    return this.items.map((q) => ({ ...q }));
  }

  /** Whether rotation is on: true from `autoplay` or `play()` until a visitor or `pause()` stops it. */
  get playing() {
    return this.on;
  }

  /** Shows the next quote (after the last, the first). */
  next() {
    this.goTo(this.index + 1);
  }

  /** Shows the previous quote (before the first, the last). */
  previous() {
    this.goTo(this.index - 1);
  }

  /** Shows quote `i` (wrapping around) and fires `quote-carousel-change` if it changed. */
  goTo(i: number) {
    const before = this.index;
    this.index = i;
    if (this.index != before)
      this.dispatchEvent(
        new CustomEvent('quote-carousel-change', {
          detail: { index: this.index },
          bubbles: true,
          composed: true,
        }),
      );
  }

  /** Starts rotating (even under reduced motion: the visitor or page asked for it). */
  play() {
    this.stopped = false;
    this.rot = this.on = true;
  }

  /** Stops rotating until `play()` or the play button. */
  pause() {
    this.stopped = true;
    this.on = false;
    this.sync();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.read();
    if (this.parsing) document.addEventListener('DOMContentLoaded', this.read, { once: true });
    this.mo.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['cite', 'href'],
    });
    this.mq = matchMedia(MOTION);
    this.mq.addEventListener('change', this.onMotion);
    // A request stopped by a disconnect starts again.
    if (this.fetcher?.signal.aborted) this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.read);
    this.mo.disconnect();
    this.mq?.removeEventListener('change', this.onMotion);
    this.sync();
    this.fetcher?.abort();
  }

  private readonly onMotion = () => {
    this.on = !reducedMotion() && this.autoplay && !this.stopped;
  };

  protected override configure(changed: PropertyValues) {
    if (changed.has('src')) this.load();
    if (changed.has('autoplay')) this.onMotion();
    if (changed.has('interval')) {
      const s = parseInterval(this.interval);
      if (!s && this.warned != this.interval)
        console.warn(
          `<quote-carousel> interval: "${(this.warned = this.interval)}" is not 5+ seconds or auto.`,
        );
      this.seconds = s ?? 'auto';
    }
    const list = this.json ?? this.kids;
    if (changed.has('json') || changed.has('kids') || changed.has('shuffle'))
      this.items = this.shuffle ? shuffled(list) : list;
    if (this.failure) {
      if (!list.length)
        throw new ConfigError(
          'src',
          this.failure,
          'JSON quotes: [{"text", "name", "role", "url"}]',
        );
      if (this.logged != this.failure)
        console.error(`<quote-carousel> src: ${(this.logged = this.failure)}`, this);
    }
    if (!list.length && !this.fetcher && !this.parsing)
      throw new ConfigError('children', 'hold no quote.', '<blockquote> children or a src');
  }

  private async load() {
    this.fetcher?.abort();
    this.json = this.failure = this.fetcher = undefined;
    const src = this.src;
    if (!src) return;
    const ctrl = (this.fetcher = new AbortController());
    let why = 'is not an http(s) URL.';
    let quotes: Quote[] | null = null;
    try {
      const url = safeUrl(src);
      if (url) {
        const r = await fetch(url, { signal: ctrl.signal });
        why = `gave HTTP ${r.status}.`;
        if (r.ok) {
          why = 'holds no quotes.';
          quotes = fromJson(await r.json());
        }
      }
    } catch (e) {
      why = String(e);
    }
    if (ctrl.signal.aborted) return;
    this.fetcher = undefined;
    if (quotes?.length) this.json = quotes;
    else this.failure = `"${src}" ${why}`;
  }

  /** Stops for good: a visitor used a control, a key or a swipe, or moved focus in. */
  private use(i?: number) {
    if (this.on) this.pause();
    if (i !== undefined) this.goTo(i);
  }

  /** (Re)starts the timer for the quote shown when rotation is on and someone can see it. */
  private sync() {
    const q =
      this.on && !this.hover && this.vis.active && this.isConnected && this.items.length > 1
        ? this.items[this.index]
        : undefined;
    if (q == this.timed && this.timer) return; // already counting for this quote
    clearTimeout(this.timer);
    this.timer = undefined;
    if ((this.timed = q)) {
      const s =
        this.seconds == 'auto' ? readingSeconds(`${q.text} ${q.name} ${q.role}`) : this.seconds;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.next();
      }, s * 1000);
    }
  }

  protected override updated() {
    this.sync();
  }

  private rtl() {
    return getComputedStyle(this).direction == 'rtl';
  }

  private onKey(e: KeyboardEvent) {
    const k = e.key;
    const step = this.rtl() ? -1 : 1;
    const i =
      k == 'Home'
        ? 0
        : k == 'End'
          ? this.items.length - 1
          : k == 'ArrowRight'
            ? this.index + step
            : k == 'ArrowLeft'
              ? this.index - step
              : NaN;
    if (i == i && !(e.altKey || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.use(i);
    }
  }

  private onFocus(e: FocusEvent) {
    // Keyboard (or script) focus stops rotation; a click's focus does not, the click decides.
    if ((e.target as Element).matches(':focus-visible')) this.use();
  }

  private onHover(e: PointerEvent) {
    this.hover = e.type == 'pointerenter' && e.pointerType != 'touch';
    this.sync();
  }

  /** A touch or pen swipe: more than 40 px, more across than down (down is the page scrolling). */
  private onSwipe(e: PointerEvent) {
    const start = this.touch;
    this.touch = e.type == 'pointerdown' && e.pointerType != 'mouse' ? e : undefined;
    const dx = start && e.type == 'pointerup' ? e.clientX - start.clientX : 0;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(e.clientY - start!.clientY))
      this.use(this.index + (dx < 0 != this.rtl() ? 1 : -1));
  }

  protected override renderContent() {
    const t = this.locale.terms.carousel;
    const n = this.items.length;
    const at = this.index;
    if (!n) return nothing;
    return html`<section
      class="c"
      aria-roledescription="carousel"
      aria-label=${regionLabel(this.label, t.label)}
      @keydown=${this.onKey}
      @focusin=${this.onFocus}
      @pointerenter=${this.onHover}
      @pointerleave=${this.onHover}
    >
      ${
        n > 1
          ? html`<div part="controls">
              ${
                this.autoplay || this.rot
                  ? html`<button
                      part="rotation"
                      type="button"
                      aria-label=${this.on ? t.stop : t.play}
                      @click=${() => (this.on ? this.pause() : this.play())}
                    >
                      ${icon(this.on ? 'M8 5v14M16 5v14' : 'M7 4l13 8-13 8z')}
                    </button>`
                  : nothing
              }
              <button
                part="previous"
                type="button"
                aria-label=${t.previous}
                @click=${() => this.use(this.index - 1)}
              >
                ${icon('M15 5l-7 7 7 7', true)}
              </button>
              <div part="picker" aria-hidden="true">
                ${this.items.map((_, i) => html`<i class=${i == at ? 'o' : ''}></i>`)}
              </div>
              <button
                part="next"
                type="button"
                aria-label=${t.next}
                @click=${() => this.use(this.index + 1)}
              >
                ${icon('M9 5l7 7-7 7', true)}
              </button>
            </div>`
          : nothing
      }
      <div
        class="s ${reducedMotion() ? '' : 'a'}"
        aria-live=${this.on ? 'off' : 'polite'}
        @pointerdown=${this.onSwipe}
        @pointerup=${this.onSwipe}
        @pointercancel=${this.onSwipe}
      >
        ${this.items.map(
          (q, i) =>
            html`<div
              class="q"
              role="group"
              aria-roledescription="slide"
              aria-label=${t.slide(i + 1, n)}
              ?inert=${i != at}
            >
              <figure part="quote">
                <blockquote part="text">${q.text}</blockquote>
                ${
                  q.name || q.role
                    ? html`<figcaption part="attribution">
                        ${q.url ? html`<a href=${q.url}>${q.name || q.role}</a>` : q.name || q.role}${
                          q.name && q.role ? `, ${q.role}` : ''
                        }
                      </figcaption>`
                    : nothing
                }
              </figure>
            </div>`,
        )}
      </div>
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quote-carousel-change': QuoteCarouselChangeEvent;
  }
}
