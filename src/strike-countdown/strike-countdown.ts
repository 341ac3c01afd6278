import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../core/decorators.js';
import { ANNOUNCEMENT_MS } from '../core/announcement.js';
import { ConfigError } from '../core/errors.js';
import { formatDate, formatNumber } from '../core/format.js';
import { mayBeFarFromScreen } from '../core/first-render.js';
import { StrikeElement } from '../core/strike-element.js';
import { theme } from '../core/theme.js';
import { TickController } from '../core/ticker.js';
import { addressProblem, safeUrl } from '../core/url.js';
import { VisibilityController } from '../core/visibility.js';
import { CalendarFileController } from './calendar-file.js';
import { PreviewController } from './preview-controller.js';
import {
  describeType,
  parseDateTime,
  parseSchedule,
  phaseAt,
  readDateTime,
  readText,
  split,
  type DateTimeInput,
  type Phase,
  type PhaseInfo,
  type Schedule,
} from './schedule.js';
import { styles } from './strike-countdown.styles.js';
import * as en from '../locales/en.js';
import * as cy from '../locales/cy.js';
import type { Locale } from '../core/locale.js';

/** The countdown's texts in the widget's language. */
const termsFor = (locale: Locale): en.CountdownTerms =>
  locale.textLang === 'cy' ? cy.countdown : en.countdown;

export type { DateTimeInput, Phase, PhaseInfo, Schedule } from './schedule.js';

/** The detail of `strike-countdown-phase`. */
export interface PhaseDetail {
  /** The phase now. */
  phase: Phase | 'error';
  /** The round that is on or next, from 0 (-1 on error). */
  periodIndex: number;
}

/** The smallest unit a countdown shows. */
export type Precision = 'seconds' | 'minutes';

/** How start and end dates are written: in `timezone`, with its abbreviation. */
const DATE_FORMAT = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
} as const;

const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;
type Unit = (typeof UNITS)[number];

const UNIT_MS: Record<Precision, number> = { seconds: 1000, minutes: 60_000 };

/** The properties `configure()` reads: a change to anything else (a tick, the language) reads nothing. */
const CONFIGURATION = new Set<PropertyKey>([
  'start',
  'end',
  'periods',
  'timezone',
  'label',
  'href',
  'actionText',
  'afterHref',
  'afterActionText',
  'precision',
  'now',
]);

/** A link the widget offers: a safe URL and its text ('' for the localised default). */
interface Link {
  href: string;
  text: string;
}

/** What `configure()` read and checked, for the render to use as it is. */
interface Configuration {
  schedule: Schedule;
  precision: Precision;
  label: string;
  /** The call to action (`href`), offered until the last round is over. */
  action?: Link;
  /** The link offered after the last round (`after-href`). */
  afterAction?: Link;
  /** The instant shown, frozen (`now` or the preview), if the countdown does not tick. */
  frozenAt?: number;
  /** `frozenAt` comes from the address's `#strike-preview=`. */
  isPreview: boolean;
}

/** What the phase says: the visible message and the screen reader's sentence. */
interface Message {
  status: string;
  sentence: string;
}

/**
 * Counts down to a strike, shows that it is on while it is on, and what comes after. The time
 * left is computed from the clock at every render; all countdowns on a page share one timer.
 *
 * @summary A countdown to a strike, exact across time zones and daylight-saving changes.
 * @tagname strike-countdown
 * @fires {CustomEvent<PhaseDetail>} strike-countdown-phase - The phase or round changed (also for a boundary passed while the page was hidden).
 * @slot - Fallback content, shown until the script runs (and under the notice of a configuration error).
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
 * @csspart action - The call to action link (`href` before and during the strike, `after-href` after it).
 * @csspart calendar - The "add to calendar" (.ics) download link.
 * @csspart preview - The "preview" marker shown when the time is frozen by `#strike-preview=`.
 * @csspart error - The message shown when the configuration is wrong.
 * @cssstate skippable - The countdown is or has been far from the screen: the browser may skip its rendering while it is off screen (`content-visibility: auto`).
 * @cssprop [--strike-accent=light-dark(#b3152b, #ff8a8a)] - Accent colour (links, preview marker).
 * @cssprop [--strike-on-accent=light-dark(#fff, #1c1b1f)] - Text on the accent colour.
 * @cssprop [--strike-text=light-dark(#1c1b1f, #f1eff4)] - Text colour.
 * @cssprop [--strike-muted=light-dark(#55525b, #c4c0cc)] - Secondary text (unit names, dates).
 * @cssprop [--strike-surface=light-dark(#fff, #1f1e24)] - Background.
 * @cssprop [--strike-line=light-dark(#c9c5cf, #5b5863)] - Border of the number boxes.
 * @cssprop [--strike-font=system-ui, sans-serif] - Font family.
 * @cssprop [--strike-font-size=medium] - Base font size.
 * @cssprop [--strike-radius=0.5em] - Corner radius.
 * @cssprop [--strike-color-scheme=light dark] - The colour schemes the defaults may take: `light dark` follows the visitor's `prefers-color-scheme`; `light` or `dark` keeps one, for a site that has only that one.
 */
