/**
 * The one scheduler every countdown on the page shares: a single `setTimeout` in all, armed for
 * the earliest of (a) the next boundary of the smallest unit any subscriber shows (whole seconds
 * or minutes of `Date.now()`) and (b) the nearest boundary a subscriber asks for (a phase change).
 * Subscribers recompute from the `now` they are given, never by counting ticks, so a throttled
 * background tab or a laptop's sleep cannot make them drift.
 *
 * No timer runs while the page is hidden or nobody subscribes; when the page becomes visible
 * again every subscriber is ticked at once. Delays longer than `setTimeout`'s limit (2^31 - 1 ms,
 * 24.8 days) are cut to it, and the next run simply re-arms.
 */
export interface TickSubscriber {
  /** The smallest unit it shows, in ms (1000, 60000), or Infinity for none. */
  unit: number;
  /** An instant it must be ticked at (its next phase boundary), or Infinity. */
  next: number;
  /** Called with `Date.now()` on every run. */
  tick(now: number): void;
}

/** setTimeout's largest delay. */
export const MAX_DELAY = 2 ** 31 - 1;

const subscribers = new Set<TickSubscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
let pending = false;
let listening = false;

const hidden = () => document.visibilityState === 'hidden';

function onVisibility() {
  if (hidden()) arm();
  else run();
}

function run() {
  timer = undefined;
  const now = Date.now();
  for (const s of subscribers) s.tick(now);
  arm();
}

/** Clears the timer and sets it again for the earliest boundary; no timer when none is needed. */
function arm() {
  pending = false;
  clearTimeout(timer);
  timer = undefined;
  if (!subscribers.size) {
    if (listening) document.removeEventListener('visibilitychange', onVisibility);
    listening = false;
    return;
  }
  if (!listening) document.addEventListener('visibilitychange', onVisibility);
  listening = true;
  if (hidden()) return;
  const now = Date.now();
  let at = Infinity;
  for (const { unit, next } of subscribers) {
    // A boundary already passed was ticked by the last run: never a zero-delay loop.
    if (next > now) at = Math.min(at, next);
    if (unit < Infinity) at = Math.min(at, (Math.floor(now / unit) + 1) * unit);
  }
  if (at < Infinity) timer = setTimeout(run, Math.min(Math.max(at - now, 0), MAX_DELAY));
}

/** Re-arms once, after the current task's changes (many elements connecting at once). */
export function reschedule() {
  if (pending) return;
  pending = true;
  void Promise.resolve().then(arm);
}

/** Adds a subscriber; returns the function that removes it. */
export function subscribe(s: TickSubscriber): () => void {
  subscribers.add(s);
  reschedule();
  return () => {
    if (subscribers.delete(s)) reschedule();
  };
}
