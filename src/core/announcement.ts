import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long a live region holds an announcement. Screen readers speak it when it changes; left
 * there, it would be heard again (and out of date) by a visitor reading the page line by line.
 */
export const ANNOUNCEMENT_MS = 10_000;

/**
 * Calls `clear` `ANNOUNCEMENT_MS` after each `announced()`, to empty the live region; no timer is
 * left once the host is removed.
 */
export class AnnouncementController implements ReactiveController {
  readonly #clear: () => void;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, clear: () => void) {
    this.#clear = clear;
    host.addController(this);
  }

  /** The live region has just been given its text. */
  announced() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#clear, ANNOUNCEMENT_MS);
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }
}
