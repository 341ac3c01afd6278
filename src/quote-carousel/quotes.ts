/**
 * Quotes as data: read from the element's children or from JSON, with no rendering here.
 * Every string is normalised text; `url` is an absolute http(s) URL or null (never
 * `javascript:` or `data:`).
 */
import { safeUrl } from '../core/url.js';

export interface Quote {
  /** What was said. */
  text: string;
  /** Who said it ("Dr Louise Irvine"); may be empty. */
  name: string;
  /** Who they are ("London GP"); may be empty. */
  role: string;
  /** The source, shown as a link on the attribution; null when absent or not http(s). */
  url: string | null;
}

/** A string with runs of whitespace as one space and no spaces at the ends; '' for non-strings. */
export const clean = (s: unknown) => (typeof s == 'string' ? s.replace(/\s+/g, ' ').trim() : '');

/**
 * "Dr Louise Irvine, London GP" as name and role, split at the first comma; a leading dash
 * ("— Name") is dropped.
 */
export function splitAttribution(s: string): { name: string; role: string } {
  const [name, ...role] = clean(s)
    .replace(/^[-–—―~]+\s*/, '')
    .split(',');
  return { name: name.trim(), role: clean(role.join(',')) };
}

/** Drops quotes without text, with one `console.warn` saying how many (unless `warn` is false). */
function keep(items: Quote[], from: string, warn = true): Quote[] {
  const kept = items.filter((q) => q.text);
  const skipped = items.length - kept.length;
  if (skipped && warn)
    console.warn(`<quote-carousel>: skipped ${skipped} quote(s) without text in ${from}.`);
  return kept;
}

/**
 * Quotes from `<figure><blockquote>…</blockquote><figcaption>Name, role</figcaption></figure>`
 * and bare `<blockquote cite="…">…<footer>Name, role</footer></blockquote>` (or `<cite>`)
 * anywhere under `root`, in document order. The source URL is the blockquote's `cite`, else the
 * first link in the attribution. `warn: false` skips empty quotes silently (for a page still
 * being parsed, whose last quote may be half there).
 */
export function fromChildren(root: Element, warn = true): Quote[] {
  const items: Quote[] = [];
  for (const el of root.querySelectorAll('figure,blockquote:not(figure blockquote)')) {
    const bq = el.localName == 'figure' ? el.querySelector('blockquote') : el;
    if (!bq) continue;
    const body = bq.cloneNode(true) as Element;
    const inner = body.querySelector('footer,cite');
    inner?.remove();
    const by = el.querySelector('figcaption') ?? bq.querySelector('footer,cite');
    const link = bq.getAttribute('cite') ?? by?.querySelector('a[href]')?.getAttribute('href');
    items.push({
      text: clean(body.textContent),
      ...splitAttribution(by?.textContent ?? ''),
      url: safeUrl(link),
    });
  }
  return keep(items, 'the children', warn);
}

/**
 * Quotes from JSON: an array of `{ text, name, role, url }` or `{ quotes: [...] }`. Fields that
 * are not strings count as empty. Returns null when the data has neither shape.
 */
export function fromJson(data: unknown): Quote[] | null {
  const list = Array.isArray(data) ? data : (data as { quotes?: unknown })?.quotes;
  if (!Array.isArray(list)) return null;
  return keep(
    list.map((q) => {
      const o = (q && typeof q == 'object' ? q : {}) as Record<string, unknown>;
      return {
        text: clean(o.text),
        name: clean(o.name),
        role: clean(o.role),
        url: safeUrl(clean(o.url)),
      };
    }),
    'the JSON',
  );
}

/** A shuffled copy (Fisher–Yates); `random` as Math.random. */
export function shuffled<T>(items: readonly T[], random = Math.random): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
