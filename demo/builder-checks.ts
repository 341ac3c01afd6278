/**
 * The embed builder's checks: one function per kind of field, each returning what is wrong in
 * words a page author understands, with an example of what works, or `''` when the value is
 * fine. They use the widgets' own parsing, so the builder refuses exactly what the widget would
 * show an error for (and a little more: a link without `https://` would be read as a path on the
 * author's own site).
 */
import { ConfigError } from '../src/core/errors.js';
import { safeUrl } from '../src/core/url.js';
import { petitionUrl } from '../src/petition-counter/sources.js';
import { parseSchedule } from '../src/strike-countdown/schedule.js';

/** A field's problem, or `''`. */
export type Check = (value: string, form: FieldValues) => string;

/** The values of the chosen widget's fields, by name. */
export type FieldValues = Map<string, string>;

const DATE_EXAMPLE =
  'Write it as year-month-day, then T and the time in 24 hours: 2026-12-03T08:00 (or 2026-12-03 for midnight).';

/** The countdown's dates and zone, read as the widget reads them; the problem of `field` only. */
function scheduleProblem(field: 'start' | 'end' | 'timezone', form: FieldValues): string {
  try {
    parseSchedule({
      start: form.get('start') ?? '',
      end: form.get('end') || undefined,
      timezone: form.get('timezone') || undefined,
    });
    return '';
  } catch (error) {
    if (!(error instanceof ConfigError) || error.attribute !== field) return '';
    if (field === 'start')
      return `That is not a date and time the countdown can read. ${DATE_EXAMPLE}`;
    if (field === 'timezone')
      return 'That is not a time zone name. Pick one from the list, such as Europe/London.';
    return /P/i.test(form.get('end') ?? '')
      ? 'That is not a length of time. Write P and the days (P2D), or PT and the hours (PT48H).'
      : `That is not a date and time after the start. ${DATE_EXAMPLE} Or a length: P2D, PT48H.`;
  }
}

/** A required start, as the widget reads it. */
export const checkStart: Check = (value, form) =>
  value.trim() ? scheduleProblem('start', form) : `Give the day the strike starts. ${DATE_EXAMPLE}`;

/** An optional end: a date-time after the start, or a duration. */
export const checkEnd: Check = (value, form) =>
  value.trim() && form.get('start')?.trim() && !scheduleProblem('start', form)
    ? scheduleProblem('end', form)
    : '';

/** An optional IANA time zone. */
export const checkTimezone: Check = (value, form) =>
  value.trim() ? scheduleProblem('timezone', form) : '';

/** An optional web address: `https://…`, `http://…` or a path on the site (`/…`). */
export const checkLink = (value: string): string => {
  const text = value.trim();
  if (!text) return '';
  const fullOrPath = /^(https?:\/\/|\/(?!\/))/i.test(text);
  if (!fullOrPath || !safeUrl(text))
    return 'Give the full address, starting with https:// (for example https://example.org/pickets).';
  return '';
};

/** A required address of the script: a web address or a path, ending in `.js`. */
export const checkScript: Check = (value) => {
  const text = value.trim();
  if (!text) return 'Give the address where you host strike-widgets.js.';
  return (
    checkLink(text) ||
    (/\.js([?#].*)?$/i.test(text) ? '' : 'The address of the script ends in .js.')
  );
};

/** A required UK Parliament petition: its number or its address. */
export const checkPetition: Check = (value) => {
  const text = value.trim();
  const example =
    'Give the petition number, such as 700123, or its address: https://petition.parliament.uk/petitions/700123.';
  if (!text) return example;
  try {
    const url = new URL(petitionUrl(text, 'https://petition.parliament.uk/'));
    const onParliament = url.hostname === 'petition.parliament.uk';
    if (onParliament && !/^\/(archived\/)?petitions\/\d+$/.test(url.pathname))
      return `That address is not a petition's page. ${example}`;
    return '';
  } catch {
    return example;
  }
};

/** An optional positive whole number (commas and spaces between thousands are fine). */
export const checkGoal: Check = (value) => {
  const text = value.trim().replace(/[,\s]/g, '');
  if (!text) return '';
  return /^\d+$/.test(text) && Number(text) > 0
    ? ''
    : 'Give the number of signatures as digits, such as 250000.';
};

/** The carousel's seconds a quote: `auto`, or a number of seconds. */
export const checkInterval: Check = (value) => {
  const text = value.trim();
  if (!text || text === 'auto') return '';
  return /^\d+(\.\d+)?$/.test(text) && Number(text) > 0
    ? ''
    : 'Give a number of seconds, such as 8, or leave it empty for "long enough to read".';
};

/** The carousel's quotes: at least one, unless a JSON address gives them. */
export const checkQuotes: Check = (value, form) =>
  value.trim() || form.get('src')?.trim()
    ? ''
    : 'Write at least one quote (or give a JSON address below).';
