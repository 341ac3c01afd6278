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
export const clean = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';

/**
 * "Dr Louise Irvine, London GP" as name and role, split at the first comma; a leading dash
 * ("— Name") is dropped.
 */
export function splitAttribution(attribution?: string | null): { name: string; role: string } {
  const text = clean(attribution).replace(/^[-–—―~]+\s*/, '');
  const comma = text.indexOf(',');
  if (comma === -1) return { name: text, role: '' };
  return { name: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() };
}

/** Elements whose content a reader never sees as text. */
const UNREAD = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that start a new line where they begin and end (a reader sees a break there). */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'address',
  'dd',
  'dt',
  'tr',
]);

/**
 * The text of `node` as a reader sees it: `<br>` and the edges of paragraphs and other blocks
 * are spaces, and `<script>`, `<style>`, `<template>` and `<noscript>` are skipped. Elements for
 * which `skip` returns true are left out with their content.
 */
export function readableText(node: Node, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE || current.nodeType === Node.CDATA_SECTION_NODE) {
      parts.push(current.nodeValue ?? '');
      return;
    }
    if (!(current instanceof Element)) return;
    const tag = current.localName;
    if (UNREAD.has(tag) || skip(current)) return;
    if (tag === 'br' || BLOCKS.has(tag)) parts.push(' ');
    current.childNodes.forEach(visit);
    if (BLOCKS.has(tag)) parts.push(' ');
  };
  node.childNodes.forEach(visit);
  return clean(parts.join(''));
}

/** Drops quotes without text, with one `console.warn` saying how many (unless `warn` is false). */
function keepQuotesWithText(items: Quote[], from: string, options: { warn: boolean }): Quote[] {
  const kept = items.filter((quote) => quote.text);
  const skipped = items.length - kept.length;
  if (skipped && options.warn) {
    console.warn(`<quote-carousel>: skipped ${skipped} quote(s) without text in ${from}.`);
  }
  return kept;
}

const QUOTE_ELEMENTS = 'figure, blockquote';

/** The figures and blockquotes under `root` that no other figure or blockquote under it holds. */
function outermostQuotes(root: Element): Element[] {
  return [...root.querySelectorAll(QUOTE_ELEMENTS)].filter((el) => {
    const holder = el.parentElement?.closest(QUOTE_ELEMENTS);
    return !holder || !root.contains(holder);
  });
}

/** One quote from a `<figure>` (with a blockquote in it) or a bare `<blockquote>`; null if neither. */
function quoteFrom(el: Element): Quote | null {
  const blockquote = el.localName === 'figure' ? el.querySelector('blockquote') : el;
  if (!blockquote) return null;
  const innerAttribution = blockquote.querySelector('footer, cite');
  const attribution = el.querySelector('figcaption') ?? innerAttribution ?? undefined;
  const url =
    blockquote.getAttribute('cite') ?? attribution?.querySelector('a[href]')?.getAttribute('href');
  return {
    text: readableText(blockquote, (child) => child === innerAttribution),
    ...splitAttribution(attribution ? readableText(attribution) : ''),
    url: safeUrl(url),
  };
}

/**
 * Quotes from `<figure><blockquote>…</blockquote><figcaption>Name, role</figcaption></figure>`
 * and bare `<blockquote cite="…">…<footer>Name, role</footer></blockquote>` (or `<cite>`)
 * anywhere under `root`, in document order; a quote inside another is read once, as part of it.
 * The source URL is the blockquote's `cite`, else the first link in the attribution.
 * `warn: false` skips empty quotes silently (for a page still being parsed, whose last quote
 * may be half there).
 */
export function fromChildren(root: Element, options = { warn: true }): Quote[] {
  const items = outermostQuotes(root)
    .map(quoteFrom)
    .filter((quote) => quote !== null);
  return keepQuotesWithText(items, 'the children', options);
}

/** `data[key]` when `data` is an object that has `key` itself (not through its prototype). */
function ownField(data: unknown, key: string): unknown {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, key)) return undefined;
  return (data as Record<string, unknown>)[key];
}

/**
 * Quotes from JSON: an array of `{ text, name, role, url }` or `{ quotes: [...] }`. Fields are
 * read as the object's own properties only, and fields that are not strings count as empty.
 * Returns null when the data has neither shape.
 */
export function fromJson(data: unknown): Quote[] | null {
  const list = Array.isArray(data) ? data : ownField(data, 'quotes');
  if (!Array.isArray(list)) return null;
  const items = list.map((entry: unknown) => ({
    text: clean(ownField(entry, 'text')),
    name: clean(ownField(entry, 'name')),
    role: clean(ownField(entry, 'role')),
    url: safeUrl(clean(ownField(entry, 'url'))),
  }));
  return keepQuotesWithText(items, 'the JSON', { warn: true });
}

/** Whether two lists hold the same quotes, field for field, in the same order. */
export function sameQuotes(first: readonly Quote[], second: readonly Quote[]): boolean {
  return (
    first.length === second.length &&
    first.every(
      (quote, i) =>
        quote.text === second[i].text &&
        quote.name === second[i].name &&
        quote.role === second[i].role &&
        quote.url === second[i].url,
    )
  );
}

/** A shuffled copy (Fisher–Yates); `random` as Math.random. */
export function shuffled<T>(items: readonly T[], random = Math.random): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * Whether the carousel's quotes were pushed out of it, as WordPress's `wpautop` does with
 * `<p><quote-carousel></p>`: the carousel sits alone in a `<p>` and the elements after that
 * `<p>` hold figures or blockquotes.
 */
export function quotesPushedOut(carousel: Element): boolean {
  const paragraph = carousel.parentElement;
  if (paragraph?.localName !== 'p') return false;
  const next = paragraph.nextElementSibling;
  return (
    next !== null && (next.matches(QUOTE_ELEMENTS) || next.querySelector(QUOTE_ELEMENTS) !== null)
  );
}
