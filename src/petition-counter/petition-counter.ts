import { html, nothing, type PropertyValues } from 'lit';
import { ConfigError, toConfigError } from '../core/errors.js';
import { formatDate, formatNumber } from '../core/format.js';
import { reducedMotion } from '../core/motion.js';
import { subscribe, type PollError, type Subscriber, type Subscription } from '../core/poller.js';
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
  wrong,
  type Petition,
} from './sources.js';

/** Milestones announced on this page (source + milestone): each is announced once, by one counter. */
const announced = new Set<string>();

/**
 * An attribute that must be a positive number (commas allowed); `undefined` when absent.
 * Set from script, it may be a number.
 */
function positive(value: string | number | undefined, attribute: string) {
  if (value == null) return;
  const n = +`${value}`.replace(/,/g, '');
  if (n > 0 && n < 1e15) return n;
  throw wrong(attribute, value, 'a positive number');
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

  static override properties = {
    petition: {},
    src: {},
    countPath: { attribute: 'count-path' },
    count: {},
    goalAttr: { attribute: 'goal' },
    interval: {},
    label: {},
    href: {},
    actionText: { attribute: 'action-text' },
    notation: {},
  };

  /**
   * A UK Parliament petition: its number, or its URL on any host
   * (`https://petition.parliament.uk/petitions/700123`).
   */
  declare petition?: string;
  /** Any other JSON source (with `count-path`). */
  declare src?: string;
  /** Where the count is in `src`'s JSON: `data.attributes.signature_count`, `total`, `[0].count`. */
  declare countPath?: string;
  /** A fixed count (digits, commas allowed, or a number), with no network at all. */
  declare count?: string | number;
  /** The `goal` attribute as written (or a number): the target. Read `goal` for the goal in use. */
  declare goalAttr?: string | number;
  /** Seconds between reads (default 60, at least 10; never sooner than the response's max-age). */
  declare interval?: string | number;
  /** The title (default: the UK petition's own). */
  declare label?: string;
  /** The link to sign (default: the UK petition's page). */
  declare href?: string;
  /** The link's text (default "Sign the petition"). */
  declare actionText?: string;
  /** `standard` (default, "219,672") or `compact` ("220K"). */
  declare notation?: string;

  /** The last good count. */
  private last: number | null = null;
  /** The number on screen, rolling up to `last`. */
  private shown?: number;
  /** When `last` was read. */
  private at?: Date;
  private err: Error | null = null;
  /** The UK petition as read so far. */
  private uk?: Petition;
  /** The source and interval being read; undefined while the configuration is wrong. */
  private key?: string;
  private url?: string;
  private secs?: number;
  private target?: number;
  private link?: string | null;
  private subs: Subscription[] = [];
  private raf?: number;
  /** The milestone to announce. */
  private reached?: number;
  private vis = new VisibilityController(this, () => this.subs.forEach((s) => s.update()));

  /** The last good count, or `null` before any. */
  get value(): number | null {
    return this.last;
  }

  /** The goal in use: the `goal` attribute, else the next milestone above the count (`null` before a count). */
  get goal(): number | null {
    return (
      this.target ?? (this.last == null ? null : nextMilestone(this.last, this.petition != null))
    );
  }

  /** A UK petition's state (`open`, `closed`, `rejected`); `null` before it is read and for other sources. */
  get state(): string | null {
    return this.uk?.state ?? null;
  }

  /** When the count shown was read, or `null`. */
  get updatedAt(): Date | null {
    return this.at ?? null;
  }

  /** The last failure (network, HTTP, data or configuration), or `null` since the last success. */
  get error(): Error | null {
    return this.err;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  protected override configure(changed: PropertyValues) {
    // Any change but the language (and a frame of the roll-up, which changes nothing).
    if (!this.hasUpdated || [...changed.keys()].some((k) => k !== 'locale')) {
      try {
        const given = (['petition', 'src', 'count'] as const).filter((k) => this[k] != null);
        if (given.length !== 1) {
          throw new ConfigError(
            given.join(' and ') || 'petition',
            given[0] ? 'are given together.' : 'is missing.',
            'one of petition, src or count',
          );
        }
        this.target = positive(this.goalAttr, 'goal');
        const secs = Math.max(10, positive(this.interval, 'interval') ?? 60);
        if (!/^(standard|compact)?$/.test(this.notation ?? '')) {
          throw wrong('notation', this.notation, 'standard or compact');
        }
        let url: string | null | undefined;
        let fixed: number | undefined;
        if (this.petition != null) url = petitionUrl(this.petition);
        else if (this.src != null) {
          parsePath(this.countPath ?? '');
          if (!(url = safeUrl(this.src))) throw wrong('src', this.src, 'an http(s) URL');
        } else fixed = toCount(`${this.count}`.replace(/,/g, ''), 'count');
        this.link = this.href == null ? (this.petition != null ? url : '') : safeUrl(this.href);
        if (this.link == null) throw wrong('href', this.href, 'an http(s) URL');
        const key = `${given} ${url} ${this.countPath} ${secs}`;
        // A new source, or a retry after one failed for good: start again.
        if (key !== this.key || this.err instanceof ConfigError) this.reset(key, url!, secs);
        if (fixed != null) this.set(fixed, new Date());
      } catch (e) {
        this.reset();
        this.emit('error', { error: (this.err = toConfigError(e)) });
      }
    }
    const url = this.url;
    if (!this.subs.length && url && this.isConnected && !(this.err instanceof ConfigError)) {
      const uk = this.petition != null;
      const vis = this.vis;
      const sub: Subscriber = {
        interval: this.secs!,
        get active() {
          return vis.active;
        },
        data: (json, at) => {
          try {
            let count: number;
            if (uk) {
              const p = (this.uk = readPetition(json, this.uk));
              // Closed, rejected or archived: read once, never polled.
              if (finished(p)) this.subs[1]?.stop();
              count = p.count;
            } else {
              const path = this.countPath ?? '';
              count = toCount(readPath(json, parsePath(path)), 'count-path', path);
            }
            this.set(count, new Date(at));
          } catch (e) {
            this.fail(e);
          }
        },
        fail: (e) => this.fail(e),
      };
      // A UK petition: its JSON once (title, state, dates, first count), and count.json polled
      // from one interval on (stopped above when the petition is not open).
      this.subs = uk
        ? [subscribe(`${url}.json`, sub, true), subscribe(`${url}/count.json`, sub, false, true)]
        : [subscribe(url, sub)];
    }
    // Bad configuration, or a source that failed for good before any count: the error view.
    if (this.last == null && this.err instanceof ConfigError) throw this.err;
  }

  /** Stops reading and forgets what was read: for a new source, or none (`key` undefined). */
  private reset(key?: string, url?: string, secs?: number) {
    this.stop();
    Object.assign(this, {
      key,
      url,
      secs,
      last: null,
      at: undefined,
      err: null,
      uk: undefined,
      reached: 0,
    });
  }

  /** Stops every request and animation. */
  private stop() {
    this.subs.forEach((s) => s.stop());
    this.subs = [];
    cancelAnimationFrame(this.raf!);
    this.shown = this.last!;
  }

  /** Fires `petition-counter-<name>` (documented with `@fires` above). */
  private emit(name: string, detail: object) {
    this.dispatchEvent(
      new CustomEvent(`petition-counter-${name}`, { detail, bubbles: true, composed: true }),
    );
  }

  private fail(e: unknown) {
    const { status, retry } = e as PollError;
    // A final HTTP or JSON failure is the source's fault: a configuration error.
    const error = (this.err =
      retry === false
        ? new ConfigError(
            this.petition != null ? 'petition' : 'src',
            status > 299 ? `got HTTP ${status}.` : 'got JSON that does not parse.',
            'a URL of JSON that exists',
          )
        : (e as Error));
    // Final: no more requests. Before any count, the error view; after one, the stale count.
    if (error instanceof ConfigError) this.stop();
    this.emit('error', { error });
    this.requestUpdate();
  }

  private set(count: number, at: Date) {
    if (at < this.at!) return;
    const from = this.last;
    this.at = at;
    this.err = null;
    if (count !== from) {
      this.last = count;
      this.emit('update', { count, previous: from });
      const milestone = crossed(from, count, this.petition != null, this.target);
      if (milestone) {
        this.emit('milestone', { milestone });
        // Announced once on the page, however many counters show this source.
        const id = `${this.url} ${milestone}`;
        if (!announced.has(id)) (announced.add(id), (this.reached = milestone));
      }
      // Roll up to the new count (at once the first time and under reduced motion).
      cancelAnimationFrame(this.raf!);
      if (from == null || reducedMotion() || !this.isConnected) this.shown = count;
      else {
        let t0 = 0;
        const step = (t: number) => {
          const p = Math.min(1, (t - (t0 ||= t)) / 1000);
          this.shown = Math.round(from + (count - from) * (1 - (1 - p) ** 3));
          this.requestUpdate();
          if (p < 1) this.raf = requestAnimationFrame(step);
        };
        this.raf = requestAnimationFrame(step);
      }
    }
    this.requestUpdate();
  }

  protected override renderContent() {
    const { locale, last: v, err } = this;
    const t = locale.terms.petition;
    const goal = this.goal!;
    const compact = this.notation === 'compact' ? ({ notation: 'compact' } as const) : undefined;
    /** "100,000 signatures", in the notation given. */
    const say = (n: number, options?: Intl.NumberFormatOptions) =>
      `${formatNumber(locale, n, options)} ${t.signatures(n)}`;
    const title = this.label || this.uk?.action;
    const lines = this.uk ? statusLines(this.uk, Date.now()) : [];
    return html`${title && html`<p part="label">${title}</p>`}
      ${
        v == null
          ? html`<p part="count">
              ${err ? t.unavailable : html`<span class="sr-only">${t.loading}</span>`}
            </p>`
          : html`<p part="count">
                <span aria-hidden="true"
                  >${formatNumber(locale, this.shown!, compact)}
                  <small>${t.signatures(v)}</small></span
                ><span class="sr-only">${say(v)}</span>
              </p>
              <progress
                part="progress"
                max=${goal}
                .value=${Math.min(v, goal)}
                aria-label=${t.progress(say(goal))}
              ></progress>
              <p part="goal">${(this.target ? t.goal : t.next)(say(goal, compact))}</p>`
      }
      ${
        lines[0]
          ? html`<ul part="status">
              ${lines.map(([k, d]) => {
                const term = t[k];
                const text =
                  typeof term === 'string'
                    ? term
                    : term(
                        formatDate(locale, d!, {
                          day: 'numeric',
                          month: 'long',
                          year: 'numeric',
                          timeZone: 'Europe/London',
                        }),
                      );
                return html`<li>${text}</li>`;
              })}
            </ul>`
          : nothing
      }
      ${this.link && html`<a part="action" href=${this.link}>${this.actionText || t.sign}</a>`}
      ${
        v != null && err
          ? html`<p part="updated">
              ${t.updated(formatDate(locale, this.at!, { timeStyle: 'short' }))}
            </p>`
          : nothing
      }
      <p class="sr-only" role="status">${this.reached ? t.reached(say(this.reached)) : ''}</p>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'petition-counter-update': CustomEvent<{ count: number; previous: number | null }>;
    'petition-counter-milestone': CustomEvent<{ milestone: number }>;
    'petition-counter-error': CustomEvent<{ error: Error }>;
  }
}
