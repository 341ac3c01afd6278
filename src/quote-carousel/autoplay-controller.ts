import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest delay `setTimeout` keeps (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The carousel's rotation timer, after Shoelace's `carousel/autoplay-controller.ts`: counts
 * down for one quote and calls `onTick` when the time is up. It stops when the host is
 * disconnected, so a removed carousel leaves no timer behind.
 *
 * A wait longer than `setTimeout` can hold is split into steps of at most `MAX_TIMEOUT_MS`.
 */
export class AutoplayController implements ReactiveController {
  readonly #onTick: () => void;
  #timer?: ReturnType<typeof setTimeout>;
  /** What the running timer counts for: a key naming the quote, and the delay. */
  #running?: { key: string; delayMs: number };

  constructor(host: ReactiveControllerHost, onTick: () => void) {
    this.#onTick = onTick;
    host.addController(this);
  }

  /** Whether a timer is running. */
  get running() {
    return this.#running !== undefined;
  }

  /**
   * Calls `onTick` after `delayMs`, unless the timer already counts for the same `key` and
   * delay (then it keeps counting: a re-render does not restart it). A new key or delay
   * restarts it from now.
   */
  schedule(key: string, delayMs: number) {
    if (this.#running?.key === key && this.#running.delayMs === delayMs) return;
    this.stop();
    this.#running = { key, delayMs };
    this.#wait(delayMs);
  }

  /** Stops the timer. */
  stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running = undefined;
  }

  #wait(remainingMs: number) {
    const stepMs = Math.min(remainingMs, MAX_TIMEOUT_MS);
    this.#timer = setTimeout(() => {
      if (remainingMs > stepMs) {
        this.#wait(remainingMs - stepMs);
      } else {
        this.stop();
        this.#onTick();
      }
    }, stepMs);
  }

  hostConnected() {}

  hostDisconnected() {
    this.stop();
  }
}
