import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { ConfigError } from '../core/errors.js';
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

/** An attribute or property as a string, commas (thousands separators) dropped. */
const digits = (value: unknown) => `${value}`.replace(/,/g, '');

/** An attribute that must be a positive number (commas allowed); `undefined` when absent. */
function positive(value: unknown, attribute: string) {
  if (value == null) return;
  const n = +digits(value);
  if (n > 0) return n;
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
 * @cssprop --strike-accent - The progress bar (the browser's own, in this colour) and the link's background.
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
  #last: number | null = null;
  /** The number on screen, rolling up to `last`. */
  #shown?: number;
  /** When `last` was read. */
  #at: Date | null = null;
  #err: Error | null = null;
  /** The UK petition as read so far. */
  #uk?: Petition;
  /** Reading a UK petition (else `src`, or a fixed count). */
  #isUk?: boolean;
  /** The source and interval being read; undefined while the configuration is wrong. */
  #key?: string;
  /** The URL being read; undefined when there is none or it failed for good. */
  #url?: string;
  #secs?: number;
  #target?: number;
  #link?: string | null;
  #subs: Subscription[] = [];
  #raf?: number;
  /** The milestone to announce. */
  #reached?: number;
  #vis = new VisibilityController(this, () => this.#subs.forEach((s) => s.update()));

  /** The last good count, or `null` before any. */
  get value(): number | null {
    return this.#last;
  }

  /** The goal in use: the `goal` attribute, else the next milestone above the count (`null` before a count). */
  get goal(): number | null {
    return this.#target ?? (this.#last == null ? null : nextMilestone(this.#last, this.#isUk));
  }

  /** A UK petition's state (`open`, `closed`, `rejected`); `null` before it is read and for other sources. */
  get state(): string | null {
    return this.#uk?.state ?? null;
  }

  /** When the count shown was read, or `null`. */
  get updatedAt(): Date | null {
    return this.#at;
  }

  /** The last failure (network, HTTP, data or configuration), or `null` since the last success. */
  get error(): Error | null {
    return this.#err;
  }

  constructor() {
    super();
    this.addController({
      // Reading again when connected again (configure() subscribes); nothing while disconnected.
      hostConnected: () => this.requestUpdate(),
      hostDisconnected: () => this.#stop(),
    });
  }

  protected override configure(changed: PropertyValues) {
    // The first time, and any change but the language alone (a frame of the roll-up changes
    // nothing).
    if (!this.hasUpdated || changed.size > +changed.has('locale')) {
      try {
        const given = (['petition', 'src', 'count'] as const).filter((k) => this[k] != null);
        if (given.length !== 1) {
          throw new ConfigError(
            given.join(' and ') || 'petition',
            given[0] ? 'are given together.' : 'is missing.',
            'one of petition, src or count',
          );
        }
        const isUk = given[0] === 'petition';
        const linkTo = (k: 'src' | 'href') => {
          const url = safeUrl(this[k]);
          if (!url) throw wrong(k, this[k], 'an http(s) URL');
          return url;
        };
        this.#target = positive(this.goalAttr, 'goal');
        const secs = Math.max(10, positive(this.interval, 'interval') ?? 60);
        if (!/^(standard|compact)$/.test(this.notation ?? 'standard')) {
          throw wrong('notation', this.notation, 'standard or compact');
        }
        let url: string | undefined;
        if (isUk) url = petitionUrl(this.petition!);
        else if (this.src != null) {
          parsePath(this.countPath ?? '');
          url = linkTo('src');
        }
        this.#link = this.href != null ? linkTo('href') : isUk ? url : '';
        const key = `${given} ${url} ${this.countPath} ${secs}`;
        // A new source, or a retry after one failed for good: start again.
        if (key !== this.#key) this.#reset(key, url, secs, isUk);
        // A fixed count: no request at all.
        if (this.count != null) this.#set(toCount(digits(this.count), 'count'), new Date());
      } catch (e) {
        this.#reset();
        this.emit('petition-counter-error', { error: (this.#err = e as ConfigError) });
      }
    }
    const url = this.#url;
    if (url && !this.#subs[0] && this.isConnected) {
      const vis = this.#vis;
      const sub: Subscriber = {
        interval: this.#secs!,
        get active() {
          return vis.active;
        },
        data: (json, at) => {
          try {
            let count: number;
            if (this.#isUk) {
              const p = (this.#uk = readPetition(json, this.#uk));
              // Closed, rejected or archived: read once, never polled.
              if (finished(p)) this.#subs[1]?.stop();
              count = p.count;
            } else {
              const path = this.countPath ?? '';
              count = toCount(readPath(json, parsePath(path)), 'count-path', path);
            }
            this.#set(count, new Date(at));
          } catch (e) {
            this.#fail(e as Error);
          }
        },
        fail: (e) => this.#fail(e),
      };
      // A UK petition: its JSON once (title, state, dates, first count), and count.json polled
      // from one interval on (stopped above when the petition is not open).
      this.#subs = this.#isUk
        ? [subscribe(`${url}.json`, sub, true), subscribe(`${url}/count.json`, sub, false, true)]
        : [subscribe(url, sub)];
    }
    // Bad configuration, or a source that failed for good before any count: the error view.
    if (this.#last == null && this.#err instanceof ConfigError) throw this.#err;
  }

  /** Stops reading and forgets what was read: for a new source, or none (`key` undefined). */
  #reset(key?: string, url?: string, secs?: number, isUk?: boolean) {
    this.#stop();
    this.#key = key;
    this.#url = url;
    this.#secs = secs;
    this.#isUk = isUk;
    this.#last = this.#at = this.#err = null;
    this.#uk = undefined;
    this.#reached = 0;
  }

  /** Stops every request and animation. */
  #stop() {
    this.#subs.forEach((s) => s.stop());
    this.#subs = [];
    cancelAnimationFrame(this.#raf!);
    this.#shown = this.#last!;
  }

  #fail(e: Error) {
    // A final failure (HTTP 4xx, JSON that does not parse) is the source's fault: a configuration
    // error, naming the attribute.
    const error = (this.#err =
      (e as PollError).retry === false
        ? new ConfigError(
            this.#isUk ? 'petition' : 'src',
            `${e.message}.`,
            'the URL of JSON that exists',
          )
        : e);
    if (error instanceof ConfigError) {
      // Final: no more requests (until the configuration changes). Before any count, the error
      // view; after one, the stale count.
      this.#stop();
      this.#key = this.#url = undefined;
    }
    this.emit('petition-counter-error', { error });
    this.requestUpdate();
  }

  #set(count: number, at: Date) {
    const from = this.#last;
    this.#at = at;
    this.#err = null;
    if (count !== from) {
      this.#last = count;
      this.emit('petition-counter-update', { count, previous: from });
      const milestone = crossed(from, count, this.#isUk, this.#target);
      if (milestone) {
        this.emit('petition-counter-milestone', { milestone });
        // Announced once on the page, however many counters show this source.
        const id = this.#url! + milestone;
        if (!announced.has(id)) {
          announced.add(id);
          this.#reached = milestone;
        }
      }
      // Roll up to the new count (at once the first time and under reduced motion).
      cancelAnimationFrame(this.#raf!);
      if (from == null || reducedMotion()) this.#shown = count;
      else {
        let t0 = 0;
        const step = (t: number) => {
          const p = Math.min(1, (t - (t0 ||= t)) / 1000);
          // Easing out: fast, then slowing to the new count.
          this.#shown = Math.round(from + (count - from) * p * (2 - p));
          this.requestUpdate();
          if (p < 1) this.#raf = requestAnimationFrame(step);
        };
        this.#raf = requestAnimationFrame(step);
      }
    }
    this.requestUpdate();
  }

  protected override renderContent() {
    const { locale } = this;
    const v = this.#last;
    const err = this.#err;
    const t = locale.terms.petition;
    const goal = this.goal!;
    // `standard`, `compact` or (absent) Intl's default, standard.
    const notation = { notation: this.notation } as Intl.NumberFormatOptions;
    /** "100,000 signatures", in the notation given. */
    const say = (n: number, options?: Intl.NumberFormatOptions) =>
      `${formatNumber(locale, n, options)} ${t.signatures(n)}`;
    const title = this.label || this.#uk?.action;
    const lines = this.#uk ? statusLines(this.#uk, Date.now()) : [];
    // An empty label takes no space.
    return html`<b part="label">${title}</b>
      ${
        v == null
          ? html`<p part="count">
              ${err ? t.unavailable : html`<span class="sr-only">${t.loading}</span>`}
            </p>`
          : html`<p part="count">
                <span aria-hidden="true"
                  >${formatNumber(locale, this.#shown!, notation)}
                  <small>${t.signatures(v)}</small></span
                ><span class="sr-only">${say(v)}</span>
              </p>
              <progress
                part="progress"
                max=${goal}
                value=${v}
                aria-label=${t.progress(say(goal))}
              ></progress>
              <p part="goal">${(this.#target ? t.goal : t.next)(say(goal, notation))}</p>`
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
      ${this.#link && html`<a part="action" href=${this.#link}>${this.actionText || t.sign}</a>`}
      ${
        v != null && err
          ? html`<p part="updated">
              ${t.updated(formatDate(locale, this.#at!, { timeStyle: 'short' }))}
            </p>`
          : nothing
      }
      <p class="sr-only" role="status">${this.#reached ? t.reached(say(this.#reached)) : ''}</p>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'petition-counter-update': CustomEvent<{ count: number; previous: number | null }>;
    'petition-counter-milestone': CustomEvent<{ milestone: number }>;
    'petition-counter-error': CustomEvent<{ error: Error }>;
  }
}
