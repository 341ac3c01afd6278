import { css } from 'lit';

/**
 * Slides are stacked in one grid cell, so the tallest quote sets the height and nothing moves
 * while they rotate. Hidden slides keep their space but are `visibility: hidden` (out of the
 * accessibility tree) as well as `inert`. Only opacity and visibility animate (not `all`: a
 * change of colour scheme would fade too), and only in `.slides-animated` (left off under
 * reduced motion).
 *
 * The picker's dots stay on one line; when they would not fit (or there are too many), the
 * position ("3 of 20") shows instead and the dots stay only to be measured (`.dots-measured`).
 */
export const styles = css`
  section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding: 1em;
  }
  .slides {
    display: grid;
    touch-action: pan-y;
  }
  .slides > * {
    grid-area: 1 / 1;
  }
  [inert] {
    opacity: 0;
    visibility: hidden;
  }
  /* The quote shown fades in but is visible (focusable, in the accessibility tree) at once; the
     one leaving fades out, then hides. */
  .slides-animated > * {
    transition: opacity 0.5s;
  }
  .slides-animated > [inert] {
    transition:
      opacity 0.5s,
      visibility 0.5s;
  }
  figure,
  blockquote {
    margin: 0;
  }
  figcaption {
    margin-top: 0.5em;
    color: var(--_muted);
  }
  figcaption::before {
    content: '\\2014  '; /* an em dash and a space, as an ASCII CSS escape */
  }
  [part='controls'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  [part='picker'] {
    position: relative;
    display: flex;
    flex: 1;
    min-width: 0;
    justify-content: center;
    overflow: hidden;
    white-space: nowrap;
  }
  button {
    width: 2.75em;
    height: 2.75em;
    padding: 0.7em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  svg {
    display: block;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .mirrored:dir(rtl) {
    transform: scaleX(-1);
  }
  .dots {
    display: flex;
    flex: none;
    gap: 0.5em;
    width: max-content;
  }
  .dots-measured {
    position: absolute;
    visibility: hidden;
  }
  .dot {
    padding: 0.3em;
    border-radius: 50%;
    border: 1px solid var(--_muted);
  }
  .dot-current {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  /* Forced colours (Windows' contrast themes) drop backgrounds, which would leave every dot
     alike: there the current one is filled with the theme's highlight colour. */
  @media (forced-colors: active) {
    .dot-current {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
    }
  }
`;