export class StrikeCountdown extends StrikeElement {
  static override tagName = 'strike-countdown';
  static override styles = [theme, styles];

  /** When the strike starts: ISO 8601 text (without an offset, wall-clock time in `timezone`; a date alone is 00:00 there), a `Date`, or ms since 1970. */
  @property() start: DateTimeInput = '';

  /** When it ends: a date-time (as `start`), or an ISO 8601 duration from `start` (`P2D`, `PT48H`). None: open-ended. */
  @property() end: DateTimeInput = '';

  /** Instead of start/end: ISO 8601 intervals (`start/end` or `start/duration`) separated by spaces or commas. */
  @property() periods = '';

  /** IANA zone for times without an offset and for showing dates. */
  @property() timezone = 'Europe/London';

  /** What is counted down to, e.g. "Junior doctors' strike"; also the calendar event's title. */
  @property() label = '';

  /** The call to action's link (http(s) or relative, or a `URL`), offered until the last round is over. */
  @property() href: string | URL = '';

  /**
   * The call to action's text.
   * @default "Find out more" (localised)
   */
  @property({ attribute: 'action-text' }) actionText = '';

  /** A link offered after the last round (http(s) or relative, or a `URL`), in place of `href`. */
  @property({ attribute: 'after-href' }) afterHref: string | URL = '';

  /**
   * The text of the link after the last round.
   * @default "Find out more" (localised)
   */
  @property({ attribute: 'after-action-text' }) afterActionText = '';

  /** Offer an "add to calendar" (.ics) file for the round(s), until the last one is over. */
  @property({ type: Boolean }) calendar = false;

  /** The smallest unit shown; the time left is rounded up to it. */
  @property() precision: Precision = 'seconds';

  /** Hide the element after the last round. */
  @property({ type: Boolean, attribute: 'hide-after', reflect: true }) hideAfter = false;

  /** Show the countdown as at this date-time (as `start`), frozen: for previews, stories, screenshots. */
  @property() now: DateTimeInput = '';

