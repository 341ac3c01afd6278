/**
 * The page's one poller: however many elements read a URL, it is requested once per interval.
 *
 * Requests use the browser's HTTP cache and send no custom headers (no CORS preflight, no
 * cookies). A URL is requested no sooner than the smallest interval its subscribers ask for, nor
 * than the response's `Cache-Control: max-age`. Each request has a timeout (`REQUEST_TIMEOUT`,
 * headers and body together): one that stalls is aborted and counts as a failure.
 *
 * Failures that may pass (no answer, a timeout, 5xx, 408, 429, a body that is not JSON, a body a
 * subscriber cannot read) back off exponentially with full jitter, never sooner than
 * `Retry-After` when it is readable. They are counted per origin, not per URL: while an origin
 * fails, every URL on it waits for the same retry time, and only one request to that origin is
 * in flight at a time (so a petition's two URLs do not double the load on a failing API), and
 * `Retry-After` holds back every URL of the origin that sent it. A success resets the backoff.
 * Other 4xx are final: that URL is not requested again.
 *
 * Nothing is requested while no subscriber is active (page hidden, every element far
 * off-screen); when one becomes active again, a stale URL is requested at once. The last
 * subscriber to leave aborts any request in flight and clears the timers; an origin is
 * forgotten once no URL on it is read.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VisibilityController } from './visibility.js';

/** A failed request: the HTTP `status` (0: none), and whether the poller will `retry`. */
export class PollError extends Error {
  override name = 'PollError';
  constructor(
    message: string,
    /** The HTTP status, or 0 when there was no answer (network error, timeout). */
    readonly status: number,
    /** Whether the poller will request the URL again (with backoff). */
    readonly retry: boolean,
  ) {
    super(message);
  }
}

export interface Subscriber {
  /** Seconds between requests this subscriber wants. */
  readonly interval: number;
  /** Whether anyone could be looking (page visible, element near the viewport). */
  readonly active: boolean;
  /**
   * A body arrived at `at` (ms), or was already there when this subscriber joined. Returns
   * `false` when the subscriber cannot read it (an unreadable count): the poller then retries
   * with backoff, as after any failure that may pass.
   */
  data(json: unknown, at: number): boolean | void;
  fail(error: PollError): void;
}

export interface Subscription {
  /** Call when the subscriber's `active` changes. */
  update(): void;
  /** Leave; the last to leave stops everything for the URL. Calling it again does nothing. */
  stop(): void;
}

/** How a URL is read. */
export interface SubscribeOptions {
  /** Read the URL once (successfully) and never again, when the feed is new. */
  readOnce?: boolean;
  /** A new feed makes its first request after one interval instead of at once. */
  waitOneInterval?: boolean;
}

/** How long one request may take, headers and body together, before it is aborted (ms). */
export const REQUEST_TIMEOUT = 30_000;

/** The longest delay `setTimeout` keeps (2^31 - 1 ms); longer waits are re-armed. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;

/**
 * Seconds to wait after the `failures`th failure in a row: full jitter over an exponentially
 * growing window (capped at an hour), never less than `interval` nor `retryAfter`.
 */
export function backoff(failures: number, interval: number, retryAfter = 0, random = Math.random) {
  const window = Math.min(3600, interval * 2 ** failures);
  return Math.max(interval, retryAfter, random() * window);
}

/** `Retry-After` (seconds or an HTTP date) as seconds from `now`; 0 when absent or unreadable. */
export function retryAfter(value: string | null, now: number): number {
  if (value === null) return 0;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (!(seconds > 0)) return 0;
  return Math.min(seconds, 86_400);
}

/** `max-age` from a `Cache-Control` header, in seconds (0 when absent). */
export function maxAge(value: string | null): number {
  const match = /max-age=(\d+)/i.exec(value ?? '');
  return match ? Number(match[1]) : 0;
}

/** Statuses worth asking again: none (network error), 5xx, 408 Request Timeout, 429. */
const isRetryableStatus = (status: number) =>
  status === 0 || status === 408 || status === 429 || (status >= 500 && status <= 599);

