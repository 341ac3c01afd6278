/**
 * Cached `Intl` formatters, and the dates and numbers the widgets show.
 *
 * Chromium's `Intl` has no Welsh data (`new Intl.DateTimeFormat('cy')` silently becomes en-US),
 * so Welsh is formatted with en-GB patterns and the Welsh words from `locales/cy.ts`.
 */
import type { Locale } from './locale.js';

/**
 * One formatter per (kind, locale, options), found without building a key string: a tree whose
 * path is the locale, then each option's name and value in the order given. The widgets pass
 * their options in a fixed order, so each path is built once.
 */
interface CacheNode {
  children: Map<unknown, CacheNode>;
  formatter?: unknown;
}

const newNode = (): CacheNode => ({ children: new Map() });
const numberFormats = newNode();
const dateTimeFormats = newNode();

function child(node: CacheNode, key: unknown): CacheNode {
  let next = node.children.get(key);
  if (!next) {
    next = newNode();
    node.children.set(key, next);
  }
  return next;
}

function cached<T>(root: CacheNode, locale: string, options: object, make: () => T): T {
  let node = child(root, locale);
  for (const [name, value] of Object.entries(options)) node = child(child(node, name), value);
  node.formatter ??= make();
  return node.formatter as T;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));

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
