import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from '../core/decorators.js';
import { ConfigError } from '../core/errors.js';
import { ReducedMotionController, reducedMotion } from '../core/motion.js';
import { StrikeElement } from '../core/strike-element.js';
import { theme } from '../core/theme.js';
import { addressProblem, safeUrl } from '../core/url.js';
import { VisibilityController } from '../core/visibility.js';
import type { Locale } from '../core/locale.js';
import { AutoplayController } from './autoplay-controller.js';
import { ChildrenController, ResizeController } from './controllers.js';
import {
  fromChildren,
  fromJson,
  quotesPushedOut,
  sameQuotes,
  shuffled,
  type Quote,
} from './quotes.js';
import { styles } from './quote-carousel.styles.js';
import { parseInterval, readingSeconds, regionLabel } from './timing.js';
import * as en from '../locales/en.js';
import * as cy from '../locales/cy.js';

/** The carousel's texts in the widget's language. */
const termsFor = (locale: Locale): en.CarouselTerms =>
  locale.textLang === 'cy' ? cy.carousel : en.carousel;

export type { Quote };

/**
 * Seconds per quote, or `auto`. From the attribute it arrives as text (`"8"`), which is read
 * the same way, and so may a script or a framework's template set it. (Written out on the
 * property, so that the manifest and the editors show the values.)
 */
export type QuoteInterval = QuoteCarousel['interval'];

/** The `detail` of `quote-carousel-change`: the position of the quote now shown. */
export interface QuoteCarouselChangeDetail {
  /** The position of the quote now shown, from 0. */
  index: number;
}

/** Fired when the quote shown changes. */
export type QuoteCarouselChangeEvent = CustomEvent<QuoteCarouselChangeDetail>;

/** Above this many quotes the picker shows "N of M" instead of one dot per quote. */
export const MAX_DOTS = 12;

/** A swipe is a move of more than this many CSS pixels, more across than down. */
const SWIPE_MIN_PX = 40;

type CarouselTerms = en.CarouselTerms;

/** What a control button shows and does. */
interface ControlButton {
  /** Its `part` name. */
  part: string;
  /** Its accessible name. */
  label: string;
  onClick: () => void;
  /** The icon: a path on a 24 × 24 grid. */
  iconPath: string;
  /** Mirror the icon under right-to-left writing (arrows). */
  mirrored?: boolean;
}

/** A control: a button named by `label`, showing an icon. */
function controlButton({ part, label, onClick, iconPath, mirrored = false }: ControlButton) {
  return html`<button part=${part} aria-label=${label} @click=${onClick}>
    <svg viewBox="0 0 24 24" aria-hidden="true" class=${mirrored ? 'mirrored' : ''}>
      <path d=${iconPath} />
    </svg>
  </button>`;
}

/** `index` as set: a whole number, with anything that is not a finite number as 0. */
function toPosition(value: unknown): number {
  const number = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? Math.trunc(number) : 0;
}

/**
 * `src` as text ('' for none), or undefined when it is neither a string nor a URL (also for an
 * object that throws when asked what it is, such as a hostile Proxy: never an exception).
 */
function sourceText(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  try {
    return value instanceof URL ? value.href : undefined;
  } catch {
    return undefined;
  }
}

/** `label` as text ('' for none); anything but a string or a number is a `ConfigError`. */
function labelText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || Number.isFinite(value)) return String(value);
  throw new ConfigError('label', 'is not text.', 'a string such as "Voices from the picket line"');
}

/** What loading `src` gave: quotes, or why not (a sentence to follow the URL). */
type LoadOutcome = { quotes: Quote[] } | { failure: string };