/** What one request gave: a body, or an error, with the headers that time the next one. */
interface Reading {
  body?: unknown;
  error?: PollError;
  /** `Cache-Control: max-age`, seconds. */
  maxAge: number;
  /** `Retry-After`, seconds. */
  retryAfter: number;
}

/** What the poller knows of one origin: failures there hold back every URL on it. */
class Origin {
  /** The feeds reading URLs on this origin. */
  readonly feeds = new Set<Feed>();
  /** Failures in a row of requests to this origin. */
  failures = 0;
  /** No request to this origin before this time (ms): backoff or `Retry-After`. */
  retryAt = 0;
  /** Requests to this origin in flight. */
  inFlight = 0;

  /** Whether a request may start now: not before `retryAt`, and one at a time while failing. */
  mayRequest(now: number) {
    return now >= this.retryAt && (this.failures === 0 || this.inFlight === 0);
  }

  failed(interval: number, retryAfterSeconds: number, now: number) {
    this.failures++;
    const wait = backoff(this.failures, interval, retryAfterSeconds);
    this.retryAt = Math.max(this.retryAt, now + 1000 * wait);
  }

  /** The origin answered: the backoff restarts (a `Retry-After` still holds until its time). */
  answered() {
    this.failures = 0;
  }

  /**
   * Lets every feed on this origin look at its timing again; `last` (the feed that just asked)
   * goes last, so that when several are due at the same time another URL gets the next turn
   * and one failing URL does not keep the others waiting.
   */
  wake(last?: Feed) {
    this.feeds.forEach((feed) => {
      if (feed !== last) feed.schedule();
    });
    last?.schedule();
  }
}

/** The feed of each URL being read, and the state of each origin being read from. */
const feeds = new Map<string, Feed>();
const origins = new Map<string, Origin>();

function originOf(url: string) {
  const name = new URL(url, document.baseURI).origin;
  let origin = origins.get(name);
  if (!origin) {
    origin = new Origin();
    origins.set(name, origin);
  }
  return { name, origin };
}

/** One URL, read for all its subscribers. */
class Feed {
  readonly #url: string;
  readonly #originName: string;
  readonly #origin: Origin;
  readonly #readOnce: boolean;
  readonly #subscribers = new Set<Subscriber>();
  /** When the next request is due (ms); Infinity: never. */
  #due: number;
  #lastBody: unknown;
  #lastBodyAt = 0;
  #lastError?: PollError;
  #timer?: ReturnType<typeof setTimeout>;
  #requestTimeout?: ReturnType<typeof setTimeout>;
  #controller?: AbortController;
  #closed = false;

  constructor(url: string, options: SubscribeOptions, firstInterval: number) {
    this.#url = url;
    const { name, origin } = originOf(url);
    this.#originName = name;
    this.#origin = origin;
    this.#readOnce = options.readOnce ?? false;
    this.#due = options.waitOneInterval ? Date.now() + 1000 * firstInterval : 0;
    origin.feeds.add(this);
  }

