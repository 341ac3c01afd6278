import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from '../core/decorators.js';
import { AnnouncementController } from '../core/announcement.js';
import { ConfigError, toConfigError } from '../core/errors.js';
import { formatDate, formatNumber } from '../core/format.js';
import { ReservedHeightController } from '../core/first-render.js';
import { PollController, PollError, type PollSource } from '../core/poller.js';
import { StrikeElement } from '../core/strike-element.js';
import { theme } from '../core/theme.js';
import { readConfig, type CounterConfig } from './config.js';
import { crossed, nextMilestone } from './milestones.js';
import { styles } from './petition-counter.styles.js';
import { RollController } from './roll-controller.js';
import {
  finished,
  readPath,
  readPetition,
  statusLines,
  toCount,
  type Petition,
  type StatusKey,
} from './sources.js';
import * as en from '../locales/en.js';
import * as cy from '../locales/cy.js';
import type { Locale } from '../core/locale.js';

/** The petition's texts in the widget's language. */
const termsFor = (locale: Locale): en.PetitionTerms =>
  locale.textLang === 'cy' ? cy.petition : en.petition;

/** The `detail` of `petition-counter-update`. */
export interface UpdateDetail {
  /** The new count. */
  count: number;
  /** The count before, or `null` on the first reading. */
  previous: number | null;
}

/** The `detail` of `petition-counter-milestone`. */
export interface MilestoneDetail {
  /** The highest milestone (or the goal) crossed. */
  milestone: number;
}

/** The `detail` of `petition-counter-error`. */
export interface ErrorDetail {
  /** What went wrong: a `ConfigError` (configuration, or a source that is wrong for good) or a `PollError`. */
  error: Error;
}

export type { CounterConfig, Petition, StatusKey };

/** Milestones announced on this page (source + milestone): each is announced once, by one counter. */
const announced = new Set<string>();

/** The properties whose change means reading the configuration again. */
const CONFIGURATION = [
  'petition',
  'src',
  'countPath',
  'count',
  'goalAttr',
  'interval',
  'label',
  'href',
  'actionText',
  'notation',
] as const;

/** Dates in status lines: "20 May 2027", as in London, where Parliament sits. */
const STATUS_DATE: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
};

/**
 * Shows a petition's signature count, live, with progress towards its goal. Reads a UK
 * Parliament petition (`petition`), any JSON (`src` + `count-path`) or a fixed `count`.
 *
 * A closed, rejected or archived petition shows its final count and status, with no link to
 * sign and no next milestone; a `goal` the author set stays, with its bar.
 *
 * @summary A live petition signature counter.
 * @tagname petition-counter
 * @slot - Fallback content, shown until the script runs, and under the notice when the configuration is wrong.
 * @fires {CustomEvent<UpdateDetail>} petition-counter-update - The count changed (the first read included).
 * @fires {CustomEvent<MilestoneDetail>} petition-counter-milestone - The count crossed a milestone or the goal.
 * @fires {CustomEvent<ErrorDetail>} petition-counter-error - A read failed or the configuration is wrong.
 * @csspart base - The wrapper.
 * @csspart label - The title.
 * @csspart count - The count, or "count unavailable".
 * @csspart progress - The progress bar (a `<progress>`).
 * @csspart goal - The goal or next milestone.
 * @csspart status - The UK Parliament status lines (a list).
 * @csspart action - The link to sign.
 * @csspart updated - "Updated HH:MM", shown with the last good count after a failure.
 * @csspart error - The message shown when the configuration is wrong.
 * @cssprop [--strike-accent=light-dark(#b3152b, #ff8a8a)] - The progress bar (the browser's own, in this colour) and the link's background.
 * @cssprop [--strike-on-accent=light-dark(#fff, #1c1b1f)] - The link's text.
 * @cssprop [--strike-text=light-dark(#1c1b1f, #f1eff4)] - Text colour.
 * @cssprop [--strike-muted=light-dark(#55525b, #c4c0cc)] - Secondary text (goal, status, updated).
 * @cssprop [--strike-surface=light-dark(#fff, #1f1e24)] - Background.
 * @cssprop [--strike-line=light-dark(#c9c5cf, #5b5863)] - The border.
 * @cssprop [--strike-font=system-ui, sans-serif] - Font family.
 * @cssprop [--strike-font-size=medium] - Base font size.
 * @cssprop [--strike-radius=0.5em] - Corner radius.
 * @cssprop [--strike-color-scheme=light dark] - The colour schemes the defaults may take: `light dark` follows the visitor's `prefers-color-scheme`; `light` or `dark` keeps one, for a site that has only that one.
 * @cssprop [--strike-petition-count-size=2em] - Size of the count.
 */