/** Fetches and reads JSON quotes; never throws (an abort is a failure the caller ignores). */
async function fetchQuotes(source: string, signal: AbortSignal): Promise<LoadOutcome> {
  const problem = addressProblem(source, { fetched: true });
  if (problem) return { failure: problem };
  const url = safeUrl(source);
  if (!url) return { failure: 'is not an http(s) URL.' };
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return { failure: `gave HTTP ${response.status}.` };
    const quotes = fromJson(await response.json());
    return quotes?.length ? { quotes } : { failure: 'holds no quotes.' };
  } catch (error) {
    // Not in the JSON parser's words, which differ by browser.
    if (error instanceof SyntaxError) return { failure: 'is not JSON.' };
    return { failure: error instanceof Error ? String(error) : 'could not be read.' };
  }
}

/**
 * Rotates supporters' quotes, each with its attribution, following the WAI-ARIA APG carousel
 * pattern (the variant with previous/next buttons and a rotation button).
 *
 * @summary An accessible carousel of supporters' quotes.
 * @tagname quote-carousel
 * @slot - The quotes, which are also the fallback before the script runs:
 *   `<figure><blockquote>…</blockquote><figcaption>Name, role</figcaption></figure>` or
 *   `<blockquote cite="…">`. They are read, not slotted (except under the error notice).
 * @fires {CustomEvent<QuoteCarouselChangeDetail>} quote-carousel-change - The quote shown changed (by a control, a key, a swipe, rotation or a method).
 * @csspart quote - A slide: the figure holding a quote and its attribution.
 * @csspart text - The quote's text (a blockquote).
 * @csspart attribution - Who said it (a figcaption; the name links to the source when given).
 * @csspart controls - The row of buttons and the picker.
 * @csspart previous - The "previous quote" button.
 * @csspart next - The "next quote" button.
 * @csspart rotation - The play/pause button (when autoplay is on or was started).
 * @csspart picker - Where the quote shown is: a dot per quote, or "N of M" above a dozen quotes or when the dots would not fit (not interactive, hidden from screen readers, which hear "N of M" on each slide).
 * @csspart error - The message shown when there is no quote or `src` fails without child quotes.
 * @cssprop [--strike-accent=light-dark(#b3152b, #ff8a8a)] - The current dot and the focus ring.
 * @cssprop [--strike-text=light-dark(#1c1b1f, #f1eff4)] - Text colour.
 * @cssprop [--strike-muted=light-dark(#55525b, #c4c0cc)] - The attribution's colour.
 * @cssprop [--strike-surface=light-dark(#fff, #1f1e24)] - Background.
 * @cssprop [--strike-line=light-dark(#c9c5cf, #5b5863)] - Button borders.
 * @cssprop [--strike-font=system-ui, sans-serif] - Font family.
 * @cssprop [--strike-font-size=medium] - Font size.
 * @cssprop [--strike-radius=0.5em] - Corner radius.
 * @cssprop [--strike-color-scheme=light dark] - The colour schemes the defaults may take: `light dark` follows the visitor's `prefers-color-scheme`; `light` or `dark` keeps one, for a site that has only that one.
 */
export class QuoteCarousel extends StrikeElement {
  static override tagName = 'quote-carousel';
  static override styles = [theme, styles];

  /** A URL (a string or a `URL`) of JSON quotes: an array of `{ text, name, role, url }` or `{ "quotes": [...] }`. They replace the child quotes once loaded. */
  @property() src: string | URL = '';
  /** Rotate automatically (not under `prefers-reduced-motion: reduce`). */
  @property({ type: Boolean }) autoplay = false;
  /** Seconds per quote (at least 5; a number, or a string of one), or `auto`: the reading time of each quote (see docs). */
  @property() interval: number | `${number}` | 'auto' = 'auto';
  /** Show the quotes in a random order. */
  @property({ type: Boolean }) shuffle = false;
  /**
   * The carousel's accessible name; the word "carousel" is removed from it.
   * @default "Supporters' quotes" (localised) when empty
   */
  @property() label = '';

