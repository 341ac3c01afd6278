import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
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

const B = { type: Boolean };

// The templates and CSS are written compact (prettier-ignore), since every byte ships.

/** A control: a button named by `label`, showing an icon (a path on a 24 × 24 grid); class `f` mirrors it under RTL. */
// prettier-ignore
const button = (part: string, label: string, click: () => void, d: string, f = '') =>
  html`<button part=${part} aria-label=${label} @click=${click}><svg viewBox="0 0 24 24" aria-hidden=true class=${f}><path d=${d} /></svg></button>`;

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

  static override properties = {
    src: {},
    autoplay: B,
    interval: {},
    shuffle: B,
    label: {},
    index: {},
    // Internal state, written out in full: the manifest's analyzer reads only literal options.
    on: { attribute: false },
    kids: { attribute: false },
    json: { attribute: false },
    failed: { attribute: false },
  };

  /** A URL of JSON quotes: an array of `{ text, name, role, url }` or `{ "quotes": [...] }`. They replace the child quotes once loaded. */
  declare src?: string;
  /**
   * Rotate automatically (not under `prefers-reduced-motion: reduce`).
   * @default false
   */
  declare autoplay?: boolean;
  /**
   * Seconds per quote (at least 5), or `auto`: the reading time of each quote (see docs).
   * @default 'auto'
   */
  declare interval?: string;
  /**
   * Show the quotes in a random order.
   * @default false
   */
  declare shuffle?: boolean;
  /** The carousel's accessible name (default, localised: "Supporters' quotes"). The word "carousel" is removed from it. */
  declare label?: string;

  /** Rotation is on (it may still wait while hovered, while the page is hidden or while the carousel is far off-screen). */
  declare private on?: boolean;
  /** The quotes read from the children. */
  declare private kids: Quote[];
  /** The quotes loaded from `src`, once loaded. */
  declare private json?: Quote[];
  /** Why `src` failed, if it did. */
  declare private failed?: string;

  /** The quotes shown: from `src` or the children, shuffled under `shuffle`. */
  #items: Quote[] = [];
  /** `index` as set (a number or, from the attribute, a string), before wrapping around. */
  #pos?: number;
  /** Rotation as asked for by `play()` (true) or `pause()` and visitors (false); unset: `autoplay` decides. */
  #asked?: boolean;
  /** `play()` was called: the rotation button stays even without `autoplay`. */
  #played?: boolean;
  #hover?: boolean;
  /** The quote the timer counts for, and the timer. */
  #timed?: Quote;
  #timer?: ReturnType<typeof setTimeout>;
  /** The request for `src`; aborted when the element is removed (and made again if it comes back). */
  #fetcher?: AbortController;
  #touch?: PointerEvent;
  #motion?: MediaQueryList;
  /**
   * While the page is still being parsed (a script in <head> defines the tag before its
   * children arrive), quotes are read as they come, but a missing or half-parsed quote is not
   * an error yet: that is decided at DOMContentLoaded.
   */
  #parsing?: boolean;
  readonly #read = () => {
    this.#parsing = document.readyState == 'loading';
    this.kids = fromChildren(this, !this.#parsing);
  };
  readonly #mo = new MutationObserver(this.#read);
  readonly #vis = new VisibilityController(this, () => this.#sync());

  /** The position of the quote shown, from 0 (settable; wraps around). */
  get index() {
    const n = this.#items.length;
    // ~~ truncates, and makes NaN, undefined and non-numbers 0.
    return n ? ((~~this.#pos! % n) + n) % n : 0;
  }
  set index(i: number) {
    this.#pos = i;
  }

  /** The quotes, in the order shown (shuffled under `shuffle`). */
  get quotes(): Quote[] {
    return this.#items.map((q) => ({ ...q }));
  }

  /** Whether rotation is on: true from `autoplay` or `play()` until a visitor or `pause()` stops it. */
  get playing() {
    return !!this.on;
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
    if (this.index != before) this.emit('quote-carousel-change', { index: this.index });
  }

  /** Starts rotating (even under reduced motion: the visitor or page asked for it). */
  play() {
    this.on = this.#asked = this.#played = true;
  }

  /** Stops rotating until `play()` or the play button. */
  pause() {
    this.on = this.#asked = false;
    this.#sync();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#read();
    if (this.#parsing) document.addEventListener('DOMContentLoaded', this.#read);
    this.#mo.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['cite', 'href'],
    });
    // A change of the reduced-motion setting decides again whether `autoplay` rotates.
    (this.#motion = matchMedia('(prefers-reduced-motion: reduce)')).onchange = () =>
      this.#decideRotation();
    // A request stopped by a disconnect starts again.
    if (this.#fetcher?.signal.aborted) this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.#read);
    this.#mo.disconnect();
    this.#motion!.onchange = null;
    this.#sync();
    this.#fetcher?.abort();
  }

  protected override configure(changed: PropertyValues) {
    if (changed.has('src')) this.#load();
    if (changed.has('autoplay')) this.#decideRotation();
    if (changed.has('interval') && !parseInterval(this.interval))
      console.warn(`<quote-carousel> interval: "${this.interval}" is not auto or 5+ seconds.`);
    const list = this.json ?? this.kids;
    if (changed.has('json') || changed.has('kids') || changed.has('shuffle'))
      this.#items = this.shuffle ? shuffled(list) : list;
    if (!list.length && !this.#fetcher && !this.#parsing)
      throw new ConfigError(
        this.failed ? 'src' : 'children',
        this.failed ?? 'hold no quote.',
        '<blockquote> children or JSON [{text, name, role, url}]',
      );
  }

  async #load() {
    this.#fetcher?.abort();
    this.json = this.failed = this.#fetcher = undefined;
    const src = this.src;
    if (!src) return;
    const ctrl = (this.#fetcher = new AbortController());
    const url = safeUrl(src);
    let why: unknown = 'is not an http(s) URL.';
    let quotes: Quote[] | null = null;
    try {
      const r = url && (await fetch(url, { signal: ctrl.signal }));
      if (r)
        why = r.ok
          ? ((quotes = fromJson(await r.json())), 'holds no quotes.')
          : `gave HTTP ${r.status}.`;
    } catch (e) {
      // Not in the JSON parser's words, which differ by browser.
      why = e instanceof SyntaxError ? 'is not JSON.' : e;
    }
    if (ctrl.signal.aborted) return;
    this.#fetcher = undefined;
    if (quotes?.length) this.json = quotes;
    // With child quotes to show, the failure is only logged; without, the error view shows it.
    else if (((this.failed = `"${src}" ${why}`), this.kids.length))
      console.error(`<quote-carousel> src: ${this.failed}`, this);
  }

  /** Rotation follows `play()`/`pause()` once called, else `autoplay` unless motion is reduced. */
  #decideRotation() {
    this.on = this.#asked ?? (!reducedMotion() && this.autoplay);
  }

  /** A visitor used a control, a key or a swipe, or moved focus in: rotation stops for good. */
  #use(i?: number) {
    if (this.on) this.pause();
    if (i != null) this.goTo(i);
  }

  /** (Re)starts the timer for the quote shown when rotation is on and someone can see it. */
  #sync() {
    const q =
      this.on && !this.#hover && this.#vis.active && this.isConnected && this.#items.length > 1
        ? this.#items[this.index]
        : undefined;
    if (q != this.#timed) {
      clearTimeout(this.#timer);
      this.#timer =
        (this.#timed = q) &&
        setTimeout(
          () => this.next(),
          1e3 *
            (Number(parseInterval(this.interval)) ||
              readingSeconds(`${q.text} ${q.name} ${q.role}`)),
        );
    }
  }

  protected override updated() {
    this.#sync();
  }

  #rtl() {
    return getComputedStyle(this).direction == 'rtl';
  }

  #onKey(e: KeyboardEvent) {
    const step = this.#rtl() ? -1 : 1;
    const i = (
      {
        Home: 0,
        End: -1,
        ArrowRight: this.index + step,
        ArrowLeft: this.index - step,
      } as Record<string, number>
    )[e.key];
    if (i != null && !(e.altKey || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.#use(i);
    }
  }

  #onFocus(e: FocusEvent) {
    // Keyboard (or script) focus stops rotation; a click's focus does not, the click decides.
    if ((e.target as Element).matches(':focus-visible')) this.#use();
  }

  #onHover(e: PointerEvent) {
    this.#hover = e.type == 'pointerenter' && e.pointerType != 'touch';
    this.#sync();
  }

  /** A touch or pen swipe: more than 40 px, more across than down (down is the page scrolling). */
  #onSwipe(e: PointerEvent) {
    const start = this.#touch;
    this.#touch = e.type == 'pointerdown' && e.pointerType != 'mouse' ? e : undefined;
    const dx = start && e.type == 'pointerup' ? e.clientX - start.clientX : 0;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(e.clientY - start!.clientY))
      this.#use(this.index + (dx < 0 != this.#rtl() ? 1 : -1));
  }

  // prettier-ignore
  protected override renderContent() {
    const t = this.locale.terms.carousel;
    const items = this.#items;
    const n = items.length;
    const at = this.index;
    const on = this.on;
    const dots = items.map((_, i) => html`<i class=${i == at ? 'o' : ''}></i>`);
    const slides = items.map((q, i) => {
      const by = q.name || q.role;
      const link = q.url ? html`<a href=${q.url}>${by}</a>` : by;
      const caption = by
        ? html`<figcaption part=attribution>${link}${q.name && q.role ? ', ' + q.role : ''}</figcaption>`
        : nothing;
      return html`<div role=group aria-roledescription=slide aria-label=${t.slide(i + 1, n)} ?inert=${i != at}
        ><figure part=quote><blockquote part=text>${q.text}</blockquote>${caption}</figure></div>`;
    });
    const rotation =
      this.autoplay || this.#played
        ? button('rotation', on ? t.stop : t.play, () => (on ? this.pause() : this.play()),
            on ? 'M8 5v14M16 5v14' : 'M7 4l13 8-13 8z')
        : nothing;
    const controls =
      n > 1
        ? html`<div part=controls>${rotation}${
            button('previous', t.previous, () => this.#use(this.index - 1), 'M15 5l-7 7 7 7', 'f')
          }<div part=picker aria-hidden=true>${dots}</div>${
            button('next', t.next, () => this.#use(this.index + 1), 'M9 5l7 7-7 7', 'f')
          }</div>`
        : nothing;
    return n
      ? html`<section aria-roledescription=carousel aria-label=${regionLabel(this.label, t.label)}
          @keydown=${this.#onKey} @focusin=${this.#onFocus}
          @pointerenter=${this.#onHover} @pointerleave=${this.#onHover}>${controls}<div
          class=${reducedMotion() ? 's' : 's a'} aria-live=${on ? 'off' : 'polite'}
          @pointerdown=${this.#onSwipe} @pointerup=${this.#onSwipe} @pointercancel=${this.#onSwipe}
        >${slides}</div></section>`
      : nothing;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quote-carousel-change': QuoteCarouselChangeEvent;
  }
}
