import { css } from 'lit';

/**
 * Theme tokens and the reset every widget starts from.
 *
 * Public tokens are `--strike-*` custom properties whose defaults follow
 * `prefers-color-scheme` (`color-scheme: light dark` with `light-dark()`, or the scheme
 * `--strike-color-scheme` names); widgets read the
 * private `--_*` copies. The base element renders
 * one wrapper, `.w`, which resets every inherited property (`all: initial`, which leaves
 * `direction` alone) so that page CSS such as `* { line-height: 3 !important }` reaches the host
 * but nothing inside it.
 */
export const theme = css`
  :host {
    display: block;
    --_accent: var(--strike-accent, light-dark(#b3152b, #ff8a8a));
    --_on-accent: var(--strike-on-accent, light-dark(#fff, #1c1b1f));
    --_text: var(--strike-text, light-dark(#1c1b1f, #f1eff4));
    --_muted: var(--strike-muted, light-dark(#55525b, #c4c0cc));
    --_surface: var(--strike-surface, light-dark(#fff, #1f1e24));
    --_line: var(--strike-line, light-dark(#c9c5cf, #5b5863));
    --_radius: var(--strike-radius, 0.5em);
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .w {
    all: initial;
    /* after all: initial, which resets it; light-dark() above resolves against it. A site
       that is light (or dark) only sets --strike-color-scheme to keep the widgets so. */
    color-scheme: var(--strike-color-scheme, light dark);
    display: block;
    font-family: var(--strike-font, system-ui, sans-serif);
    font-size: var(--strike-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    text-align: start;
    /* anywhere, not break-word: it also lowers min-content, so a long word wraps in grid and flex items */
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    margin: 0;
    padding: 0.75em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .error span {
    display: block;
    color: var(--_muted);
  }
  a,
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
