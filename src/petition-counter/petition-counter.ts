import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigError } from '../core/errors.js';
import { formatDate, formatNumber } from '../core/format.js';
import { reducedMotion } from '../core/motion.js';
import { PollError, subscribe, type Subscription } from '../core/poller.js';
import { StrikeElement } from '../core/strike-element.js';
import { theme } from '../core/theme.js';
import { safeUrl } from '../core/url.js';
import { VisibilityController } from '../core/visibility.js';
import { crossed, nextMilestone } from './milestones.js';
import { styles } from './petition-counter.styles.js';
import {
  finished,
  parsePath,
  petitionUrl,
  readPath,
  readPetition,
  statusLines,
  toCount,
  type Petition,
} from './sources.js';

/** The properties whose change means reading the configuration again. */
const KEYS = ['petition', 'src', 'countPath', 'count', 'goalAttr', 'interval', 'href', 'notation'];

/** Milestones announced on this page (source + milestone): each is announced once, by one counter. */
const announced = new Set<string>();

/** An attribute that must be a number (commas allowed) above `min`; `undefined` when absent. */
function num(value: string | undefined, attribute: string, min: number, expected: string) {
  if (value == null) return;
  const n = +value.replace(/,/g, '');
  if (!value.trim() || !(n > min && n < 1e15)) {
    throw new ConfigError(attribute, `"${value}" is not ${expected}.`, expected);
  }
  return n;
}

/**
 * Shows a petition's signature count, live, with progress towards its goal. Reads a UK
 * Parliament petition (`petition`), any JSON (`src` + `count-path`) or a fixed `count`.
 *
 * @summary A live petition signature counter.
 * @tagname petition-counter
 * @slot - Fallback content, shown until the script runs.
 * @fires petition-counter-update - The count changed (the first read included): `detail: { count, previous }`.
 * @fires petition-counter-milestone - The count crossed a milestone or the goal: `detail: { milestone }`.
 * @fires petition-counter-error - A read failed or the configuration is wrong: `detail: { error }`.
 * @csspart base - The wrapper.
 * @csspart label - The title.
 * @csspart count - The count, or "count unavailable".
 * @csspart progress - The progress bar (a `<progress>`).
 * @csspart goal - The goal or next milestone.
 * @csspart status - The UK Parliament status lines (a list).
 * @csspart action - The link to sign.
 * @csspart updated - "Updated HH:MM", shown with the last good count after a failure.
 * @csspart error - The message shown when the configuration is wrong.
 * @cssprop --strike-accent - The count bar and the link's background.
 * @cssprop --strike-on-accent - The link's text.
 * @cssprop --strike-text - Text colour.
 * @cssprop --strike-muted - Secondary text (goal, status, updated).
 * @cssprop --strike-surface - Background.
 * @cssprop --strike-line - The border.
 * @cssprop --strike-font - Font family.
 * @cssprop --strike-font-size - Base font size.
 * @cssprop --strike-radius - Corner radius.
 * @cssprop --strike-petition-count-size - Size of the count (default 2em).
 */
export class PetitionCounter extends StrikeElement {
  static override tagName = 'petition-counter';
  static override styles = [theme, styles];

  /**
   * A UK Parliament petition: its number, or its URL on any host
   * (`https://petition.parliament.uk/petitions/700123`).
   */
  @property() petition?: string;
  /** Any other JSON source (with `count-path`). */
  @property() src?: string;
  /** Where the count is in `src`'s JSON: `data.attributes.signature_count`, `total`, `[0].count`. */
  @property({ attribute: 'count-path' }) countPath?: string;
  /** A fixed count, with no network at all. */
  @property() count?: string;
  /** The `goal` attribute as written: the target. Read `goal` for the goal in use. */
  @property({ attribute: 'goal' }) goalAttr?: string;
  /** Seconds between reads (default 60, at least 10; never sooner than the response's max-age). */
  @property() interval?: string;
  /** The title (default: the UK petition's own). */
  @property() label?: string;
  /** The link to sign (default: the UK petition's page). */
  @property() href?: string;
  /** The link's text (default "Sign the petition"). */
  @property({ attribute: 'action-text' }) actionText?: string;
  /** `standard` (default, "219,672") or `compact` ("220K"). */
  @property() notation?: string;

  private _value: number | null = null;
  private shown = 0;
  private at = 0;
  private err: Error | null = null;
  private uk?: Petition;
  private fault?: ConfigError;
  private key?: string;
  private kind?: 'uk' | 'src' | 'fixed';
  private url?: string;
  private steps: (string | number)[] = [];
  private secs = 60;
  private target?: number;
  private link?: string | null;
  private subs: Subscription[] = [];
  private raf = 0;
  private announce = '';
  private vis = new VisibilityController(this, () => this.subs.forEach((s) => s.update()));

