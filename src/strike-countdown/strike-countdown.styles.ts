import { css } from 'lit';

/**
 * The countdown's own styles (the theme's tokens and reset come first). One element per line of
 * text and one per number: the unit names are text beside their numbers, the links sit in the
 * wrapper's flow, so a page of a thousand countdowns has little to lay out.
 */
export const styles = css`
  :host {
    contain: content;
  }
  /*
   * The browser may skip a countdown's style, layout and paint while it is off screen (a page
   * of many). Not from its first render for one near the screen in space the page reserved, or
   * one a script added: the first layout of a skippable countdown takes the estimated size, so
   * the page would jump, and a script measuring it would read that size.
   */
  :host(:state(skippable)) {
    content-visibility: auto;
    contain-intrinsic-size: auto 15em;
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
  .label {
    font-weight: bold;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .number {
    min-width: 1.6em;
    padding: 0.1em 0.25em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    text-align: center;
    font-size: 2em;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .number:not(:first-child) {
    margin-inline-start: 0.4em;
  }
  .dates {
    color: var(--_muted);
  }
  .action,
  .calendar,
  .preview {
    display: inline-block;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .action,
  .calendar {
    margin: 0 0.5em 0.5em 0;
  }
  .action,
  .preview {
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
`;
