import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from './page-events.js';

/** How far off-screen an element may be and still count as near: one viewport either way. */
const NEAR_MARGIN = '100% 0px 100% 0px';

const callbacks = new WeakMap<Element, (near: boolean) => void>();
let io: IntersectionObserver | undefined;
let observed = 0;

function observeNear(el: Element, callback: (near: boolean) => void) {
  io ??= new IntersectionObserver(
    (entries) => entries.forEach((e) => callbacks.get(e.target)?.(e.isIntersecting)),
    { rootMargin: NEAR_MARGIN },
  );
  callbacks.set(el, callback);
  io.observe(el);
  observed++;
}

function unobserveNear(el: Element) {
  callbacks.delete(el);
  io?.unobserve(el);
  if (--observed === 0) {
    io?.disconnect();
    io = undefined;
  }
}

export const pageVisible = () => document.visibilityState !== 'hidden';

/** What a `VisibilityController` watches. */
export interface VisibilityOptions {
  /** Whether being far off-screen counts as not looking (default `true`). */
  watchViewport?: boolean;
}

/**
 * Tracks whether anyone can be looking: the page is visible and (optionally) the element is
 * within a viewport of the screen. One IntersectionObserver serves every element on the page.
 * Listens only while the host is connected, so a removed element leaves nothing behind.
 */
export class VisibilityController implements ReactiveController {
  /** The page is not hidden (another tab, minimised window, locked phone). */
  pageVisible = pageVisible();
  /** The element is on screen or within a viewport of it (true until the observer says). */
  near = true;

  readonly #host: ReactiveControllerHost & Element;
  readonly #onChange: (active: boolean) => void;
  readonly #watchViewport: boolean;
  #stopListening?: () => void;

  /**
   * `onChange` is called when `active` changes; `{ watchViewport: false }` watches the page only.
   * (A bare boolean in place of the options is still read as `watchViewport`.)
   */
  constructor(
    host: ReactiveControllerHost & Element,
    onChange: (active: boolean) => void = () => {},
    { watchViewport = true }: VisibilityOptions = {},
  ) {
    this.#host = host;
    this.#onChange = onChange;
    this.#watchViewport = watchViewport;
    host.addController(this);
  }

  /** Someone could be looking: the page is visible and the element near the viewport. */
  get active() {
    return this.pageVisible && this.near;
  }

  #set(update: () => void) {
    const before = this.active;
    update();
    if (this.active !== before) this.#onChange(this.active);
  }

  readonly #onVisibility = () => this.#set(() => (this.pageVisible = pageVisible()));

  hostConnected() {
    this.pageVisible = pageVisible();
    this.#stopListening = listen(document, 'visibilitychange', this.#onVisibility);
    if (this.#watchViewport) observeNear(this.#host, (near) => this.#set(() => (this.near = near)));
  }

  hostDisconnected() {
    this.#stopListening?.();
    this.#stopListening = undefined;
    if (this.#watchViewport) unobserveNear(this.#host);
    this.near = true;
  }
}