  /** Rotation is on (it may still wait while hovered, while the page is hidden or while the carousel is far off-screen). */
  @state() private rotating = false;
  /** The quotes read from the children. */
  @state() private childQuotes: Quote[] = [];
  /** The quotes loaded from `src`, once loaded. */
  @state() private loadedQuotes?: Quote[];
  /** Why `src` failed, if it did. */
  @state() private loadFailure?: string;
  /** The dots would not fit on one line: the picker shows "N of M". */
  @state() private dotsOverflow = false;

  /** The quotes shown: from `src` or the children, shuffled under `shuffle`. */
  #shownQuotes: Quote[] = [];
  /** `index` as set, before wrapping around. */
  #position = 0;
  /** `label` as text, checked in `configure()`. */
  #label = '';
  /** Rotation as asked for by `play()` (true) or `pause()` and visitors (false); unset: `autoplay` decides. */
  #requestedRotation?: boolean;
  /** `play()` was called: the rotation button stays even without `autoplay`. */
  #playCalled = false;
  /**
   * This update shows quotes that replaced others without the visitor asking (loaded from `src`,
   * edited by the page, shuffled): the slides are not a live region while they change.
   */
  #quotesReplaced = false;
  /** Focus was in a slide (on a link in a quote) when this update began. */
  #focusWasInSlide = false;
  #hovered = false;
  /** The request for `src`; aborted when the element is removed (and made again if it comes back). */
  #loader?: AbortController;
  /** Where a touch or pen swipe started. */
  #swipeStart?: PointerEvent;
  /**
   * While the page is still being parsed (a script in <head> defines the tag before its
   * children arrive), quotes are read as they come, but a missing or half-parsed quote is not
   * an error yet: that is decided at DOMContentLoaded.
   */
  #parsing = false;

  readonly #autoplay = new AutoplayController(this, () => this.next());
  readonly #visibility = new VisibilityController(this, () => this.#syncRotation());
  readonly #pickerSize = new ResizeController(this, () => this.#measureDots());

