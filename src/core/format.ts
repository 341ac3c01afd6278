/**
 * Cached `Intl` formatters, and the dates and numbers the widgets show.
 *
 * Chromium's `Intl` has no Welsh data (`new Intl.DateTimeFormat('cy')` silently becomes en-US),
 * so Welsh is formatted with en-GB patterns and the Welsh words from `locales/cy.ts`.
 */
import type { Locale } from './locale.js';

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** A number formatted for the locale; never "NaN" or "-0". */
export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions) {
  return numberFormat(locale.intl, options).format(Number.isFinite(n) ? n || 0 : 0);
}

/**
 * A date (and/or time) formatted for the locale. For Welsh, en-GB's layout is kept and every
 * part that names something (month, weekday, the " at " between date and time) is looked up in
 * the term table's `dateNames`, which maps en-GB's words to Welsh ones: long month and weekday
 * names only, the only ones the widgets show.
 */
export function formatDate(
  locale: Locale,
  date: Date | number,
  options: Intl.DateTimeFormatOptions,
) {
  const format = dateTimeFormat(locale.intl, options);
  const names = locale.dateNames;
  return names
    ? format
        .formatToParts(date)
        .map(({ value }) => names[value] ?? value)
        .join('')
    : format.format(date);
}