  add(subscriber: Subscriber): Subscription {
    this.#subscribers.add(subscriber);
    this.#greet(subscriber);
    this.schedule();
    return {
      update: () => {
        if (this.#subscribers.has(subscriber)) this.schedule();
      },
      stop: () => {
        if (this.#subscribers.delete(subscriber) && this.#subscribers.size === 0) this.#close();
      },
    };
  }

  /** Gives a new subscriber what is known already, later, never from inside its own update. */
  #greet(subscriber: Subscriber) {
    const body = this.#lastBody;
    const bodyAt = this.#lastBodyAt;
    const error = this.#lastError;
    queueMicrotask(() => {
      if (!this.#subscribers.has(subscriber)) return;
      if (body !== undefined) subscriber.data(body, bodyAt);
      if (error) subscriber.fail(error);
    });
  }

  /** Sets the timer for the next request, if one is due and anyone could be looking. */
  schedule() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#closed || this.#controller || this.#due === Infinity) return;
    if (![...this.#subscribers].some((subscriber) => subscriber.active)) return;
    const wait = this.#nextRequestAt() - Date.now();
    this.#timer = setTimeout(() => this.#onTimer(), Math.min(Math.max(0, wait), MAX_TIMER_DELAY));
  }

  #nextRequestAt() {
    return Math.max(this.#due, this.#origin.retryAt);
  }

  #onTimer() {
    this.#timer = undefined;
    const now = Date.now();
    // A wait longer than a timer holds: arm again.
    if (now < this.#nextRequestAt()) return this.schedule();
    // Another URL is probing this failing origin; its answer wakes this feed.
    if (!this.#origin.mayRequest(now)) return;
    void this.#request();
  }

  /** The smallest interval any subscriber asks for. */
  #interval() {
    return Math.min(...[...this.#subscribers].map((subscriber) => subscriber.interval));
  }

  async #request() {
    const controller = new AbortController();
    this.#controller = controller;
    this.#origin.inFlight++;
    let timedOut = false;
    this.#requestTimeout = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, REQUEST_TIMEOUT);
    const reading = await this.#read(controller.signal, () => timedOut);
    // Left while the request was in flight: #close() aborted it and tidied up.
    if (this.#closed) return;
    clearTimeout(this.#requestTimeout);
    this.#controller = undefined;
    this.#origin.inFlight--;
    this.#settle(reading);
  }

  /** One request: the body as JSON, or the error, with the timing headers. */
  async #read(signal: AbortSignal, timedOut: () => boolean): Promise<Reading> {
    const url = this.#url;
    let status = 0;
    const reading: Reading = { maxAge: 0, retryAfter: 0 };
    try {
      const response = await fetch(url, { signal, credentials: 'omit' });
      status = response.status;
      reading.maxAge = maxAge(response.headers.get('cache-control'));
      reading.retryAfter = retryAfter(response.headers.get('retry-after'), Date.now());
      if (!response.ok) {
        reading.error = new PollError(
          `${url} answered HTTP ${status}`,
          status,
          isRetryableStatus(status),
        );
        return reading;
      }
      const text = await response.text();
      reading.body = JSON.parse(text);
    } catch (error) {
      reading.error = this.#describeFailure(error, status, timedOut());
    }
    return reading;
  }

  /** A failure in words of our own (the browsers' differ), always worth another try. */
  #describeFailure(error: unknown, status: number, timedOut: boolean) {
    const url = this.#url;
    if (timedOut)
      return new PollError(`${url} did not answer within ${REQUEST_TIMEOUT / 1000} s`, 0, true);
    if (error instanceof SyntaxError) return new PollError(`${url} is not JSON`, status, true);
    const reason = error instanceof Error ? error.message : 'the request failed';
    return new PollError(`${url} could not be read (${reason})`, 0, true);
  }

  /** Hands the reading to the subscribers, then times the next request. */
  #settle(reading: Reading) {
    const now = Date.now();
    const interval = this.#interval();
    const { error } = reading;
    if (error) {
      this.#lastError = error;
      if (error.retry) this.#failed(interval, reading.retryAfter, now);
      else {
        this.#origin.answered();
        this.#due = Infinity;
      }
      [...this.#subscribers].forEach((subscriber) => subscriber.fail(error));
    } else {
      this.#lastError = undefined;
      this.#lastBody = reading.body;
      this.#lastBodyAt = now;
      const readable = this.#deliver(reading.body, now);
      if (readable) {
        this.#origin.answered();
        this.#due = this.#readOnce ? Infinity : now + 1000 * Math.max(interval, reading.maxAge);
      } else this.#failed(interval, 0, now);
    }
    this.#origin.wake(this);
  }

  /** Gives every subscriber the body; false when one of them could not read it. */
  #deliver(body: unknown, at: number) {
    let readable = true;
    [...this.#subscribers].forEach((subscriber) => {
      if (subscriber.data(body, at) === false) readable = false;
    });
    return readable;
  }

  /** A failure that may pass: asked again when the origin's backoff allows. */
  #failed(interval: number, retryAfterSeconds: number, now: number) {
    this.#origin.failed(interval, retryAfterSeconds, now);
    this.#due = now;
  }

  #close() {
    this.#closed = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#requestTimeout);
    feeds.delete(this.#url);
    this.#origin.feeds.delete(this);
    if (this.#origin.feeds.size === 0) origins.delete(this.#originName);
    if (this.#controller) {
      this.#controller.abort();
      this.#controller = undefined;
      this.#origin.inFlight--;
      // A feed that waited for this request's answer may go now.
      this.#origin.wake();
    }
  }
}

/** Subscribes to the JSON at `url`; `options` apply when the feed is new. */
export function subscribe(
  url: string,
  subscriber: Subscriber,
  options: SubscribeOptions = {},
): Subscription {
  let feed = feeds.get(url);
  if (!feed) {
    feed = new Feed(url, options, subscriber.interval);
    feeds.set(url, feed);
  }
  return feed.add(subscriber);
}

/** How many URLs are being polled (for tests: 0 once every subscriber has left). */
export const feedCount = () => feeds.size;

/** A URL for `PollController` to read, and how. */
export interface PollSource {
  url: string;
  options?: SubscribeOptions;
}

/** What `PollController` hands its host. */
export interface PollHandlers {
  /** A body from `url`; return `false` when it cannot be read (the poller backs off). */
  data(url: string, json: unknown, at: number): boolean | void;
  /** A failed request for `url`. */
  fail(url: string, error: PollError): void;
}

/**
 * Reads URLs for its host through the shared poller, while the host is connected: subscribed in
 * `hostConnected`, unsubscribed in `hostDisconnected`, active only while the page is visible and
 * the host near the viewport. So a removed element leaves no request or timer behind.
 */
export class PollController implements ReactiveController {
  readonly #handlers: PollHandlers;
  readonly #visibility: VisibilityController;
  #sources: PollSource[] = [];
  #interval = 60;
  #subscriptions = new Map<string, Subscription>();
  #connected = false;

  constructor(host: ReactiveControllerHost & Element, handlers: PollHandlers) {
    this.#handlers = handlers;
    // Added before this controller, so it knows the page's visibility when this one connects.
    this.#visibility = new VisibilityController(host, () => this.#updateAll());
    host.addController(this);
  }

  /** Reads `sources`, each every `interval` seconds, instead of what was read before. */
  poll(sources: PollSource[], interval: number) {
    this.#unsubscribeAll();
    this.#sources = sources;
    this.#interval = interval;
    if (this.#connected) this.#subscribeAll();
  }

  /** Stops reading `url` (a petition that closed), also after the host reconnects. */
  stop(url: string) {
    this.#sources = this.#sources.filter((source) => source.url !== url);
    this.#subscriptions.get(url)?.stop();
    this.#subscriptions.delete(url);
  }

  /** Stops reading anything. */
  clear() {
    this.poll([], this.#interval);
  }

  hostConnected() {
    this.#connected = true;
    this.#subscribeAll();
  }

  hostDisconnected() {
    this.#connected = false;
    this.#unsubscribeAll();
  }

  #subscribeAll() {
    for (const { url, options } of this.#sources) {
      this.#subscriptions.set(url, subscribe(url, this.#subscriberFor(url), options));
    }
  }

  #subscriberFor(url: string): Subscriber {
    const visibility = this.#visibility;
    const handlers = this.#handlers;
    return {
      interval: this.#interval,
      get active() {
        return visibility.active;
      },
      data: (json, at) => handlers.data(url, json, at),
      fail: (error) => handlers.fail(url, error),
    };
  }

  #unsubscribeAll() {
    this.#subscriptions.forEach((subscription) => subscription.stop());
    this.#subscriptions.clear();
  }

  #updateAll() {
    this.#subscriptions.forEach((subscription) => subscription.update());
  }
}