  /** What the configuration said, when it was last read; none until it reads without a problem. */
  #configuration?: Configuration;
  /** The problem the configuration had when it was last read, kept until it is read again. */
  #configurationProblem?: unknown;
  /** The phase and round last shown ("before 0"), to tell when they change. */
  #shownPhase?: string;
  /**
   * The sentence announced (politely) when the phase last changed after the first render, and
   * until when the live region holds it (see `ANNOUNCEMENT_MS`).
   */
  #announcement = { sentence: '', until: 0 };
  /** The dates written so far, for the configuration and language they were written in. */
  #dateTexts: { locale?: Locale; configuration?: Configuration; texts: Map<number, string> } = {
    texts: new Map(),
  };

  readonly #ticks = new TickController(this);
  readonly #preview = new PreviewController(this);
  readonly #calendarFile = new CalendarFileController(this);
  readonly #visibility = new VisibilityController(this, (active) =>
    this.#onVisibilityChange(active),
  );
  readonly #internals = this.attachInternals();

  /** The phase now: `before`, `during`, `between`, `after`, or `error`. */
  get phase(): Phase | 'error' {
    return this.#phaseNow()?.phase ?? 'error';
  }

  /** Ms to the next boundary (the next start before and between rounds, the end during one); 0 after; Infinity during an open-ended round. */
  get remaining(): number {
    return this.#phaseNow()?.remaining ?? 0;
  }

  /** The round that is on or next, from 0 (-1 on error). */
  get periodIndex(): number {
    return this.#phaseNow()?.periodIndex ?? -1;
  }

  /** Where the schedule is at the instant shown; undefined while there is a problem. */
  #phaseNow(): PhaseInfo | undefined {
    const configuration = this.#configuration;
    if (this.problem || !configuration) return undefined;
    return phaseAt(configuration.schedule, configuration.frozenAt ?? Date.now());
  }

  /** Where the schedule is for this update: worked out once, for the render and for `updated`. */
  #phaseThisUpdate?: PhaseInfo;

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.#phaseThisUpdate = this.#phaseNow();
    if (!this.hasUpdated && mayBeFarFromScreen(this)) this.#markSkippable();
  }

  /**
   * Back in sight, it renders (the time has moved on). Gone far from the screen, it stops ticking
   * and may be skipped, without a render: nobody sees what it shows. (A hidden page stops the
   * ticker by itself.)
   */
  #onVisibilityChange(active: boolean) {
    if (active) {
      this.requestUpdate();
    } else if (!this.#visibility.near) {
      this.#markSkippable();
      this.#ticks.need(this.#tickNeeds(this.#phaseThisUpdate));
    }
  }

  /**
   * Lets the browser skip the countdown's rendering while it is off screen (its styles). Older
   * browsers have no custom states: there every countdown is laid out, as it is without this.
   */
  #markSkippable() {
    this.#internals.states?.add('skippable');
  }

  protected override configure(changed: PropertyValues) {
    const needsReading =
      this.#preview.stale || [...changed.keys()].some((name) => CONFIGURATION.has(name));
    if (needsReading) {
      try {
        this.#configuration = this.#readConfiguration();
        this.#configurationProblem = undefined;
      } catch (problem) {
        this.#configuration = undefined;
        this.#configurationProblem = problem;
      }
    }
    // A tick, the language or the viewport changes nothing that was read: a problem stays.
    if (this.#configurationProblem) throw this.#configurationProblem;
  }

  /** Reads and checks every option; throws a ConfigError naming the first one at fault. */
  #readConfiguration(): Configuration {
    const schedule = parseSchedule(this);
    const label = readText(this.label, 'label');
    const action = this.#readLink('href', this.href, this.actionText, 'action-text');
    const afterAction = this.#readLink(
      'after-href',
      this.afterHref,
      this.afterActionText,
      'after-action-text',
    );
    const precision = this.#readPrecision();
    const preview = this.#readPreview(schedule.zone);
    const frozenAt = preview ?? this.#readNow(schedule.zone);
    return {
      schedule,
      precision,
      label,
      action,
      afterAction,
      frozenAt,
      isPreview: preview !== undefined,
    };
  }

  #readPrecision(): Precision {
    const precision: unknown = this.precision;
    if (precision === 'seconds' || precision === 'minutes') return precision;
    if (precision === null || precision === undefined || precision === '') return 'seconds';
    const shown = typeof precision === 'string' ? `"${precision}"` : `A ${describeType(precision)}`;
    throw new ConfigError('precision', `${shown} is not a unit.`, 'seconds or minutes');
  }

  /** A link from a URL attribute and its text attribute; none when the URL is empty. */
  #readLink(attribute: string, url: unknown, text: unknown, textAttribute: string) {
    const address = url instanceof URL ? url.href : readText(url, attribute, 'a URL');
    const linkText = readText(text, textAttribute);
    if (!address) return undefined;
    const problem = addressProblem(address);
    if (problem)
      throw new ConfigError(attribute, `"${address}" ${problem}`, 'an http(s) or relative URL');
    const href = safeUrl(address);
    if (!href)
      throw new ConfigError(
        attribute,
        `"${address}" is not a safe link.`,
        'an http(s) or relative URL',
      );
    return { href, text: linkText };
  }

  /** The instant in the address's `#strike-preview=`, if any and readable (else it is ignored). */
  #readPreview(zone: string): number | undefined {
    const preview = this.#preview.read();
    // Tested before parsing: an exception per countdown per update is slow with many on a page.
    if (!preview) return undefined;
    try {
      return parseDateTime(preview, zone);
    } catch {
      return undefined;
    }
  }

  #readNow(zone: string): number | undefined {
    const now: unknown = this.now;
    if (now === null || now === undefined || now === '') return undefined;
    return readDateTime(now, zone, 'now');
  }

  protected override renderContent(): TemplateResult {
    const configuration = this.#configuration!;
    const info = this.#phaseThisUpdate!;
    const message = this.#message(info);
    const now = Date.now();
    if (this.#shownPhase !== undefined && this.#shownPhase !== phaseKey(info))
      this.#announcement = { sentence: message.sentence, until: now + ANNOUNCEMENT_MS };
    const announced = now < this.#announcement.until ? this.#announcement.sentence : '';
    return html`${this.#renderPreview()}${this.#renderLabel(configuration.label)}
      <p class="sr-only">${message.sentence}</p>
      ${this.#renderStatus(info.phase, message.status)} ${this.#renderTimer(info)}
      <p part="dates" class="dates">${this.#datesText(info.periodIndex)}</p>
      ${this.#renderLinks(info.phase)}
      <p class="sr-only" aria-live="polite">${announced}</p>`;
  }

  /**
   * A date in the schedule's zone, in the widget's language. The texts are kept for the
   * configuration and language they were written in: a tick writes none again.
   */
  #formatDate(instant: number) {
    const { locale } = this;
    const configuration = this.#configuration!;
    if (this.#dateTexts.locale !== locale || this.#dateTexts.configuration !== configuration)
      this.#dateTexts = { locale, configuration, texts: new Map() };
    const { texts } = this.#dateTexts;
    let text = texts.get(instant);
    if (text === undefined) {
      text = formatDate(locale, instant, { ...DATE_FORMAT, timeZone: configuration.schedule.zone });
      texts.set(instant, text);
    }
    return text;
  }

  /** "Round 2 of 3: " when there are several rounds; '' otherwise. */
  #roundPrefix(periodIndex: number) {
    const count = this.#configuration!.schedule.periods.length;
    return count > 1 ? `${termsFor(this.locale).round(periodIndex + 1, count)}: ` : '';
  }

  /** The visible message of the phase, and the sentence a screen reader reads instead. */
  #message({ phase, periodIndex, remaining, day }: PhaseInfo): Message {
    const terms = termsFor(this.locale);
    const { periods } = this.#configuration!.schedule;
    const { start, end } = periods[periodIndex];
    if (phase === 'after')
      return { status: terms.after, sentence: terms.sayAfter(this.#formatDate(end!)) };
    const timeLeft = this.#biggestUnitText(remaining);
    if (phase === 'before' || phase === 'between') {
      const status =
        phase === 'before' ? terms.before : terms.between(periodIndex + 1, periods.length);
      const sentence =
        this.#roundPrefix(periodIndex) + terms.sayBefore(this.#formatDate(start), timeLeft);
      return { status, sentence };
    }
    if (end !== undefined)
      return { status: terms.during, sentence: terms.sayDuring(this.#formatDate(end), timeLeft) };
    return {
      status: terms.duringDay(day!),
      sentence: terms.sayDuringDay(day!, this.#formatDate(start)),
    };
  }

  /** The time left in its biggest unit, e.g. "3 days" (for the sentence). */
  #biggestUnitText(remaining: number) {
    const parts = split(remaining, UNIT_MS[this.#configuration!.precision]);
    const biggest = UNITS.find((unit) => parts[unit] > 0) ?? 'seconds';
    return this.#unitText(biggest, parts[biggest]);
  }

  #unitText(unit: Unit, count: number) {
    return `${formatNumber(this.locale, count)} ${termsFor(this.locale)[unit](count)}`;
  }

  #renderPreview() {
    const { isPreview, frozenAt } = this.#configuration!;
    if (!isPreview) return nothing;
    const text = termsFor(this.locale).preview(this.#formatDate(frozenAt!));
    return html`<p part="preview" class="preview">${text}</p>`;
  }

  #renderLabel(label: string) {
    return label ? html`<p part="label" class="label">${label}</p>` : nothing;
  }

  /** A message of the author's came or went: whether the status line is hidden changes. */
  readonly #onSlotChange = () => this.requestUpdate();

  /**
   * The phase's message, in the slot of its name (between rounds there is no slot). The default
   * message is hidden from screen readers, since the sentence says it with the dates; a message
   * of the author's in the slot is read, since it may say more (where the picket is).
   */
  #renderStatus(phase: Phase, status: string) {
    if (phase === 'between') return html`<p part="status" aria-hidden="true">${status}</p>`;
    const authored = [...this.children].some((child) => child.slot === phase);
    const message = html`<slot name=${phase} @slotchange=${this.#onSlotChange}>${status}</slot>`;
    return authored
      ? html`<p part="status">${message}</p>`
      : html`<p part="status" aria-hidden="true">${message}</p>`;
  }

  /**
   * The ticking numbers, while there is a finite time left; each number in its own part. Days
   * show while there are any, seconds at the precision of seconds.
   */
  #renderTimer({ remaining }: PhaseInfo) {
    if (!showsNumbers(remaining)) return nothing;
    const { precision } = this.#configuration!;
    const { days, hours, minutes, seconds } = split(remaining, UNIT_MS[precision]);
    const terms = termsFor(this.locale);
    const count = (n: number) => formatNumber(this.locale, n);
    const daysView =
      days > 0
        ? html`<b part="days" class="number">${count(days)}</b> ${terms.days(days)}`
        : nothing;
    const secondsView =
      precision === 'seconds'
        ? html`<b part="seconds" class="number">${count(seconds)}</b> ${terms.seconds(seconds)}`
        : nothing;
    return html`<p role="timer" aria-live="off" class="timer">
      ${daysView}
      <b part="hours" class="number">${count(hours)}</b> ${terms.hours(hours)}
      <b part="minutes" class="number">${count(minutes)}</b> ${terms.minutes(minutes)}
      ${secondsView}
    </p>`;
  }

  /** "Round 2 of 3: Thursday 17 December at 08:00 GMT – Saturday 19 December at 08:00 GMT". */
  #datesText(periodIndex: number) {
    const { start, end } = this.#configuration!.schedule.periods[periodIndex];
    const until = end === undefined ? '' : ` – ${this.#formatDate(end)}`;
    return `${this.#roundPrefix(periodIndex)}${this.#formatDate(start)}${until}`;
  }

  /** The call to action (or, after the last round, the `after-href` link) and the calendar file. */
  #renderLinks(phase: Phase) {
    const { action, afterAction, label, schedule } = this.#configuration!;
    const terms = termsFor(this.locale);
    const isOver = phase === 'after';
    // After the last round there is nothing to act on and nothing to put in a calendar.
    const link = isOver ? afterAction : action;
    const linkView = link
      ? html`<a part="action" class="action" href=${link.href}>${link.text || terms.action}</a>`
      : nothing;
    if (!this.calendar || isOver) return linkView;
    const file = this.#calendarFile.url({
      periods: schedule.periods,
      summary: label || terms.calendar,
      url: action?.href,
    });
    return html`${linkView}
      <a part="calendar" class="calendar" href=${file} download="strike.ics">${terms.calendar}</a>`;
  }

  protected override updated() {
    // A problem found while rendering leaves no phase.
    const info = this.problem ? undefined : this.#phaseThisUpdate;
    const phase = info?.phase ?? 'error';
    const periodIndex = info?.periodIndex ?? -1;
    if (this.getAttribute('phase') !== phase) this.setAttribute('phase', phase);
    const shownPhase = info ? phaseKey(info) : 'error';
    if (this.#shownPhase !== undefined && shownPhase !== this.#shownPhase)
      this.emit('strike-countdown-phase', { phase, periodIndex });
    this.#shownPhase = shownPhase;
    this.#ticks.need(this.#tickNeeds(info));
  }

  /**
   * Ticks only while someone could see it and it is not frozen: every unit while the numbers
   * show, and at the next boundary (also the next day of an open-ended strike); and, seen or
   * not, when its announcement is to be cleared. The page being hidden is the ticker's
   * business: it stops, and ticks everyone on return.
   */
  #tickNeeds(info: PhaseInfo | undefined) {
    // An announcement is cleared on time, even in a frozen countdown.
    const { until } = this.#announcement;
    const clearing = until > Date.now() ? until : Infinity;
    const live = info && this.#visibility.near && this.#configuration?.frozenAt === undefined;
    if (!live) return { unit: Infinity, next: clearing };
    const unit = showsNumbers(info.remaining) ? UNIT_MS[this.#configuration!.precision] : Infinity;
    return { unit, next: Math.min(info.next, clearing) };
  }
}

/** The numbers show while the time left is finite and positive. */
const showsNumbers = (remaining: number) => Number.isFinite(remaining) && remaining > 0;

/** The phase and round together, e.g. "between 1": a change in either is a change of phase. */
const phaseKey = ({ phase, periodIndex }: PhaseInfo) => `${phase} ${periodIndex}`;

declare global {
  interface GlobalEventHandlersEventMap {
    'strike-countdown-phase': CustomEvent<PhaseDetail>;
  }
  /** The tag `define()` gives it (a class defined under another name is typed by its author). */
  interface HTMLElementTagNameMap {
    'strike-countdown': StrikeCountdown;
  }
}
