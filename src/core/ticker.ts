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
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/** Back on screen: tick everyone at once; hidden: arm() stops the timer. */
function onVisibility() {
  if (pageVisible()) run();
  else arm();
}

function run() {
  const now = Date.now();
  for (const subscriber of subscribers) {
    if (subscriber.unit < Infinity || now >= subscriber.next) subscriber.tick(now);
  }
  arm();
}

/** The next whole multiple of `unit` ms after `now`; Infinity for a unit of Infinity. */
const nextUnitBoundary = (now: number, unit: number) =>
  Number.isFinite(unit) ? now - (now % unit) + unit : Infinity;

/**
 * Clears the timer and sets it again for the earliest boundary; no timer when none is needed.
 * Listens for the page's visibility only while anyone subscribes (adding twice is a no-op).
 */
function arm() {
  pending = false;
  clearTimeout(timer);
  if (subscribers.size > 0) document.addEventListener('visibilitychange', onVisibility);
  else document.removeEventListener('visibilitychange', onVisibility);
  if (!pageVisible()) return;
  const now = Date.now();
  let earliest = Infinity;
  for (const { unit, next } of subscribers) {
    // A boundary already passed was ticked by the last run: never a zero-delay loop.
    if (next > now) earliest = Math.min(earliest, next);
    earliest = Math.min(earliest, nextUnitBoundary(now, unit));
  }
  if (earliest < Infinity) timer = setTimeout(run, Math.min(earliest - now, MAX_DELAY));
}

/** Re-arms once, after the current task's changes (many elements connecting at once). */
export function reschedule() {
  if (!pending) queueMicrotask(arm);
  pending = true;
}

/** Adds a subscriber; returns the function that removes it. */
export function subscribe(subscriber: TickSubscriber): () => void {
  subscribers.add(subscriber);
  reschedule();
  return () => {
    subscribers.delete(subscriber);
    reschedule();
  };
}

/** What a host needs from the shared timer; both Infinity when it needs nothing. */
export interface TickNeeds {
  /** The smallest unit it shows, in ms (1000, 60000), or Infinity for none. */
  unit: number;
  /** The instant of its next boundary (a phase change), or Infinity. */
  next: number;
}

/**
 * The host's place in the shared timer, as a Lit controller: subscribed while the host is
 * connected (so a removed element leaves no timer behind), and each tick requests an update.
 * The host says what it needs after each render with `need()`.
 */
export class TickController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #subscriber: TickSubscriber = {
    unit: Infinity,
    next: Infinity,
    tick: () => this.#host.requestUpdate(),
  };
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Ticks the host every `unit` ms and at `next`; the timer is re-armed only when they change. */
  need({ unit, next }: TickNeeds) {
    const subscriber = this.#subscriber;
    if (subscriber.unit === unit && subscriber.next === next) return;
    subscriber.unit = unit;
    subscriber.next = next;
    reschedule();
  }

  hostConnected() {
    this.#unsubscribe = subscribe(this.#subscriber);
  }

  hostDisconnected() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
