import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reducedMotion } from '../core/motion.js';

/** How long a roll-up from one count to the next takes (ms). */
const ROLL_DURATION = 1000;

/**
 * The number on screen, rolling up to each new count in animation frames (at once the first
 * time and under reduced motion). Frames run only while the host is connected: a disconnected
 * host shows the count it rolled to.
 */
export class RollController implements ReactiveController {
  /** The number to show now; `undefined` before any count. */
  shown?: number;

  readonly #host: ReactiveControllerHost;
  #target?: number;
  #frame?: number;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Rolls from the number shown to `count`. */
  rollTo(count: number) {
    this.#cancel();
    const from = this.shown;
    this.#target = count;
    if (from === undefined || reducedMotion()) {
      this.shown = count;
      this.#host.requestUpdate();
      return;
    }
    let startedAt: number | undefined;
    const step = (time: number) => {
      startedAt ??= time;
      const progress = Math.min(1, (time - startedAt) / ROLL_DURATION);
      // Easing out: fast, then slowing to the new count.
      const eased = progress * (2 - progress);
      this.shown = Math.round(from + (count - from) * eased);
      this.#host.requestUpdate();
      this.#frame = progress < 1 ? requestAnimationFrame(step) : undefined;
    };
    this.#frame = requestAnimationFrame(step);
  }

  /** Forgets the count: the next one is shown at once. */
  reset() {
    this.#cancel();
    this.shown = undefined;
    this.#target = undefined;
  }

  hostConnected() {}

  hostDisconnected() {
    this.#cancel();
    this.shown = this.#target;
  }

  #cancel() {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