export class PetitionCounter extends StrikeElement {
  static override tagName = 'petition-counter';
  static override styles = [theme, styles];

  /** A UK Parliament petition: its number, or its URL on any host (a string or a `URL`). */
  @property() petition?: string | number | URL;

  /** Any other JSON source (a string or a `URL`), with `count-path`. */
  @property() src?: string | URL;

  /** Where the count is in `src`'s JSON: `data.attributes.signature_count`, `total`, `[0].count`. */
  @property({ attribute: 'count-path' }) countPath = '';

  /** A fixed count (a number, or digits with commas), with no network at all. */
  @property() count?: string | number;

  /** The `goal` attribute as written (or a number): the target. Read `goal` for the goal in use. */
  @property({ attribute: 'goal' }) goalAttr?: string | number;

  /** Seconds between reads (at least 10; never sooner than the response's max-age). */
  @property() interval: string | number = 60;

  /** The title (default: the UK petition's own). */
  @property() label = '';

  /**
   * The link to sign (a string or a `URL`).
   * @default the UK petition's page; none for other sources
   */
  @property() href?: string | URL;

  /**
   * The link's text.
   * @default "Sign the petition", in the page's language
   */
  @property({ attribute: 'action-text' }) actionText = '';

  /** `standard` ("219,672") or `compact` ("220K"). */
  @property() notation: 'standard' | 'compact' = 'standard';

  /** The last good count. */
  @state() private lastCount: number | null = null;
  /** When the last good count was read. */
  @state() private readAt: Date | null = null;
  /** The last failure, since the last success. */
  @state() private lastError: Error | null = null;
  /** The UK petition as read so far. */
  @state() private petitionData?: Petition;
  /** The milestone to announce. */
  @state() private reachedMilestone?: number;

  /** The configuration in use; undefined while it is wrong. */
  #config?: CounterConfig;
  /** What is being read (kind, URL, path, interval); a change means starting again. */
  #sourceKey?: string;

