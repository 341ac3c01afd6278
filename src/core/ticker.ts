/**
 * The one scheduler every countdown on the page shares: a single `setTimeout` in all, armed for
 * the earliest of (a) the next boundary of the smallest unit any subscriber shows (whole seconds
 * or minutes of `Date.now()`) and (b) the nearest boundary a subscriber asks for (a phase change).
 * Subscribers recompute from the `now` they are given, never by counting ticks, so a throttled
 * background tab or a laptop's sleep cannot make them drift.
 *
 * No timer runs while the page is hidden or nobody subscribes; when the page becomes visible
 * again every subscriber that shows a unit is ticked at once. Delays longer than `setTimeout`'s
 * limit (2^31 - 1 ms, 24.8 days) are cut to it, and the next run simply re-arms.
 */
import { pageVisible } from './visibility.js';

export interface TickSubscriber {
  /** The smallest unit it shows, in ms (1000, 60000), or Infinity for none. */
  unit: number;
  /** An instant it must be ticked at (its next phase boundary), or Infinity. */
  next: number;
  /** Called with `Date.now()` on every run, if it shows a unit or its `next` has come. */
  tick(now: number): void;
}

/** setTimeout's largest delay. */
export const MAX_DELAY = 2 ** 31 - 1;

const subscribers = new Set<TickSubscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
let pending = false;

const onVisibility = () => (pageVisible() ? run() : arm());

function run() {
  const now = Date.now();
  for (const s of subscribers) if (s.unit < Infinity || now >= s.next) s.tick(now);
  arm();
}

/**
 * Clears the timer and sets it again for the earliest boundary; no timer when none is needed.
 * Listens for the page's visibility only while anyone subscribes (adding twice is a no-op).
 */
function arm() {
  pending = false;
  clearTimeout(timer);
  document[subscribers.size ? 'addEventListener' : 'removeEventListener'](
    'visibilitychange',
    onVisibility,
  );
  const now = Date.now();
  let at = Infinity;
  // A boundary already passed was ticked by the last run: never a zero-delay loop.
  // (now % Infinity is now, so a unit of Infinity gives no boundary.)
  if (pageVisible())
    for (const { unit, next } of subscribers)
      at = Math.min(at, next > now ? next : at, now - (now % unit) + unit);
  if (at < Infinity) timer = setTimeout(run, Math.min(at - now, MAX_DELAY));
}

/** Re-arms once, after the current task's changes (many elements connecting at once). */
export function reschedule() {
  if (!pending) queueMicrotask(arm);
  pending = true;
}

/** Adds a subscriber; returns the function that removes it. */
export function subscribe(s: TickSubscriber): () => void {
  subscribers.add(s);
  reschedule();
  return () => {
    subscribers.delete(s);
    reschedule();
  };
}
