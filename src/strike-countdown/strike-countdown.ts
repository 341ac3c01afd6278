import { html, nothing, type PropertyValues } from 'lit';
import { ConfigError } from '../core/errors.js';
import { formatDate, formatNumber } from '../core/format.js';
import { StrikeElement } from '../core/strike-element.js';
import { reschedule, subscribe, type TickSubscriber } from '../core/ticker.js';
import { safeUrl } from '../core/url.js';
import { VisibilityController } from '../core/visibility.js';
import { ics } from './ics.js';
import {
  parseDateTime,
  parseSchedule,
  phaseAt,
  split,
  type Phase,
  type PhaseInfo,
  type Schedule,
} from './schedule.js';
import { styles } from './strike-countdown.styles.js';

/** The detail of `strike-countdown-phase`. */
export interface PhaseDetail {
  phase: Phase | 'error';
  periodIndex: number;
}

// ---- #strike-preview=<date-time>: one hashchange listener for every countdown on the page ----
const previewing = new Set<StrikeCountdown>();
const readPreview = () => {
  const m = /[#&]strike-preview=([^&]*)/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : undefined;
};
let preview: string | undefined;
const onHash = () => {
  const value = readPreview();
  if (value === preview) return;
  preview = value;
  previewing.forEach((el) => el.requestUpdate());
};

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
  static override styles = [...StrikeElement.styles, styles];

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
  /** Offer an "add to calendar" (.ics) file for the round(s). */
  declare calendar?: boolean;
  /** `seconds` (default) or `minutes`. */
  declare precision?: string;
  /** Hide the element after the last round (attribute `hide-after`). */
  declare hideAfter?: boolean;
  /** Show the countdown as at this date-time, frozen (for previews, stories, screenshots). */
  declare now?: string;

  private schedule?: Schedule;
  private scheduleError?: unknown;
  private frozen?: number;
  private unit = 1000;
  private shown?: string;
  private key?: string;
  private message = '';
  private unsubscribe?: () => void;
  /** The boundary and unit the shared timer was last armed with for this element. */
  private armed = '';
  private ics?: { key: string; url: string };
  private readonly visibility = new VisibilityController(this, () => this.requestUpdate());
  private readonly ticker: TickSubscriber = {
    unit: 1000,
    next: Infinity,
    tick: (now) => {
      if (!this.schedule) return;
      const info = phaseAt(this.schedule, now);
      this.ticker.next = info.next;
      this.armed = `${info.next} ${this.unit}`; // the ticker re-arms after every run
      if (this.keyOf(info) !== this.key) this.requestUpdate();
    },
  };

  /** The phase now: `before`, `during`, `between`, `after`, or `error`. */
  get phase(): Phase | 'error' {
    return this.info()?.phase ?? 'error';
  }

  /** Ms to the next boundary (the next start before and between rounds, the end during one); 0 after; Infinity during an open-ended round. */
  get remaining(): number {
    return this.info()?.remaining ?? 0;
  }

  /** The round that is on or next, from 0 (-1 on error). */
  get periodIndex(): number {
    return this.info()?.periodIndex ?? -1;
  }

  private info(): PhaseInfo | undefined {
    return this.problem || !this.schedule
      ? undefined
      : phaseAt(this.schedule, this.frozen ?? Date.now());
  }

  private keyOf(info: PhaseInfo) {
    return `${info.phase} ${info.periodIndex} ${info.day} ${Math.ceil(info.remaining / this.unit)}`;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!previewing.size) {
      addEventListener('hashchange', onHash);
      preview = readPreview();
    }
    previewing.add(this);
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    previewing.delete(this);
    if (!previewing.size) removeEventListener('hashchange', onHash);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.ics) URL.revokeObjectURL(this.ics.url);
    this.ics = undefined;
  }

  protected override configure(changed: PropertyValues) {
    if (
      (!this.schedule && !this.scheduleError) ||
      ['start', 'end', 'periods', 'timezone'].some((k) => changed.has(k))
    ) {
      try {
        this.schedule = parseSchedule(this);
        this.scheduleError = undefined;
      } catch (e) {
        this.schedule = undefined;
        this.scheduleError = e;
      }
    }
    if (this.scheduleError) throw this.scheduleError;
    const zone = this.schedule!.zone;
    if (this.precision && !/^(seconds|minutes)$/.test(this.precision)) {
      throw new ConfigError(
        'precision',
        `"${this.precision}" is not a precision.`,
        '"seconds" or "minutes"',
      );
    }
    this.unit = this.precision === 'minutes' ? 6e4 : 1000;
    if (this.href && !safeUrl(this.href)) {
      throw new ConfigError(
        'href',
        `"${this.href}" is not a safe link.`,
        'an https:, http: or relative URL',
      );
    }
    this.frozen = undefined;
    if (preview) {
      try {
        this.frozen = parseDateTime(preview, zone, 'strike-preview');
        return;
      } catch {
        // A mistyped preview in the address changes nothing.
      }
    }
    if (this.now) this.frozen = parseDateTime(this.now, zone, 'now');
  }

  private date(t: number) {
    return formatDate(this.locale, t, { ...DATE, timeZone: this.schedule!.zone });
  }

  private calendarUrl() {
    const { periods } = this.schedule!;
    const summary = this.label || this.locale.terms.countdown.calendar;
    const key = JSON.stringify([periods, summary, this.href]);
    if (this.ics?.key !== key) {
      if (this.ics) URL.revokeObjectURL(this.ics.url);
      const text = ics({ periods, summary, url: safeUrl(this.href), stamp: Date.now() });
      this.ics = { key, url: URL.createObjectURL(new Blob([text], { type: 'text/calendar' })) };
    }
    return this.ics.url;
  }

  protected override renderContent() {
    const t = this.locale.terms.countdown;
    const { periods } = this.schedule!;
    const info = phaseAt(this.schedule!, this.frozen ?? Date.now());
    const { phase, periodIndex: i, remaining, day } = info;
    const period = periods[i];
    const count = periods.length;
    this.key = this.keyOf(info);
    this.ticker.next = info.next;
    this.ticker.unit = this.unit;

    const left = split(remaining, this.unit);
    const big = UNITS.find((u) => left[u]) ?? 'seconds';
    const rel = `${formatNumber(this.locale, left[big])} ${t[big](left[big])}`;
    const open = period.end === undefined;
    const sentence =
      phase === 'before'
        ? t.sayBefore(this.date(period.start), rel)
        : phase === 'between'
          ? `${t.round(i + 1, count)}: ${t.sayBefore(this.date(period.start), rel)}`
          : phase === 'after'
            ? t.sayAfter(this.date(period.end!))
            : open
              ? t.sayDuringDay(day!, this.date(period.start))
              : t.sayDuring(this.date(period.end!), rel);
    const shown = `${phase} ${i}`;
    if (this.shown !== undefined && shown !== this.shown) this.message = sentence;

    const status =
      phase === 'between'
        ? t.between(i + 1, count)
        : phase === 'during'
          ? open
            ? t.duringDay(day!)
            : t.during
          : t[phase];
    const ticking = phase !== 'after' && !(phase === 'during' && open);
    const units = UNITS.filter(
      (u) => (u !== 'days' || left.days) && (u !== 'seconds' || this.unit === 1000),
    );
    const href = safeUrl(this.href);

    return html`${
        this.frozen !== undefined && preview !== undefined
          ? html`<p part="preview" class="pv">${t.preview(this.date(this.frozen))}</p>`
          : nothing
      }${this.label ? html`<p part="label" class="l">${this.label}</p>` : nothing}
      <p class="sr-only">${sentence}</p>
      <p part="status" aria-hidden="true">
        ${phase === 'between' ? status : html`<slot name=${phase}>${status}</slot>`}
      </p>
      ${
        ticking
          ? html`<div role="timer" aria-live="off" class="t">
              ${units.map(
                (u) =>
                  html`<span class="u"
                    ><span part=${u} class="n">${formatNumber(this.locale, left[u])}</span>
                    ${t[u](left[u])}</span
                  > `,
              )}
            </div>`
          : nothing
      }
      <p part="dates" class="d">
        ${count > 1 ? `${t.round(i + 1, count)}: ` : ''}${this.date(period.start)}${
          open ? '' : ` – ${this.date(period.end!)}`
        }
      </p>
      ${
        href || this.calendar
          ? html`<p class="a">
              ${href ? html`<a part="action" href=${href}>${this.actionText || t.action}</a>` : nothing}
              ${
                this.calendar
                  ? html`<a part="calendar" href=${this.calendarUrl()} download="strike.ics"
                      >${t.calendar}</a
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      <p class="sr-only" aria-live="polite">${this.message}</p>`;
  }

  protected override updated() {
    const info = this.info();
    const phase = info?.phase ?? 'error';
    const shown = `${phase} ${info?.periodIndex ?? -1}`;
    if (this.getAttribute('phase') !== phase) this.setAttribute('phase', phase);
    if (this.shown !== undefined && shown !== this.shown) {
      this.dispatchEvent(
        new CustomEvent<PhaseDetail>('strike-countdown-phase', {
          bubbles: true,
          composed: true,
          detail: { phase, periodIndex: info?.periodIndex ?? -1 },
        }),
      );
    }
    this.shown = shown;
    const tick =
      this.isConnected &&
      this.visibility.active &&
      info &&
      this.frozen === undefined &&
      phase !== 'after';
    const armed = `${this.ticker.next} ${this.ticker.unit}`;
    if (tick && !this.unsubscribe) this.unsubscribe = subscribe(this.ticker);
    else if (!tick && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    } else if (tick && armed !== this.armed) reschedule();
    this.armed = armed;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'strike-countdown-phase': CustomEvent<PhaseDetail>;
  }
}