  readonly #roll = new RollController(this);
  readonly #poller = new PollController(this, {
    data: (_url, json, at) => this.#onData(json, at),
    fail: (url, error) => this.#onFail(url, error),
  });

  readonly #announcement: AnnouncementController;

  constructor() {
    super();
    // A `goal` set before the tag was defined (a script ahead of a deferred widget script) sits
    // on the element itself and would hide the setter: it is handed to the setter, as Lit does
    // for its own properties.
    if (Object.hasOwn(this, 'goal')) {
      const target = (this as { goal: unknown }).goal;
      delete (this as { goal?: unknown }).goal;
      this.goal = target as string | number | null | undefined;
    }
    // The milestone's announcement is said once, then emptied.
    this.#announcement = new AnnouncementController(
      this,
      () => (this.reachedMilestone = undefined),
    );
    // Until the first count (or the failure to read one) it holds the space reserved for it.
    new ReservedHeightController(
      this,
      () => this.lastCount === null && !this.lastError && !this.problem,
    );
  }

  /** The last good count, or `null` before any. */
  get value(): number | null {
    return this.lastCount;
  }

  /**
   * The goal in use: the `goal` attribute, else the next milestone above the count (`null`
   * before a count, and for a petition that is not open any more). Setting it sets the target,
   * as the attribute does (`goalAttr`): React 19 and Vue set a property the element has rather
   * than the attribute of that name, so `goal={250000}` must not be lost, nor throw.
   */
  get goal(): number | null {
    if (this.#config?.goal) return this.#config.goal;
    if (this.lastCount === null || this.#isFinished()) return null;
    return nextMilestone(this.lastCount, { ukParliament: this.#config?.kind === 'petition' });
  }

  set goal(target: string | number | null | undefined) {
    this.goalAttr = target ?? undefined;
  }

  /** A UK petition's state (`open`, `closed`, `rejected`); `null` before it is read and for other sources. */
  get state(): string | null {
    return this.petitionData?.state ?? null;
  }

  /** When the count shown was read, or `null`. */
  get updatedAt(): Date | null {
    return this.readAt;
  }

  /** The last failure (network, HTTP, data or configuration), or `null` since the last success. */
  get error(): Error | null {
    return this.lastError;
  }

  #isFinished() {
    return this.petitionData !== undefined && finished(this.petitionData);
  }

  protected override configure(changed: PropertyValues) {
    const configurationChanged = CONFIGURATION.some((key) => changed.has(key));
    if (!this.hasUpdated || configurationChanged) this.#readConfiguration();
    // Bad configuration, or a source that is wrong, before any count: the error view.
    if (this.lastCount === null && this.lastError instanceof ConfigError) throw this.lastError;
  }

  #readConfiguration() {
    let config: CounterConfig;
    try {
      config = readConfig({
        petition: this.petition,
        src: this.src,
        countPath: this.countPath,
        count: this.count,
        goal: this.goalAttr,
        interval: this.interval,
        label: this.label,
        href: this.href,
        actionText: this.actionText,
        notation: this.notation,
      });
    } catch (error) {
      this.#stopSource();
      this.#config = undefined;
      this.#reportFailure(toConfigError(error));
      return;
    }
    this.#config = config;
    const sourceKey = [config.kind, config.url, config.countPath, config.interval].join(' ');
    // A new source, or a retry after one failed for good: start again.
    if (sourceKey !== this.#sourceKey) this.#startSource(sourceKey, config);
    if (config.fixedCount !== undefined) this.#accept(config.fixedCount, new Date());
  }

  /** Forgets what was read and reads the configured source from now on. */
  #startSource(sourceKey: string, config: CounterConfig) {
    this.#stopSource();
    this.#sourceKey = sourceKey;
    this.#poller.poll(this.#sourcesOf(config), config.interval);
  }

  /**
   * What to read: a UK petition's JSON once (title, state, dates, first count) and its small
   * count.json from one interval on (stopped once the petition is not open); `src`; or nothing.
   */
  #sourcesOf(config: CounterConfig): PollSource[] {
    const { kind, url } = config;
    if (kind === 'petition') {
      return [
        { url: `${url}.json`, options: { readOnce: true } },
        { url: `${url}/count.json`, options: { waitOneInterval: true } },
      ];
    }
    return kind === 'src' ? [{ url: url! }] : [];
  }

  /** Stops reading and forgets what was read. */
  #stopSource() {
    this.#poller.clear();
    this.#roll.reset();
    this.#sourceKey = undefined;
    this.lastCount = null;
    this.readAt = null;
    this.lastError = null;
    this.petitionData = undefined;
    this.reachedMilestone = undefined;
  }

  /** A body from `url`; `false` when the count in it cannot be read (the poller backs off). */
  #onData(json: unknown, at: number): boolean {
    try {
      this.#accept(this.#readCount(json), new Date(at));
      return true;
    } catch (error) {
      this.#reportFailure(toConfigError(error));
      return false;
    }
  }

  #readCount(json: unknown): number {
    const config = this.#config!;
    if (config.kind !== 'petition') {
      return toCount(readPath(json, config.countSteps), 'count-path', config.countPath);
    }
    this.petitionData = readPetition(json, this.petitionData);
    // Closed, rejected or archived: its count is final, never polled.
    if (finished(this.petitionData)) this.#poller.stop(`${config.url}/count.json`);
    return this.petitionData.count;
  }

  #onFail(url: string, error: PollError) {
    if (error.retry) {
      this.#reportFailure(error);
      return;
    }
    // Final (a 404, another 4xx): the source is wrong, so no more requests until the
    // configuration changes. Before any count, the error view; after one, the stale count.
    this.#poller.clear();
    this.#sourceKey = undefined;
    this.#reportFailure(this.#finalError(url, error));
  }

  /** A final failure as the configuration error it is, naming the attribute at fault. */
  #finalError(url: string, error: PollError): ConfigError {
    if (this.#config?.kind !== 'petition') {
      return new ConfigError('src', `${error.message}.`, 'the URL of JSON that exists');
    }
    if (error.status === 404) {
      const pageUrl = this.#config.url!;
      const petitionId = /\/(\d+)$/.exec(pageUrl)?.[1] ?? pageUrl;
      return new ConfigError(
        'petition',
        `petition ${petitionId} was not found (${url} answered HTTP 404).`,
        'the number or URL of a petition that exists',
      );
    }
    return new ConfigError('petition', `${error.message}.`, 'the URL of a petition that exists');
  }

  #reportFailure(error: Error) {
    this.lastError = error;
    this.emit('petition-counter-error', { error });
  }

  /** A good count, read at `at`. */
  #accept(count: number, at: Date) {
    const previous = this.lastCount;
    this.readAt = at;
    this.lastError = null;
    if (count === previous) return;
    this.lastCount = count;
    this.emit('petition-counter-update', { count, previous });
    this.#announceMilestone(previous, count);
    this.#roll.rollTo(count);
  }

  /** Fires the milestone event, and announces it once on the page however many counters show it. */
  #announceMilestone(previous: number | null, count: number) {
    const config = this.#config!;
    const milestone = crossed(previous, count, {
      ukParliament: config.kind === 'petition',
      goal: config.goal,
    });
    if (!milestone) return;
    this.emit('petition-counter-milestone', { milestone });
    const id = `${config.url ?? ''} ${milestone}`;
    if (announced.has(id)) return;
    announced.add(id);
    this.reachedMilestone = milestone;
    this.#announcement.announced();
  }

  /** "100,000 signatures", in the notation given (or standard). */
  #signatures(count: number, options?: Intl.NumberFormatOptions) {
    const terms = termsFor(this.locale);
    return `${formatNumber(this.locale, count, options)} ${terms.signatures(count)}`;
  }

  protected override renderContent() {
    const terms = termsFor(this.locale);
    const title = this.#config?.label || this.petitionData?.action;
    const reached = this.reachedMilestone;
    // An empty label takes no space.
    return html`<b part="label">${title}</b>
      ${this.#renderCount()} ${this.#renderProgress()} ${this.#renderStatus()}
      ${this.#renderAction()} ${this.#renderUpdated()}
      <p class="sr-only" role="status">
        ${reached ? terms.reached(this.#signatures(reached)) : ''}
      </p>`;
  }

  /** The count (rolling digits for the eye, the plain number for screen readers). */
  #renderCount() {
    const terms = termsFor(this.locale);
    const count = this.lastCount;
    if (count === null) {
      const waiting = html`<span class="sr-only">${terms.loading}</span>`;
      return html`<p part="count">${this.lastError ? terms.unavailable : waiting}</p>`;
    }
    const shown = formatNumber(this.locale, this.#roll.shown ?? count, {
      notation: this.#config?.notation,
    });
    return html`<p part="count">
      <span aria-hidden="true">${shown} <small>${terms.signatures(count)}</small></span
      ><span class="sr-only">${this.#signatures(count)}</span>
    </p>`;
  }

  /** The bar and the goal or next milestone (none for a finished petition without a goal). */
  #renderProgress() {
    const goal = this.goal;
    if (this.lastCount === null || goal === null) return nothing;
    const terms = termsFor(this.locale);
    const describeGoal = this.#config?.goal ? terms.goal : terms.next;
    const inNotation = this.#signatures(goal, { notation: this.#config?.notation });
    return html`<progress
        part="progress"
        max=${goal}
        value=${this.lastCount}
        aria-label=${terms.progress(this.#signatures(goal))}
      ></progress>
      <p part="goal">${describeGoal(inNotation)}</p>`;
  }

  /** The UK Parliament status lines, when there are any. */
  #renderStatus() {
    const lines = this.petitionData ? statusLines(this.petitionData, Date.now()) : [];
    if (lines.length === 0) return nothing;
    return html`<ul part="status">
      ${lines.map(([key, date]) => html`<li>${this.#statusText(key, date)}</li>`)}
    </ul>`;
  }

  #statusText(key: StatusKey, date?: number) {
    const term = termsFor(this.locale)[key];
    if (typeof term === 'string') return term;
    return term(formatDate(this.locale, date!, STATUS_DATE));
  }

  /** The link to sign, unless there is none or the petition is not open any more. */
  #renderAction() {
    const link = this.#config?.link;
    if (!link || this.#isFinished()) return nothing;
    const text = this.#config?.actionText || termsFor(this.locale).sign;
    return html`<a part="action" href=${link}>${text}</a>`;
  }

  /** "Updated 14:05": the time of the count shown, after a failure. */
  #renderUpdated() {
    if (this.lastCount === null || !this.lastError || !this.readAt) return nothing;
    const time = formatDate(this.locale, this.readAt, { timeStyle: 'short' });
    return html`<p part="updated">${termsFor(this.locale).updated(time)}</p>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'petition-counter-update': CustomEvent<UpdateDetail>;
    'petition-counter-milestone': CustomEvent<MilestoneDetail>;
    'petition-counter-error': CustomEvent<ErrorDetail>;
  }
  /** The tag `define()` gives it (a class defined under another name is typed by its author). */
  interface HTMLElementTagNameMap {
    'petition-counter': PetitionCounter;
  }
}
