import { css } from 'lit';

// Parts are the selectors, so the template needs few classes. The label is a <b> on a line of
// its own before the count; the goal, status and "updated" lines are secondary text.
export const styles = css`
  [part='base'] {
    padding: 1em;
    border: 1px solid var(--_line);
  }
  p,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='count'] {
    /* Longhands, so the family stays the wrapper's (--strike-font). */
    font-size: var(--strike-petition-count-size, 2em);
    font-weight: 800;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  [part='count'] small {
    font-size: 0.5em;
  }
  /* The browser's own bar, in the accent colour. */
  [part='progress'] {
    display: block;
    width: 100%;
    margin: 0.5em 0;
    accent-color: var(--_accent);
  }
  [part='goal'],
  [part='status'],
  [part='updated'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part='action'] {
    display: inline-block;
    margin-top: 0.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  /* Forced colours (Windows' contrast themes) drop the background that shapes the button: it
     gets an edge instead, in the theme's link colour. */
  @media (forced-colors: active) {
    [part='action'] {
      border: 2px solid;
    }
  }
`;
