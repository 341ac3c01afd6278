/**
 * First renders in tasks of their own, so that a page with several widgets never sees one long
 * task: the first update of each widget that was on the page when its tag was defined (all of
 * them, upgraded at once by `customElements.define`) is queued here, and the queue is drained a
 * few renders at a time (as many as fit in `BUDGET_MS`), yielding to the browser between
 * batches (`scheduler.yield()` where it exists, else a `MessageChannel` message: a macrotask
 * that is neither throttled nor clamped like `setTimeout`).
 *
 * A widget created later (by the parser, after a script in `<head>` defined the tags, or by a
 * script or a framework) renders as Lit renders, in a microtask, before the browser paints:
 * it comes one at a time, and it has no fallback on show to hold (the parser has not read its
 * children yet, a script gives it none), so waiting would paint it empty and then move the page.
 *
 * Until its first render a queued widget shows the author's fallback content through a plain
 * `<slot>`, held at the height the page reserved for it with the documented `:not(:defined)`
 * CSS, so the page does not shift while it waits. Those heights are read once, before the first
 * tag is defined (while every widget on the page is still undefined), in one layout. A widget
 * more than a viewport below the screen is not held (on a page of a thousand countdowns, most):
 * its size moves nothing the reader sees.
 *
 * Later updates are Lit's own, in a microtask: only the first one waits here. `updateComplete`
 * keeps Lit's meaning, because Lit awaits the promise that `scheduleUpdate()` returns.
 *
 * A widget whose content comes later (the counter's first count) keeps the reserved height
 * until then with a `ReservedHeightController`.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The most main-thread time one batch of first renders may take before yielding. */
export const BUDGET_MS = 8;

const WIDGET_TAGS = 'strike-countdown, quote-carousel, petition-counter';

/** The heights the page reserved for its widgets before they were defined. */
const reservedHeights = new WeakMap<Element, number>();
/**
 * The widgets on the page when the heights were read that may be far from the screen: more
 * than a viewport away, or with no space reserved (the bare tags of a page all sit on its first
 * line until they are defined, so where they will be is not known).
 */
const mayBeFar = new WeakSet<Element>();
let reservedHeightsRead = false;

/** The fallback holders shown in shadow roots until their first render. */
const fallbackHolders = new WeakMap<ShadowRoot, HTMLElement>();

const queue: Array<() => void> = [];
let drainScheduled = false;

/** Whether `defineUpgrading` is defining a tag (upgrading the widgets already on the page). */
let upgrading = false;

/**
 * Runs `define` (a `customElements.define`) after reading the reserved heights; the widgets it
 * upgrades are the ones whose first render waits in the queue (`isUpgrading` in their
 * constructor says so).
 */
export function defineUpgrading(define: () => void) {
  rememberReservedHeights();
  upgrading = true;
  try {
    define();
  } finally {
    upgrading = false;
  }
}

/** True in the constructor of a widget that a tag's definition is upgrading. */
export const isUpgrading = () => upgrading;

/**
 * Records the height of every widget on the page, once, before the first tag is defined: the
 * height the documented `:not(:defined)` CSS gives it (its fallback's height without that CSS).
 */
function rememberReservedHeights() {
  if (reservedHeightsRead || typeof document === 'undefined') return;
  reservedHeightsRead = true;
  const viewport = innerHeight;
  for (const element of document.querySelectorAll(WIDGET_TAGS)) {
    const { height, top, bottom } = element.getBoundingClientRect();
    const farBelow = top >= 2 * viewport;
    // Far below the screen, a widget needs no height held: nothing the reader sees is after it.
    if (height > 0 && !farBelow) reservedHeights.set(element, height);
    const near = height > 0 && bottom > -viewport && !farBelow;
    if (!near) mayBeFar.add(element);
  }
}

/**
 * Keeps a widget's base at the height the page reserved for it (if it did) while `awaiting()`
 * says it is still waiting for what it shows (the counter for its first count), so that the page
 * moves neither when the widget appears nor when its content arrives. The style is set through
 * the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
 */
export class ReservedHeightController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #awaiting: () => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, awaiting: () => boolean) {
    this.#host = host;
    this.#awaiting = awaiting;
    host.addController(this);
  }

  hostUpdated() {
    const base = this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
    const height = this.#awaiting() ? reservedHeights.get(this.#host) : undefined;
    if (!base) return;
    base.style.minHeight = height === undefined ? '' : `${height}px`;
    base.style.boxSizing = height === undefined ? '' : 'border-box';
  }
}

/**
 * Whether `element` was on the page before the tags were defined and may be far from the
 * screen. False for one near the screen in space the page reserved, and for one added later
 * (a script's or a framework's, which may be measured as soon as it renders).
 */
export const mayBeFarFromScreen = (element: Element) => mayBeFar.has(element);

/**
 * Shows the host's light-DOM fallback in its new, still empty shadow root until the first
 * render, at the height reserved for it (if the page reserved one). A bare tag with no space
 * reserved has nothing to hold.
 */
export function holdFallback(host: HTMLElement, root: HTMLElement | DocumentFragment) {
  if (!(root instanceof ShadowRoot)) return;
  const height = reservedHeights.get(host);
  if (height === undefined && !host.hasChildNodes()) return;
  // The slot itself holds the fallback: one element, its style written once.
  const holder = document.createElement('slot');
  holder.style.cssText =
    height === undefined
      ? 'display: flow-root'
      : `display: flow-root; height: ${height}px; overflow: hidden`;
  root.append(holder);
  fallbackHolders.set(root, holder);
}

/**
 * Queues `render` (the element's first update) for a task of its own; the promise settles once
 * it has run, as `render` returned or threw. The fallback holder in `root` goes just before.
 */
export function queueFirstRender(
  root: HTMLElement | DocumentFragment,
  render: () => unknown,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    queue.push(() => {
      if (root instanceof ShadowRoot) {
        fallbackHolders.get(root)?.remove();
        fallbackHolders.delete(root);
      }
      try {
        resolve(render());
      } catch (error) {
        reject(error);
      }
    });
    scheduleDrain();
  });
}

function scheduleDrain() {
  if (drainScheduled) return;
  drainScheduled = true;
  void yieldToBrowser().then(drain);
}

/** Runs queued first renders until the budget is spent, then yields again for the rest. */
function drain() {
  drainScheduled = false;
  const started = performance.now();
  while (queue.length > 0) {
    queue.shift()!();
    if (performance.now() - started >= BUDGET_MS) break;
  }
  if (queue.length > 0) scheduleDrain();
}

interface Scheduler {
  yield(): Promise<void>;
}

/** Resolves in a later task: `scheduler.yield()` where it exists, else a MessageChannel message. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
