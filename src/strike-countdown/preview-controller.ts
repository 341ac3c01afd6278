import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows `#strike-preview=<date-time>` in the page's address: listens for `hashchange` while
 * the host is connected, and marks the preview as to be read again (on connection too, since the
 * address may have changed while the host was away).
 */
export class PreviewController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The address may have changed since the host last read `value`. */
  stale = true;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The `strike-preview` value in the address's fragment, or null; clears `stale`. */
  read(): string | null {
    this.stale = false;
    return new URLSearchParams(location.hash.slice(1)).get('strike-preview');
  }

  readonly #onHashChange = () => {
    this.stale = true;
    this.#host.requestUpdate();
  };

  hostConnected() {
    addEventListener('hashchange', this.#onHashChange);
    this.#onHashChange();
  }

  hostDisconnected() {
    removeEventListener('hashchange', this.#onHashChange);
  }
}
