import { html, type TemplateResult } from 'lit';

/**
 * A configuration problem: which attribute, what it held, and what it expects. Thrown by pure
 * parsing code and shown in place by the element.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    /** The attribute at fault, e.g. `start`. */
    readonly attribute: string,
    /** What is wrong, in a sentence. */
    readonly problem: string,
    /** What the attribute expects, e.g. `an ISO 8601 date such as 2026-12-03T08:00`. */
    readonly expected: string,
  ) {
    super(`${attribute}: ${problem} Expected ${expected}.`);
  }
}

/** Any thrown value as a ConfigError (an unexpected one names the whole "configuration"). */
export function toConfigError(e: unknown): ConfigError {
  if (e instanceof ConfigError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ConfigError('configuration', message, 'a valid value');
}

/**
 * The error view: a short notice for the site owner in `part="error"`, then the author's own
 * fallback content (the light DOM, slotted), so a visitor still reads the dates, the quotes or
 * the link to sign.
 */
export function errorView(tag: string, error: ConfigError): TemplateResult {
  return html`<p part="error" class="error">
      <strong>&lt;${tag}&gt; ${error.attribute}:</strong> ${error.problem}
      <span>Expected ${error.expected}.</span>
    </p>
    <slot></slot>`;
}
