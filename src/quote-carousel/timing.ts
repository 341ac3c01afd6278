/**
 * How long each quote stays, and the carousel's accessible name: pure functions.
 *
 * `interval="auto"` (the default) gives each quote its reading time:
 *
 *     seconds = max(5, 2 + words × 60 / 200)
 *
 * where `words` counts the words of the quote and its attribution. 200 words a minute is slower
 * than the average adult's silent reading of non-fiction (about 238, Brysbaert 2019), to leave
 * room for slower readers and for people reading in a second language; the 2 seconds are for
 * noticing that the quote changed. No quote ever stays less than 5 seconds.
 */

/** The shortest time a quote is shown, in seconds. */
export const MIN_SECONDS = 5;
/** Reading speed for `auto`, in words a minute. */
export const WORDS_PER_MINUTE = 200;

/** Seconds to read `text` (the quote and its attribution): see the formula above. */
export const readingSeconds = (text: string) =>
  Math.max(MIN_SECONDS, 2 + (text.trim().split(/\s+/).length * 60) / WORDS_PER_MINUTE);

/**
 * The `interval` attribute or property: a number of seconds (at least 5, as a number or a
 * string), or `auto` (also for an empty or absent value). Anything else is `undefined`: the
 * caller warns and uses `auto`.
 */
export function parseInterval(value: unknown): number | 'auto' | undefined {
  if (value === undefined || value === null) return 'auto';
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const text = String(value).trim().toLowerCase();
  if (text === '' || text === 'auto') return 'auto';
  const seconds = Number(text);
  return Number.isFinite(seconds) && seconds >= MIN_SECONDS ? seconds : undefined;
}

/**
 * The carousel's accessible name: `label` without the word "carousel" (the region is already
 * announced as a carousel, so "Quotes carousel" would be read "Quotes carousel carousel"), or
 * `fallback` when nothing is left.
 */
export const regionLabel = (label: string | null | undefined, fallback: string) =>
  (label ?? '').replace(/\s*\bcarousel\b\s*/gi, ' ').trim() || fallback;
