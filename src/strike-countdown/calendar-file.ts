import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ics, type IcsInput } from './ics.js';

/**
 * The "add to calendar" file as a `blob:` URL (no inline script, so it works under a strict CSP),
 * made again only when what it says changes. The old URL is revoked when it is replaced and when
 * the host is disconnected, so a removed element holds no blob.
 */
export class CalendarFileController implements ReactiveController {
  #url?: string;
  #madeFrom?: string;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The blob: URL of the .ics file for `input` (its `stamp` is set here, when it is made). */
  url(input: Omit<IcsInput, 'stamp'>): string {
    const madeFrom = JSON.stringify(input);
    if (madeFrom !== this.#madeFrom || !this.#url) {
      this.#revoke();
      const text = ics({ ...input, stamp: Date.now() });
      this.#url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
      this.#madeFrom = madeFrom;
    }
    return this.#url;
  }

  #revoke() {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = undefined;
    this.#madeFrom = undefined;
  }

  hostConnected() {}

  hostDisconnected() {
    this.#revoke();
  }
}