  /** The last good count, or `null` before any. */
  get value(): number | null {
    return this._value;
  }

  /** The goal in use: the `goal` attribute, else the next milestone above the count (`null` before a count). */
  get goal(): number | null {
    return (
      this.target ?? (this._value == null ? null : nextMilestone(this._value, this.kind === 'uk'))
    );
  }

  /** A UK petition's state (`open`, `closed`, `rejected`); `null` before it is read and for other sources. */
  get state(): string | null {
    return this.uk?.state ?? null;
  }

  /** When the count shown was read, or `null`. */
  get updatedAt(): Date | null {
    return this.at ? new Date(this.at) : null;
  }

  /** The last failure (network, HTTP, data or configuration), or `null` since the last success. */
  get error(): Error | null {
    return this.err;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  protected override configure(changed: PropertyValues) {
    if (!this.hasUpdated || KEYS.some((k) => changed.has(k))) {
      try {
        this.setup();
      } catch (e) {
        this.stop();
        this.key = undefined;
        this.emit('error', { error: (this.err = this.fault = e as ConfigError) });
      }
    }
    if (this.fault) throw this.fault;
  }

  private setup() {
    this.fault = undefined;
    if (this.err instanceof ConfigError) this.err = null;
    const given = (['petition', 'src', 'count'] as const).filter((k) => this[k] != null);
    if (given.length !== 1) {
      throw new ConfigError(
        given.join(' and ') || 'petition',
        given.length ? 'are given together.' : 'is missing.',
        'one of petition, src or count',
      );
    }
    this.target = num(this.goalAttr, 'goal', 0, 'a positive number');
    const secs = Math.max(10, num(this.interval, 'interval', 0, 'a number of seconds') ?? 60);
    if (this.notation != null && !/^(standard|compact)$/.test(this.notation)) {
      throw new ConfigError('notation', `"${this.notation}" is unknown.`, 'standard or compact');
    }
    const kind = given[0] === 'petition' ? 'uk' : given[0] === 'count' ? 'fixed' : 'src';
    let url: string | undefined;
    if (kind === 'uk') url = petitionUrl(this.petition!, document.baseURI);
    if (kind === 'src') {
      url = safeUrl(this.src) ?? undefined;
      if (!url) throw new ConfigError('src', `"${this.src}" is not a URL.`, 'an https: URL');
      this.steps = parsePath(this.countPath ?? '');
    }
    const fixed = kind === 'fixed' ? toCount(this.count!.replace(/,/g, ''), 'count') : 0;
    this.link = this.href == null ? (kind === 'uk' ? url : null) : safeUrl(this.href);
    if (this.link === null && this.href != null) {
      throw new ConfigError('href', `"${this.href}" is not a URL.`, 'an https: URL');
    }
    const key = `${kind} ${url} ${this.countPath} ${secs}`;
    if (key !== this.key) {
      this.stop();
      Object.assign(this, {
        key,
        kind,
        url,
        secs,
        _value: null,
        at: 0,
        err: null,
        uk: undefined,
        announce: '',
      });
      this.listen();
    }
    if (kind === 'fixed') this.setValue(fixed, Date.now());
  }

  /** Starts reading the source, if it is one that is read and the element is connected. */
  private listen() {
    const url = this.url;
    if (this.subs.length || !url || this.fault || !this.isConnected) return;
    this.subs = [
      this.kind === 'src'
        ? this.feed(url, false, (json) =>
            toCount(readPath(json, this.steps), 'count-path', this.countPath),
          )
        : this.feed(`${url}.json`, true, (json) => {
            const p = (this.uk = readPetition(json));
            if (!finished(p) && !this.subs[1]) {
              this.subs.push(
                this.feed(
                  `${url}/count.json`,
                  false,
                  (j) => (this.uk = readPetition(j, this.uk)).count,
                  true,
                ),
              );
            }
            return p.count;
          }),
    ];
  }

  private feed(url: string, once: boolean, read: (json: unknown) => number, wait = false) {
    const vis = this.vis;
    return subscribe(
      url,
      {
        interval: this.secs,
        get active() {
          return vis.active;
        },
        data: (json, at) => {
          try {
            this.setValue(read(json), at);
          } catch (e) {
            this.fail(e);
          }
        },
        fail: (e) => this.fail(e),
      },
      once,
      wait,
    );
  }

  /** Stops every request and animation. */
  private stop() {
    this.subs.forEach((s) => s.stop());
    this.subs = [];
    cancelAnimationFrame(this.raf);
    this.shown = this._value ?? 0;
  }

  /** Fires `petition-counter-<name>` (documented with `@fires` above). */
  private emit(name: string, detail: object) {
    const event = new CustomEvent(`petition-counter-${name}`, {
      detail,
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(event);
  }

  private fail(e: unknown) {
    const error =
      e instanceof PollError && !e.retry
        ? new ConfigError(
            this.kind === 'uk' ? 'petition' : 'src',
            e.status < 300
              ? 'sent JSON that does not parse.'
              : `was answered with HTTP ${e.status}.`,
            'the URL of a JSON source that exists',
          )
        : (e as Error);
    this.err = error;
    if (error instanceof ConfigError) {
      // Final: no more requests. Before any count, the error view; after one, the stale count.
      this.stop();
      if (this._value == null) this.fault = error;
    }
    this.emit('error', { error });
    this.requestUpdate();
  }

  private setValue(count: number, at: number) {
    if (at < this.at) return;
    const previous = this._value;
    this.at = at;
    this.err = null;
    if (count !== previous) {
      this._value = count;
      this.roll(previous, count);
      this.emit('update', { count, previous });
      const milestone = crossed(previous, count, this.kind === 'uk', this.target);
      if (milestone) {
        this.emit('milestone', { milestone });
        const id = `${this.url} ${milestone}`;
        if (!announced.has(id)) {
          announced.add(id);
          this.announce = this.locale.terms.petition.reached(this.phrase(milestone));
        }
      }
    }
    this.requestUpdate();
  }

  /** Rolls the shown number up to `to` (at once the first time and under reduced motion). */
  private roll(from: number | null, to: number) {
    cancelAnimationFrame(this.raf);
    if (from == null || reducedMotion() || !this.isConnected) {
      this.shown = to;
      return;
    }
    let t0 = 0;
    const step = (t: number) => {
      t0 ||= t;
      const p = Math.min(1, (t - t0) / 1000);
      this.shown = Math.round(from + (to - from) * (1 - (1 - p) ** 3));
      this.requestUpdate();
      if (p < 1) this.raf = requestAnimationFrame(step);
    };
    this.raf = requestAnimationFrame(step);
  }

  /** "100,000 signatures", in the language and the notation given. */
  private phrase(n: number, options?: Intl.NumberFormatOptions) {
    return `${formatNumber(this.locale, n, options)} ${this.locale.terms.petition.signatures(n)}`;
  }

  protected override renderContent() {
    const t = this.locale.terms.petition;
    const v = this._value;
    const goal = this.goal!;
    const compact = this.notation === 'compact' ? ({ notation: 'compact' } as const) : undefined;
    const title = this.label || this.uk?.action;
    const lines = this.uk ? statusLines(this.uk, Date.now()) : [];
    const date = (d = 0) =>
      formatDate(this.locale, d, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/London',
      });
    return html`${title ? html`<p part="label" class="label">${title}</p>` : nothing}
      ${
        v == null
          ? html`<p part="count" class="count">
              ${this.err ? t.unavailable : html`<span class="sr-only">${t.loading}</span>`}
            </p>`
          : html`<p part="count" class="count">
                <span aria-hidden="true"
                  >${formatNumber(this.locale, this.shown, compact)}
                  <small>${t.signatures(v)}</small></span
                ><span class="sr-only">${this.phrase(v)}</span>
              </p>
              <progress
                part="progress"
                max=${goal}
                .value=${Math.min(v, goal)}
                aria-label=${t.progress(this.phrase(goal))}
              ></progress>
              <p part="goal" class="goal">
                ${(this.target ? t.goal : t.next)(this.phrase(goal, compact))}
              </p>`
      }
      ${
        lines.length
          ? html`<ul part="status">
              ${lines.map(([k, d]) => {
                const term = t[k];
                return html`<li>${typeof term === 'string' ? term : term(date(d))}</li>`;
              })}
            </ul>`
          : nothing
      }
      ${this.link ? html`<a part="action" href=${this.link}>${this.actionText || t.sign}</a>` : nothing}
      ${
        v != null && this.err
          ? html`<p part="updated" class="updated">
              ${t.updated(formatDate(this.locale, this.at, { hour: '2-digit', minute: '2-digit' }))}
            </p>`
          : nothing
      }
      <p class="sr-only" role="status">${this.announce}</p>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'petition-counter-update': CustomEvent<{ count: number; previous: number | null }>;
    'petition-counter-milestone': CustomEvent<{ milestone: number }>;
    'petition-counter-error': CustomEvent<{ error: Error }>;
  }
}
