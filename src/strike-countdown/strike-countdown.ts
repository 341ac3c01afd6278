import { html, nothing } from 'lit';
import { ConfigError } from '../core/errors.js';
import { formatDate, formatNumber } from '../core/format.js';
import type { PropertyValues } from 'lit';
import { StrikeElement } from '../core/strike-element.js';
import { theme } from '../core/theme.js';
import { reschedule, subscribe } from '../core/ticker.js';
import { safeUrl } from '../core/url.js';
import { VisibilityController } from '../core/visibility.js';
import { ics } from './ics.js';
import {
  parseDateTime,
  parseSchedule,
  phaseAt,
  split,
  type Phase,
  type Schedule,
} from './schedule.js';
import { styles } from './strike-countdown.styles.js';
import * as en from '../locales/en.js';
import * as cy from '../locales/cy.js';
import type { Locale } from '../core/locale.js';

/** The countdown's texts in the widget's language. */
const termsFor = (locale: Locale): en.CountdownTerms =>
  locale.textLang === 'cy' ? cy.countdown : en.countdown;

/** The detail of `strike-countdown-phase`. */
export interface PhaseDetail {
  phase: Phase | 'error';
  periodIndex: number;
}

const DATE = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
} as const;

const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;

/**
 * Counts down to a strike, shows that it is on while it is on, and what comes after. The time
 * left is computed from the clock at every render; all countdowns on a page share one timer.
 *
 * @summary A countdown to a strike, exact across time zones and daylight-saving changes.
 * @tagname strike-countdown
 * @fires strike-countdown-phase - The phase or round changed (also for a boundary passed while the page was hidden); `detail: { phase, periodIndex }`.
 * @slot - Fallback content, shown until the script runs.
 * @slot before - Replaces the default message before the strike ("The strike starts in").
 * @slot during - Replaces the default message while the strike is on.
 * @slot after - Replaces the default message after the last round.
 * @csspart base - The wrapper.
 * @csspart label - The label.
 * @csspart status - The message of the phase.
 * @csspart days - The number of days left.
 * @csspart hours - The number of hours left.
 * @csspart minutes - The number of minutes left.
 * @csspart seconds - The number of seconds left.
 * @csspart dates - The start and end, in `timezone` with its abbreviation.
 * @csspart action - The call to action link.
 * @csspart calendar - The "add to calendar" (.ics) download link.
 * @csspart preview - The "preview" marker shown when the time is frozen by `#strike-preview=`.
 * @csspart error - The message shown when the configuration is wrong.
 * @cssprop --strike-accent - Accent colour (links, preview marker).
 * @cssprop --strike-on-accent - Text on the accent colour.
 * @cssprop --strike-text - Text colour.
 * @cssprop --strike-muted - Secondary text (unit names, dates).
 * @cssprop --strike-surface - Background.
 * @cssprop --strike-line - Border of the unit boxes.
 * @cssprop --strike-font - Font family.
 * @cssprop --strike-font-size - Base font size.
 * @cssprop --strike-radius - Corner radius.
 */
export class StrikeCountdown extends StrikeElement {
  static override tagName = 'strike-countdown';
  static override styles = [theme, styles];

  static override properties = {
    start: {},
    end: {},
    periods: {},
    timezone: {},
    label: {},
    href: {},
    actionText: { attribute: 'action-text' },
    calendar: { type: Boolean },
    precision: {},
    hideAfter: { type: Boolean, attribute: 'hide-after', reflect: true },
    now: {},
  };

  /** When the strike starts: ISO 8601; without an offset, wall-clock time in `timezone`; a date alone is 00:00 there. */
  declare start?: string;
  /** When it ends: a date-time, or an ISO 8601 duration from `start` (`P2D`, `PT48H`). None: open-ended. */
  declare end?: string;
  /** Instead of start/end: ISO 8601 intervals (`start/end` or `start/duration`) separated by spaces or commas. */
  declare periods?: string;
  /** IANA zone for times without an offset and for showing dates (default `Europe/London`). */
  declare timezone?: string;
  /** What is counted down to, e.g. "Junior doctors' strike". */
  declare label?: string;
  /** The call to action's link (http(s) or relative). */
  declare href?: string;
  /** The call to action's text (attribute `action-text`; default "Find out more"). */
  declare actionText?: string;
  /** Offer an "add to calendar" (.ics) file for the round(s), until the last one is over. */
  declare calendar?: boolean;
  /** `seconds` (default) or `minutes`. */
  declare precision?: string;
  /** Hide the element after the last round (attribute `hide-after`). */
  declare hideAfter?: boolean;
  /** Show the countdown as at this date-time, frozen (for previews, stories, screenshots). */
  declare now?: string;