  constructor() {
    super();
    new ChildrenController(this, () => this.#readChildren());
    // A change of the reduced-motion setting decides again whether `autoplay` rotates.
    new ReducedMotionController(this, () => {
      this.#decideRotation();
      this.requestUpdate();
    });
  }

  /** The position of the quote shown, from 0 (settable; wraps around; not a number counts as 0). */
  @property({ type: Number })
  get index(): number {
    const count = this.#shownQuotes.length;
    if (count === 0) return 0;
    return ((this.#position % count) + count) % count;
  }
  set index(value: number) {
    this.#position = toPosition(value);
  }

  /** The quotes, in the order shown (shuffled under `shuffle`). */
  get quotes(): Quote[] {
    return this.#shownQuotes.map((quote) => ({ ...quote }));
  }

  /** Whether rotation is on: true from `autoplay` or `play()` until a visitor or `pause()` stops it. */
  get playing(): boolean {
    return this.rotating;
  }

  /** Shows the next quote (after the last, the first). */
  next() {
    this.goTo(this.index + 1);
  }

  /** Shows the previous quote (before the first, the last). */
  previous() {
    this.goTo(this.index - 1);
  }

  /** Shows quote `position` (wrapping around) and fires `quote-carousel-change` if it changed. */
  goTo(position: number) {
    const before = this.index;
    this.index = position;
    if (this.index !== before) this.emit('quote-carousel-change', { index: this.index });
  }

  /** Starts rotating (even under reduced motion: the visitor or page asked for it). */
  play() {
    this.#requestedRotation = true;
    this.#playCalled = true;
    this.rotating = true;
  }

  /** Stops rotating until `play()` or the play button. */
  pause() {
    this.#requestedRotation = false;
    this.rotating = false;
    this.#syncRotation();
  }

  override connectedCallback() {
    super.connectedCallback();
    // A request stopped by a disconnect starts again.
    if (this.#loader?.signal.aborted) this.#load(sourceText(this.src));
    this.#syncRotation();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#loader?.abort();
  }

  protected override configure(changed: PropertyValues) {
    // What to load, show and whether to rotate come first (loading may drop the loaded quotes):
    // a bad value below shows its notice, and once it is corrected the quotes are there (the
    // changes that brought them are not repeated).
    if (changed.has('autoplay')) this.#decideRotation();
    const source = sourceText(this.src);
    if (changed.has('src')) this.#load(source);
    const quotes = this.loadedQuotes ?? this.childQuotes;
    const quotesChanged =
      changed.has('loadedQuotes') || changed.has('childQuotes') || changed.has('shuffle');
    this.#quotesReplaced = quotesChanged && this.hasUpdated;
    if (quotesChanged) this.#shownQuotes = this.shuffle ? shuffled(quotes) : quotes;
    if (source === undefined) {
      throw new ConfigError('src', 'is neither text nor a URL.', 'an http(s) URL of JSON quotes');
    }
    this.#label = labelText(this.label);
    this.#checkInterval({ warn: changed.has('interval') });
    if (!quotes.length && !this.#loader && !this.#parsing) throw this.#noQuotesError();
  }

  /** A number or a string of seconds; a string that is not is warned about and counts as auto. */
  #checkInterval(options: { warn: boolean }) {
    const interval: unknown = this.interval;
    // None (a framework resetting the property) is auto, as the attribute's absence is.
    if (interval === null || interval === undefined) return;
    if (typeof interval !== 'string' && typeof interval !== 'number') {
      throw new ConfigError(
        'interval',
        'is not a number.',
        'a number of seconds (5 or more) or auto',
      );
    }
    if (options.warn && parseInterval(interval) === undefined) {
      console.warn(`<quote-carousel> interval: "${interval}" is not auto or 5+ seconds.`);
    }
  }

  /** Why there is nothing to show, in words for whoever can fix it. */
  #noQuotesError(): ConfigError {
    if (this.loadFailure) {
      return new ConfigError(
        'src',
        this.loadFailure,
        '<blockquote> children or JSON [{text, name, role, url}]',
      );
    }
    if (quotesPushedOut(this)) {
      return new ConfigError(
        'children',
        'WordPress moved the quotes out of the carousel: use a Custom HTML block or the [quote_carousel] shortcode.',
        'the quotes inside <quote-carousel>…</quote-carousel>',
      );
    }
    return new ConfigError(
      'children',
      'hold no quote.',
      '<blockquote> children or JSON [{text, name, role, url}]',
    );
  }

  /** Reads the child quotes again, and keeps the old ones (and the timer) when nothing changed. */
  #readChildren() {
    const wasParsing = this.#parsing;
    this.#parsing = document.readyState === 'loading';
    const quotes = fromChildren(this, { warn: !this.#parsing });
    if (!sameQuotes(quotes, this.childQuotes)) this.childQuotes = quotes;
    // The end of parsing decides whether no quotes is an error.
    if (wasParsing !== this.#parsing) this.requestUpdate();
  }

  async #load(source: string | undefined) {
    this.#loader?.abort();
    this.#loader = undefined;
    this.loadedQuotes = undefined;
    this.loadFailure = undefined;
    if (!source) return;
    const loader = new AbortController();
    this.#loader = loader;
    const outcome = await fetchQuotes(source, loader.signal);
    if (loader.signal.aborted) return;
    this.#loader = undefined;
    if ('quotes' in outcome) {
      this.loadedQuotes = outcome.quotes;
      return;
    }
    this.loadFailure = `"${source}" ${outcome.failure}`;
    // With child quotes to show, the failure is only logged; without, the error view shows it.
    if (this.childQuotes.length) console.error(`<quote-carousel> src: ${this.loadFailure}`, this);
  }

  /** Rotation follows `play()`/`pause()` once called, else `autoplay` unless motion is reduced. */
  #decideRotation() {
    this.rotating = this.#requestedRotation ?? (this.autoplay && !reducedMotion());
  }

  /** A visitor used a control, a key or a swipe, or moved focus in: rotation stops for good. */
  #useControl(position?: number) {
    if (this.rotating) this.pause();
    if (position !== undefined) this.goTo(position);
  }

  /** Whether the quote shown should be timed: rotation is on and someone can see it. */
  #canRotate(): boolean {
    return (
      this.rotating &&
      !this.#hovered &&
      this.#visibility.active &&
      this.isConnected &&
      this.#shownQuotes.length > 1
    );
  }

  /** Seconds for `quote`: `interval`, or its reading time under `auto` (or a bad interval). */
  #secondsFor(quote: Quote): number {
    const interval = parseInterval(this.interval);
    if (typeof interval === 'number') return interval;
    return readingSeconds(`${quote.text} ${quote.name} ${quote.role}`);
  }

