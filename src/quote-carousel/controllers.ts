import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onChange` whenever the host's children change (elements, text, or a `cite` or `href`),
 * and once more at DOMContentLoaded when the element was connected while the page was still
 * being parsed. Observes only while the host is connected.
 */
export class ChildrenController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onChange: () => void;
  readonly #observer: MutationObserver;

  constructor(host: ReactiveControllerHost & Element, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    this.#observer = new MutationObserver(() => this.#onChange());
    host.addController(this);
  }

  readonly #onParsed = () => this.#onChange();

  hostConnected() {
    this.#onChange();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#onParsed, { once: true });
    }
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['cite', 'href'],
    });
  }

  hostDisconnected() {
    document.removeEventListener('DOMContentLoaded', this.#onParsed);
    this.#observer.disconnect();
  }
}

/**
 * Calls `onResize` when any of the elements given to `observe()` changes size, while the host
 * is connected (they are observed again when it comes back). The call waits for the next
 * animation frame, so a re-render it causes is not a resize within the observer's own loop.
 */
export class ResizeController implements ReactiveController {
  readonly #observer: ResizeObserver;
  readonly #observed = new Set<Element>();
  #frame?: number;

  constructor(host: ReactiveControllerHost, onResize: () => void) {
    this.#observer = new ResizeObserver(() => {
      if (this.#frame !== undefined) return;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = undefined;
        onResize();
      });
    });
    host.addController(this);
  }

  /** Watches `elements` (from now on, in place of those watched before). */
  observe(...elements: Element[]) {
    const unchanged =
      elements.length === this.#observed.size && elements.every((el) => this.#observed.has(el));
    if (unchanged) return;
    this.#observer.disconnect();
    this.#observed.clear();
    for (const element of elements) {
      this.#observed.add(element);
      this.#observer.observe(element);
    }
  }

  hostConnected() {
    for (const element of this.#observed) this.#observer.observe(element);
  }

  hostDisconnected() {
    this.#observer.disconnect();
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
