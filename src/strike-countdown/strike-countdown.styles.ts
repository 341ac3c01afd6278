import { css } from 'lit';

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
  .l {
    font-weight: 700;
    font-size: 1.15em;
  }
  .pv {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .t {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .u {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 4.5em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .n {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .d {
    color: var(--_muted);
  }
  .a {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .a a {
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  [part='action'] {
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
`;
