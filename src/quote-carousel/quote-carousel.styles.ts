import { css } from 'lit';

/**
 * Slides are stacked in one grid cell, so the tallest quote sets the height and nothing moves
 * while they rotate. Hidden slides keep their space but are `visibility: hidden` (out of the
 * accessibility tree) as well as `inert`. Only opacity animates, and only in `.a` (the element
 * leaves it off under reduced motion).
 */
export const styles = css`
  .c {
    display: grid;
    gap: 0.5em;
    padding: 1em;
  }
  .s {
    display: grid;
    touch-action: pan-y;
  }
  .q {
    grid-area: 1/1;
  }
  .q[inert] {
    opacity: 0;
    visibility: hidden;
  }
  .a .q {
    transition:
      opacity 0.5s,
      visibility 0.5s;
  }
  figure,
  blockquote {
    margin: 0;
  }
  blockquote {
    font-size: 1.15em;
  }
  figcaption {
    margin-top: 0.5em;
    color: var(--_muted);
  }
  figcaption::before {
    content: '— ';
  }
  [part='controls'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  button {
    display: grid;
    place-items: center;
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  :host(:dir(rtl)) .f {
    transform: scaleX(-1);
  }
  [part='picker'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    flex: 1;
    justify-content: center;
  }
  i {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    border: 1px solid var(--_muted);
  }
  i.o {
    background: var(--_accent);
    border-color: var(--_accent);
  }
`;
