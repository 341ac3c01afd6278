/**
 * Cached `Intl` formatters, and the dates and numbers the widgets show.
 *
 * Chromium's `Intl` has no Welsh data (`new Intl.DateTimeFormat('cy')` silently becomes en-US),
 * so Welsh is formatted with en-GB patterns and Welsh month and day names from `locales/cy.ts`.
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

export const pluralRules = (locale: string) =>
  cached('p', locale, {}, () => new Intl.PluralRules(locale));

/** A number formatted for the locale; never "NaN" or "-0". */
export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions) {
  return numberFormat(locale.intl, options).format(Number.isFinite(n) ? n || 0 : 0);
}

/** English names as en-GB prints them, to look up the index of a month or weekday part. */
function nameIndex(options: Intl.DateTimeFormatOptions, count: number, day: (i: number) => number) {
  return cached('names', 'en-GB', options, () => {
    const f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    const map = new Map<string, number>();
    for (let i = 0; i < count; i++) map.set(f.format(day(i)), i);
    return map;
  });
}

/**
 * A date (and/or time) formatted for the locale. For Welsh the en-GB layout is kept and the
 * month and weekday names are replaced by the Welsh ones in the term table.
 */
export function formatDate(
  locale: Locale,
  date: Date | number,
  options: Intl.DateTimeFormatOptions,
) {
  const format = dateTimeFormat(locale.intl, options);
  const names = locale.terms.dateNames;
  if (!names) return format.format(date);
  return format
    .formatToParts(date)
    .map(({ type, value }) => {
      if (
        type === 'month' &&
        options.month &&
        options.month !== 'numeric' &&
        options.month !== '2-digit'
      ) {
        const i = nameIndex({ month: options.month }, 12, (m) => Date.UTC(2026, m, 15)).get(value);
        return i === undefined
          ? value
          : names[options.month === 'long' ? 'months' : 'monthsShort'][i];
      }
      if (type === 'weekday' && options.weekday) {
        // 2026-11-01 was a Sunday: index 0 is Sunday, as in Date#getDay.
        const i = nameIndex({ weekday: options.weekday }, 7, (d) => Date.UTC(2026, 10, 1 + d)).get(
          value,
        );
        return i === undefined
          ? value
          : names[options.weekday === 'long' ? 'days' : 'daysShort'][i];
      }
      // en-GB joins date and time with " at ".
      if (type === 'literal' && value === ' at ') return ` ${names.at} `;
      return value;
    })
    .join('');
}
