import { css } from 'lit';

// .t timer (a span per unit, its number in <b>), .d dates, .a actions, .f accent.
export const styles = css`
  :host {
    contain: content;
  }
  :host([hide-after][phase='after']) {
    display: none;
  }
  .w {
    padding: 1em;
  }
  p {
    margin: 0 0 0.5em;
  }
  .t,
  .a {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .t span {
    min-width: 4.5em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_line);
    text-align: center;
    font-size: 0.85em;
  }
  .t span,
  .d {
    color: var(--_muted);
  }
  .t b {
    display: block;
    font-size: 2em;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .a a,
  .f {
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
  }
  .t span,
  .a a,
  .f {
    border-radius: var(--_radius);
  }
  .f {
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
`;
