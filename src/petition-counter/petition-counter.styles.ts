import { css } from 'lit';

export const styles = css`
  .w {
    padding: 1em;
    border: 1px solid var(--_line);
  }
  p,
  ul {
    margin: 0;
  }
  .label {
    font-weight: 700;
  }
  .count {
    font-size: var(--strike-petition-count-size, 2em);
    font-weight: 800;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .count small {
    font-size: 0.5em;
    font-weight: 400;
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.75em;
    margin: 0.5em 0 0.25em;
    border: 0;
    border-radius: 1em;
    overflow: hidden;
    background: var(--_line);
  }
  progress::-webkit-progress-bar {
    background: none;
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .goal,
  ul,
  .updated {
    font-size: 0.875em;
    color: var(--_muted);
  }
  ul {
    padding: 0;
    list-style: none;
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