  // Private state (#private: the minifier shortens these names).
  /** The schedule (read at every update: it is cheap). */
  #schedule?: Schedule;
  /** The unit shown, in ms. */
  #unit!: number;
  /** The link (safe) of the call to action. */
  #link?: string | null;
  /** The frozen instant (`now` or the preview), and whether it is the preview. */
  #frozen?: number;
  #isPreview?: boolean;
  /** The phase and round last shown, and the sentence announced when they changed. */
  #shown?: string;
  #said?: string;
  /** The calendar file's blob: URL and what it was made from. */
  #icsUrl?: string;
  #icsKey?: string;
  readonly #refresh = () => this.requestUpdate();
  /** The address's `#strike-preview` may have changed: `configure` reads it again. */
  #previewStale = true;
  readonly #rehash = () => {
    this.#previewStale = true;
    this.requestUpdate();
  };
  /** This element in the shared timer: the unit it shows, and when its phase next changes. */
  readonly #timer = { unit: Infinity, next: Infinity, tick: this.#refresh };
  #off?: () => void;
  readonly #vis = new VisibilityController(this, this.#refresh);

  /** The phase now: `before`, `during`, `between`, `after`, or `error`. */
  get phase(): Phase | 'error' {
    return this.#info()?.phase ?? 'error';
  }

  /** Ms to the next boundary (the next start before and between rounds, the end during one); 0 after; Infinity during an open-ended round. */
  get remaining(): number {
    return this.#info()?.remaining ?? 0;
  }

  /** The round that is on or next, from 0 (-1 on error). */
  get periodIndex(): number {
    return this.#info()?.periodIndex ?? -1;
  }

  #info() {
    return this.problem || !this.#schedule
      ? undefined
      : phaseAt(this.#schedule, this.#frozen ?? Date.now());
  }

  override connectedCallback() {
    super.connectedCallback();
    // #strike-preview=<date-time> in the address, read again when it changes and on reconnection.
    addEventListener('hashchange', this.#rehash);
    this.#off = subscribe(this.#timer);
    this.#rehash();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#rehash);
    this.#off!();
    URL.revokeObjectURL(this.#icsUrl!);
    this.#icsKey = undefined;
  }

  protected override configure(changed: PropertyValues) {
    // A tick, or coming near, changes nothing: the render uses what was read, and a problem stays.
    if (!changed.size && !this.#previewStale) {
      if (this.problem) throw this.problem;
      return;
    }
    this.#previewStale = false;
    const { zone } = (this.#schedule = parseSchedule(this));
    this.#unit = ({ seconds: 1e3, minutes: 6e4 } as Record<string, number>)[
      this.precision || 'seconds'
    ];
    if (!(this.#unit > 0))
      throw new ConfigError(
        'precision',
        `"${this.precision}" is not a unit.`,
        'seconds or minutes',
      );
    this.#link = safeUrl(this.href);
    if (this.href && !this.#link)
      throw new ConfigError(
        'href',
        `"${this.href}" is not a safe link.`,
        'an http(s) or relative URL',
      );
    const preview = new URLSearchParams(location.hash.slice(1)).get('strike-preview');
    this.#isPreview = false;
    // Tested before parsing: an exception per countdown per update is slow with many on a page.
    if (preview) {
      try {
        this.#frozen = parseDateTime(preview, zone);
        this.#isPreview = true;
      } catch {
        // An unreadable preview is ignored.
      }
    }
    if (!this.#isPreview)
      this.#frozen = this.now ? parseDateTime(this.now, zone, 'now') : undefined;
  }

  protected override renderContent() {
    const t = termsFor(this.locale);
    const { periods, zone } = this.#schedule!;
    const { phase, periodIndex: i, remaining, day } = this.#info()!;
    const { start, end } = periods[i];
    const count = periods.length;
    const date = (x: number) => formatDate(this.locale, x, { ...DATE, timeZone: zone });
    const number = (n: number) => formatNumber(this.locale, n);
    const left = split(remaining, this.#unit);
    const big = UNITS.find((u) => left[u]) ?? 'seconds';
    const rel = `${number(left[big])} ${t[big](left[big])}`;
    const round = count > 1 ? `${t.round(i + 1, count)}: ` : '';
    const [status, sentence] =
      phase == 'after'
        ? [t.after, t.sayAfter(date(end!))]
        : phase != 'during'
          ? [i ? t.between(i + 1, count) : t.before, round + t.sayBefore(date(start), rel)]
          : end
            ? [t.during, t.sayDuring(date(end), rel)]
            : [t.duringDay(day!), t.sayDuringDay(day!, date(start))];
    if (this.#shown && phase + i != this.#shown) this.#said = sentence;
    // Nothing is left to put in a calendar once the last round is over.
    const calendar = this.calendar && phase != 'after';

    return html`${this.#isPreview ? html`<p part="preview" class="f">${t.preview(date(this.#frozen!))}</p>` : nothing}
      ${this.label ? html`<p part="label"><b>${this.label}</b></p>` : nothing}
      <p class="sr-only">${sentence}</p>
      <p part="status" aria-hidden="true">
        ${phase == 'between' ? status : html`<slot name=${phase}>${status}</slot>`}
      </p>
      ${
        remaining % Infinity > 0 // finite and positive
          ? html`<p role="timer" aria-live="off" class="t">
              ${UNITS.slice(left.days ? 0 : 1, this.#unit > 1e3 ? 3 : 4).map(
                (u) => html`<span><b part=${u}>${number(left[u])}</b> ${t[u](left[u])}</span> `,
              )}
            </p>`
          : nothing
      }
      <p part="dates" class="d">${round}${date(start)}${end ? ` – ${date(end)}` : ''}</p>
      ${
        this.#link || calendar
          ? html`<p class="a">
              ${this.#link ? html`<a part="action" class="f" href=${this.#link}>${this.actionText || t.action}</a>` : nothing}
              ${
                calendar
                  ? html`<a
                      part="calendar"
                      href=${this.#ics(this.label || t.calendar)}
                      download="strike.ics"
                      >${t.calendar}</a
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      <p class="sr-only" aria-live="polite">${this.#said}</p>`;
  }

  /** The .ics file's blob: URL, made again only when what it says changes (and the old one revoked). */
  #ics(summary: string) {
    const key = JSON.stringify([this.#schedule, summary, this.#link]);
    if (key != this.#icsKey) {
      URL.revokeObjectURL(this.#icsUrl!);
      const text = ics({ ...this.#schedule!, summary, url: this.#link, stamp: Date.now() });
      this.#icsUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
      this.#icsKey = key;
    }
    return this.#icsUrl!;
  }

  protected override updated() {
    const info = this.#info();
    const phase = info?.phase ?? 'error';
    const periodIndex = info?.periodIndex ?? -1;
    this.setAttribute('phase', phase);
    if (this.#shown && phase + periodIndex != this.#shown)
      this.emit('strike-countdown-phase', { phase, periodIndex } satisfies PhaseDetail);
    this.#shown = phase + periodIndex;
    // Ticks only while someone could see it and it is not frozen: every unit while the numbers
    // show, and at the next boundary (also the next day of an open-ended strike).
    // (The page being hidden is the ticker's business: it stops, and ticks all on return.)
    const live = this.#vis.near && this.#frozen == null && info;
    // (remaining % Infinity > 0: finite and positive, i.e. the numbers show.)
    const unit = live && info.remaining % Infinity > 0 ? this.#unit : Infinity;
    const next = live ? info.next : Infinity;
    const tk = this.#timer;
    if (tk.unit != unit || tk.next != next) {
      tk.unit = unit;
      tk.next = next;
      reschedule();
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'strike-countdown-phase': CustomEvent<PhaseDetail>;
  }
}
