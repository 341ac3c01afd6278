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

/** A failed request: the HTTP `status` (0: none), and whether the poller will `retry`. */
export type PollError = Error & { status: number; retry: boolean };

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
  /** Leave; the last to leave stops everything for the URL. Calling it again does nothing. */
  stop(): void;
}

/** Each URL's feed, as the function that adds a subscriber to it. */
const feeds = new Map<string, (sub: Subscriber) => Subscription>();

/**
 * Seconds to wait after the `failures`th failure in a row: full jitter over an exponentially
 * growing window (capped at an hour), never less than `interval` nor `retryAfter`.
 */
export const backoff = (failures: number, interval: number, retryAfter = 0, random = Math.random) =>
  Math.max(interval, retryAfter, random() * Math.min(3600, interval * 2 ** failures));

/** `Retry-After` (seconds or an HTTP date) as seconds from `now`; 0 when absent or unreadable. */
export function retryAfter(value: string | null, now: number): number {
  const s = +value! || (Date.parse(value!) - now) / 1000;
  return s > 0 ? Math.min(s, 86_400) : 0;
}

/** `max-age` from a `Cache-Control` header, in seconds (0 when absent). */
export const maxAge = (value: string | null) => +(/max-age=(\d+)/i.exec(value!)?.[1] || 0);

/**
 * Subscribes to the JSON at `url`. `once`: read it once and never again (when the feed is new);
 * `wait`: a new feed makes its first request after one interval instead of at once.
 */
export function subscribe(url: string, sub: Subscriber, once = false, wait = false): Subscription {
  let join = feeds.get(url);
  if (!join) {
    const subs = new Set<Subscriber>();
    /** When the next request may be made (ms); Infinity: never. */
    let due = wait ? Date.now() + 1000 * sub.interval : 0;
    let json: unknown;
    let at = 0;
    let failures = 0;
    let error: PollError | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ctrl: AbortController | undefined;

    const schedule = () => {
      clearTimeout(timer);
      // setTimeout's delay is a 32-bit integer: Infinity would be 0, a large negative wrap.
      const ms = Math.max(0, due - Date.now());
      if (!subs.size) {
        ctrl?.abort();
        feeds.delete(url);
      } else if (!ctrl && ms < 2 ** 31 && [...subs].some((s) => s.active)) {
        timer = setTimeout(request, ms);
      }
    };

    const request = async () => {
      const c = (ctrl = new AbortController());
      let status = 0;
      let age = 0;
      let after = 0;
      let body: unknown;
      let e: PollError | undefined;
      try {
        const res = await fetch(url, { signal: c.signal, credentials: 'omit' });
        const header = (name: string) => res.headers.get(name);
        status = res.status;
        age = maxAge(header('cache-control'));
        after = retryAfter(header('retry-after'), Date.now());
        if (!res.ok) throw Error(`${url} answered HTTP ${status}`);
        body = await res.json();
      } catch (x) {
        if (c.signal.aborted) return;
        // Final: other 4xx, and a body that is not JSON (said so, not in the parser's words, which
        // differ by browser); a connection lost while reading is not.
        const notJson = x instanceof SyntaxError;
        e = Object.assign(notJson ? Error(`${url} is not JSON`) : (x as Error), {
          status,
          retry: !notJson && /^(0|[25]..|408|429)$/.test(`${status}`),
        });
      }
      ctrl = undefined;
      const now = Date.now();
      const interval = Math.min(...[...subs].map((s) => s.interval));
      if ((error = e)) {
        due = e.retry ? now + 1000 * backoff(++failures, interval, after) : Infinity;
      } else {
        failures = 0;
        json = body;
        at = now;
        due = once ? Infinity : now + 1000 * Math.max(interval, age);
      }
      [...subs].forEach((s) => (e ? s.fail(e) : s.data(json, at)));
      schedule();
    };

    feeds.set(
      url,
      (join = (s) => {
        subs.add(s);
        const j = json;
        const a = at;
        const e = error;
        // Later, so that a subscriber is never called back from inside its own update.
        queueMicrotask(() => {
          if (!subs.has(s)) return;
          if (j !== undefined) s.data(j, a);
          if (e) s.fail(e);
        });
        schedule();
        return {
          update: () => subs.has(s) && schedule(),
          stop: () => subs.delete(s) && schedule(),
        };
      }),
    );
  }
  return join(sub);
}

/** How many URLs are being polled (for tests: 0 once every subscriber has left). */
export const feedCount = () => feeds.size;
