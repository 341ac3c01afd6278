import { css } from 'lit';

/**
 * Theme tokens and the reset every widget starts from.
 *
 * Public tokens are `--strike-*` custom properties with light defaults, and dark ones under
 * `prefers-color-scheme: dark`; widgets read the private `--_*` copies. The base element renders
 * one wrapper, `.w`, which resets every inherited property (`all: initial`, which leaves
 * `direction` alone) so that page CSS such as `* { line-height: 3 !important }` reaches the host
 * but nothing inside it.
 */
export const theme = css`
  :host {
    display: block;
    --_accent: var(--strike-accent, #b3152b);
    --_on-accent: var(--strike-on-accent, #fff);
    --_text: var(--strike-text, #1c1b1f);
    --_muted: var(--strike-muted, #55525b);
    --_surface: var(--strike-surface, #fff);
    --_line: var(--strike-line, #c9c5cf);
    --_font: var(--strike-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--strike-radius, 0.5em);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--strike-accent, #ff8a8a);
      --_on-accent: var(--strike-on-accent, #1c1b1f);
      --_text: var(--strike-text, #f1eff4);
      --_muted: var(--strike-muted, #c4c0cc);
      --_surface: var(--strike-surface, #1f1e24);
      --_line: var(--strike-line, #5b5863);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  .w {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--strike-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    text-align: start;
    /* anywhere, not break-word: it also lowers min-content, so a long word wraps in grid and flex items */
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
  }
  .w *,
  .w *::before,
  .w *::after {
    box-sizing: border-box;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
