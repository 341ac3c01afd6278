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
  [inert] {
    opacity: 0;
    visibility: hidden;
  }
  .a .q {
    transition: 0.5s;
    transition-property: opacity, visibility;
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
    content: '— ';
  }
  [part='controls'],
  [part='picker'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
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
  :host(:dir(rtl)) .f {
    transform: scaleX(-1);
  }
  [part='picker'] {
    flex: 1;
    flex-wrap: wrap;
    justify-content: center;
  }
  i {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    border: 1px solid var(--_muted);
  }
  .o {
    background: var(--_accent);
    border-color: var(--_accent);
  }
`;