  /**
   * (Re)starts the timer for the quote shown when rotation is on and someone can see it. The
   * running timer keeps counting while the same quote is shown for the same time.
   */
  #syncRotation() {
    if (!this.#canRotate()) {
      this.#autoplay.stop();
      return;
    }
    const quote = this.#shownQuotes[this.index];
    const key = JSON.stringify([this.index, quote.text, quote.name, quote.role]);
    this.#autoplay.schedule(key, this.#secondsFor(quote) * 1000);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.#focusWasInSlide = Boolean(this.shadowRoot?.activeElement?.closest('[role="group"]'));
  }

  protected override updated() {
    if (this.#focusWasInSlide) this.#keepFocusInShownSlide();
    this.#syncRotation();
    const picker = this.renderRoot.querySelector('[part="picker"]');
    const dots = this.renderRoot.querySelector('.dots');
    if (picker && dots) this.#pickerSize.observe(picker, dots);
  }

  /** Shows "N of M" instead of the dots when they are wider than the picker. */
  #measureDots() {
    const picker = this.renderRoot.querySelector('[part="picker"]');
    const dots = this.renderRoot.querySelector('.dots');
    if (!picker || !dots) return;
    this.dotsOverflow = dots.getBoundingClientRect().width > picker.clientWidth;
  }

  /**
   * Focus on a link in a quote no longer shown (now inert) or no longer there moves to the quote
   * shown, so that a keyboard or screen-reader visitor is not dropped at the top of the page.
   */
  #keepFocusInShownSlide() {
    const focused = this.shadowRoot!.activeElement;
    if (focused && !focused.closest('[inert]')) return;
    this.renderRoot.querySelector<HTMLElement>('[role="group"]:not([inert])')?.focus();
  }

  #isRightToLeft(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  #onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const forward = this.#isRightToLeft() ? -1 : 1;
    const targets: Record<string, number> = {
      Home: 0,
      End: -1,
      ArrowRight: this.index + forward,
      ArrowLeft: this.index - forward,
    };
    if (!Object.hasOwn(targets, event.key)) return;
    event.preventDefault();
    this.#useControl(targets[event.key]);
  }

  #onFocus(event: FocusEvent) {
    // Keyboard (or script) focus stops rotation; a click's focus does not, the click decides.
    if ((event.target as Element).matches(':focus-visible')) this.#useControl();
  }

  #onHover(event: PointerEvent) {
    this.#hovered = event.type === 'pointerenter' && event.pointerType !== 'touch';
    this.#syncRotation();
  }

  /** A touch or pen swipe: more than 40 px, more across than down (down is the page scrolling). */
  #onSwipe(event: PointerEvent) {
    const start = this.#swipeStart;
    const startsSwipe = event.type === 'pointerdown' && event.pointerType !== 'mouse';
    this.#swipeStart = startsSwipe ? event : undefined;
    if (!start || event.type !== 'pointerup') return;
    const across = event.clientX - start.clientX;
    const down = event.clientY - start.clientY;
    if (Math.abs(across) <= SWIPE_MIN_PX || Math.abs(across) <= Math.abs(down)) return;
    const towardsNext = across < 0 !== this.#isRightToLeft();
    this.#useControl(this.index + (towardsNext ? 1 : -1));
  }

  #renderSlide(quote: Quote, position: number, terms: CarouselTerms) {
    const by = quote.name || quote.role;
    const byline = quote.url ? html`<a href=${quote.url}>${by}</a>` : by;
    const role = quote.name && quote.role ? `, ${quote.role}` : '';
    const caption = by
      ? html`<figcaption part="attribution">${byline}${role}</figcaption>`
      : nothing;
    return html`<div
      role="group"
      aria-roledescription="slide"
      aria-label=${terms.slide(position + 1, this.#shownQuotes.length)}
      tabindex="-1"
      ?inert=${position !== this.index}
    >
      <figure part="quote">
        <blockquote part="text">${quote.text}</blockquote>
        ${caption}
      </figure>
    </div>`;
  }

  /** The dots, one per quote (kept to be measured when they do not fit), or "N of M". */
  #renderPicker(terms: CarouselTerms) {
    const count = this.#shownQuotes.length;
    const position = html`<span class="picker-position"
      >${terms.slide(this.index + 1, count)}</span
    >`;
    if (count > MAX_DOTS) return html`<div part="picker" aria-hidden="true">${position}</div>`;
    const dots = this.#shownQuotes.map(
      (_, i) => html`<span class=${i === this.index ? 'dot dot-current' : 'dot'}></span>`,
    );
    return html`<div part="picker" aria-hidden="true">
      <span class=${this.dotsOverflow ? 'dots dots-measured' : 'dots'}>${dots}</span>
      ${this.dotsOverflow ? position : nothing}
    </div>`;
  }

  #renderRotationButton(terms: CarouselTerms) {
    if (!this.autoplay && !this.#playCalled) return nothing;
    const rotating = this.rotating;
    return controlButton({
      part: 'rotation',
      label: rotating ? terms.stop : terms.play,
      onClick: () => (rotating ? this.pause() : this.play()),
      iconPath: rotating ? 'M8 5v14M16 5v14' : 'M7 4l13 8-13 8z',
    });
  }

  #renderControls(terms: CarouselTerms) {
    if (this.#shownQuotes.length < 2) return nothing;
    return html`<div part="controls">
      ${this.#renderRotationButton(terms)}
      ${controlButton({
        part: 'previous',
        label: terms.previous,
        onClick: () => this.#useControl(this.index - 1),
        iconPath: 'M15 5l-7 7 7 7',
        mirrored: true,
      })}
      ${this.#renderPicker(terms)}
      ${controlButton({
        part: 'next',
        label: terms.next,
        onClick: () => this.#useControl(this.index + 1),
        iconPath: 'M9 5l7 7-7 7',
        mirrored: true,
      })}
    </div>`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (!this.#shownQuotes.length) return nothing;
    const terms = termsFor(this.locale);
    const slidesClass = reducedMotion() ? 'slides' : 'slides slides-animated';
    return html`<section
      aria-roledescription="carousel"
      aria-label=${regionLabel(this.#label, terms.label)}
      @keydown=${this.#onKey}
      @focusin=${this.#onFocus}
      @pointerenter=${this.#onHover}
      @pointerleave=${this.#onHover}
    >
      ${this.#renderControls(terms)}
      <div
        class=${slidesClass}
        aria-live=${this.rotating || this.#quotesReplaced ? 'off' : 'polite'}
        @pointerdown=${this.#onSwipe}
        @pointerup=${this.#onSwipe}
        @pointercancel=${this.#onSwipe}
      >
        ${this.#shownQuotes.map((quote, i) => this.#renderSlide(quote, i, terms))}
      </div>
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quote-carousel-change': QuoteCarouselChangeEvent;
  }
  /** The tag `define()` gives it (a class defined under another name is typed by its author). */
  interface HTMLElementTagNameMap {
    'quote-carousel': QuoteCarousel;
  }
}
