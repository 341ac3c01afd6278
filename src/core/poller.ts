/**
 * The page's one poller: however many elements read a URL, it is requested once per interval.
 *
 * Requests use the browser's HTTP cache and send no custom headers (no CORS preflight, no
 * cookies). A URL is requested no sooner than the smallest interval its subscribers ask for, nor
 * than the response's `Cache-Control: max-age`. Network errors, 5xx, 408 and 429 back off
 * exponentially with full jitter, never sooner than `Retry-After` when it is readable; a success
 * resets the backoff. Other 4xx and JSON that does not parse are final: no more requests.
 * Nothing is requested while no subscriber is active (page hidden, every element far
 * off-screen); when one becomes active again, a stale URL is requested at once. The last
 * subscriber to leave aborts any request in flight and clears the timer.
 */

/** A failed request; `retry` says whether the poller will try again. */
export class PollError extends Error {
  constructor(
    message: string,
    /** The HTTP status, or 0 for a network error. */
    readonly status = 0,
    readonly retry = true,
  ) {
    super(message);
  }
}

export interface Subscriber {
  /** Seconds between requests this subscriber wants. */
  readonly interval: number;
  /** Whether anyone could be looking (page visible, element near the viewport). */
  readonly active: boolean;
  /** A body arrived at `at` (ms), or was already there when this subscriber joined. */
  data(json: unknown, at: number): void;
  fail(error: PollError): void;
}

export interface Subscription {
  /** Call when the subscriber's `active` changes. */
  update(): void;
  /** Leave; the last to leave stops everything for the URL. */
  stop(): void;
}

interface Feed {
  subs: Set<Subscriber>;
  once: boolean;
  json?: unknown;
  at: number;
  /** When the next request may be made (ms); Infinity: never. */
  due: number;
  failures: number;
  error?: PollError;
  timer?: ReturnType<typeof setTimeout>;
  ctrl?: AbortController;
}

const feeds = new Map<string, Feed>();

/** The longest a backoff waits, in seconds. */
const CAP = 3600;

/**
 * Seconds to wait after the `failures`th failure in a row: full jitter over an exponentially
 * growing window (capped at an hour), never less than `interval` nor `retryAfter`.
 */
export function backoff(failures: number, interval: number, retryAfter = 0, random = Math.random) {
  return Math.max(
    interval,
    retryAfter,
    random() * Math.min(Math.max(CAP, interval), interval * 2 ** failures),
  );
}

/** `Retry-After` (seconds or an HTTP date) as seconds from `now`; 0 when absent or unreadable. */
export function retryAfter(value: string | null, now: number): number {
  if (!value) return 0;
  const s = /^\s*\d+\s*$/.test(value) ? +value : (Date.parse(value) - now) / 1000;
  return s > 0 ? Math.min(s, 86_400) : 0;
}

/** `max-age` from a `Cache-Control` header, in seconds (0 when absent). */
export const maxAge = (value: string | null) => +(/max-age=(\d+)/i.exec(value ?? '')?.[1] ?? 0);

function schedule(url: string, feed: Feed) {
  clearTimeout(feed.timer);
  if (!feed.subs.size) {
    feed.ctrl?.abort();
    if (feeds.get(url) === feed) feeds.delete(url);
    return;
  }
  if (feed.ctrl || (feed.error && !feed.error.retry) || ![...feed.subs].some((s) => s.active))
    return;
  const wait = feed.due - Date.now();
  // setTimeout takes at most 2^31 - 1 ms and treats Infinity as 0.
  if (wait < 2 ** 31) feed.timer = setTimeout(() => request(url, feed), Math.max(0, wait));
}

async function request(url: string, feed: Feed) {
  const ctrl = (feed.ctrl = new AbortController());
  let json: unknown;
  let error: PollError | undefined;
  let age = 0;
  let after = 0;
  try {
    const res = await fetch(url, { signal: ctrl.signal, credentials: 'omit' });
    age = maxAge(res.headers.get('cache-control'));
    if (!res.ok) {
      after = retryAfter(res.headers.get('retry-after'), Date.now());
      const s = res.status;
      throw new PollError(`HTTP ${s}`, s, s >= 500 || s === 408 || s === 429);
    }
    json = await res.json();
  } catch (e) {
    if (ctrl.signal.aborted) return;
    // A body that is not JSON is final; a connection lost while reading it is not.
    error = e instanceof PollError ? e : new PollError(String(e), 0, !(e instanceof SyntaxError));
  }
  feed.ctrl = undefined;
  const now = Date.now();
  const interval = Math.min(...[...feed.subs].map((s) => s.interval));
  const subs = [...feed.subs];
  if (error) {
    feed.error = error;
    feed.due = now + 1000 * backoff(++feed.failures, interval, after);
    subs.forEach((s) => s.fail(error!));
  } else {
    feed.failures = 0;
    feed.error = undefined;
    feed.json = json;
    feed.at = now;
    feed.due = feed.once ? Infinity : now + 1000 * Math.max(interval, age);
    subs.forEach((s) => s.data(json, now));
  }
  schedule(url, feed);
}

/**
 * Subscribes to the JSON at `url`. `once`: read it once and never again (when the feed is new);
 * `wait`: a new feed makes its first request after one interval instead of at once.
 */
export function subscribe(url: string, sub: Subscriber, once = false, wait = false): Subscription {
  let feed = feeds.get(url);
  if (!feed) {
    feed = {
      subs: new Set(),
      once,
      at: 0,
      due: wait ? Date.now() + 1000 * sub.interval : 0,
      failures: 0,
    };
    feeds.set(url, feed);
  }
  const f = feed;
  f.subs.add(sub);
  const { json, at, error } = f;
  // Later, so that a subscriber is never called back from inside its own update.
  queueMicrotask(() => {
    if (!f.subs.has(sub)) return;
    if (json !== undefined) sub.data(json, at);
    if (error) sub.fail(error);
  });
  schedule(url, f);
  return {
    update: () => schedule(url, f),
    stop() {
      f.subs.delete(sub);
      schedule(url, f);
    },
  };
}

/** How many URLs are being polled (for tests: 0 once every subscriber has left). */
export const feedCount = () => feeds.size;
