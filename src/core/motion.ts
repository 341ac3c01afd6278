import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The media query for visitors who asked their system for less motion. */
const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether to avoid motion: the visitor's `prefers-reduced-motion: reduce`, or a page that opts
 * all widgets out with `<html data-strike-reduced-motion>` (also how Storybook's toolbar
 * switches it, since a page cannot emulate the media query).
 */
export function reducedMotion(): boolean {
  return (
    document.documentElement.hasAttribute('data-strike-reduced-motion') ||
    matchMedia(REDUCED_MOTION_QUERY).matches
  );
}

/**
 * Calls `onChange` when the visitor's reduced-motion setting changes, while the host is
 * connected (the listener is removed when it is disconnected).
 */
export class ReducedMotionController implements ReactiveController {
  readonly #onChange: () => void;
  #query?: MediaQueryList;

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  readonly #handleChange = () => this.#onChange();

  hostConnected() {
    this.#query = matchMedia(REDUCED_MOTION_QUERY);
    this.#query.addEventListener('change', this.#handleChange);
  }

  hostDisconnected() {
    this.#query?.removeEventListener('change', this.#handleChange);
    this.#query = undefined;
  }
}
