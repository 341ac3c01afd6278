import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from '../core/page-events.js';

/**
 * Follows `#strike-preview=<date-time>` in the page's address: listens for `hashchange` while
 * the host is connected, and marks the preview as to be read again (on connection too, since the
 * address may have changed while the host was away).
 */
export class PreviewController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The address may have changed since the host last read `value`. */
  stale = true;
  #stopListening?: () => void;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The `strike-preview` value in the address's fragment, or null; clears `stale`. */
  read(): string | null {
    this.stale = false;
    return previewIn(location.hash);
  }

  readonly #onHashChange = () => {
    this.stale = true;
    this.#host.requestUpdate();
  };

  hostConnected() {
    this.#stopListening = listen(window, 'hashchange', this.#onHashChange);
    this.#onHashChange();
  }

  hostDisconnected() {
    this.#stopListening?.();
    this.#stopListening = undefined;
  }
}

/** The last fragment read, and its `strike-preview` value: every countdown reads the same one. */
let lastRead = { hash: '', value: null as string | null };

function previewIn(hash: string) {
  if (hash !== lastRead.hash) {
    lastRead = { hash, value: new URLSearchParams(hash.slice(1)).get('strike-preview') };
  }
  return lastRead.value;
}
