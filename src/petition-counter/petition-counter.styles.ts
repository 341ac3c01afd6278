import { css } from 'lit';

// Parts and elements are the selectors, so the template needs no classes. The label is a <b>
// (bold, on a line of its own before the count's paragraph); the count is the first <p>, and
// every <p> after it (goal, "updated") is secondary, like the status list.
export const styles = css`
  .w {
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
    font: 800 var(--strike-petition-count-size, 2em) / 1.2 var(--_font);
    font-variant-numeric: tabular-nums;
  }
  small {
    font: 0.5em var(--_font);
  }
  /* The browser's own bar, in the accent colour. */
  progress {
    display: block;
    width: 100%;
    margin: 0.5em 0;
    accent-color: var(--_accent);
  }
  p ~ p,
  ul {
    font-size: 0.875em;
    color: var(--_muted);
  }
  a {
    display: inline-block;
    margin-top: 0.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
`;
