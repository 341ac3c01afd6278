import { css } from 'lit';

/**
 * Slides are stacked in one grid cell, so the tallest quote sets the height and nothing moves
 * while they rotate. Hidden slides keep their space but are `visibility: hidden` (out of the
 * accessibility tree) as well as `inert`. Only opacity and visibility animate (not `all`: a
 * change of colour scheme would fade too), and only in `.a` (left off under reduced motion).
 *
 * Written compact (prettier would add bytes: leading zeros, quotes, spaces around `>`).
 */
// prettier-ignore
export const styles = css`
  section { display: grid; gap: .5em; padding: 1em }
  .s { display: grid; touch-action: pan-y }
  .s>* { grid-area: 1/1 }
  [inert] { opacity: 0; visibility: hidden }
  .a>* { transition: opacity .5s, visibility .5s }
  figure, blockquote { margin: 0 }
  figcaption { margin-top: .5em; color: var(--_muted) }
  figcaption:before { content: '\\2014  ' } /* an em dash and a space, as an ASCII CSS escape */
  [part=controls], [part=picker] { display: flex; align-items: center; gap: .5em }
  [part=picker] { flex: 1; flex-wrap: wrap; justify-content: center }
  button { width: 2.75em; height: 2.75em; padding: .7em; border: 1px solid var(--_line); border-radius: var(--_radius); background: none; cursor: pointer }
  svg { display: block; fill: none; stroke: currentColor; stroke-width: 2.5 }
  .f:dir(rtl) { transform: scaleX(-1) }
  i { padding: .3em; border-radius: 50%; border: 1px solid var(--_muted) }
  .o { background: var(--_accent); border-color: var(--_accent) }
`;
