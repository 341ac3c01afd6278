/**
 * Returns an absolute URL when `value` is an `https:` or `http:` URL or a path relative to the
 * page, and `null` for anything else: `javascript:`, `data:`, `vbscript:`, `blob:`, `file:`,
 * protocol-relative `//host` URLs, and empty values.
 *
 * The browser's own URL parser decides (it is the one that would follow the link), so leading
 * spaces, control characters, tabs and newlines inside the scheme and mixed case cannot smuggle
 * a scheme past the check.
 */
export function safeUrl(value: string | null | undefined, base = document.baseURI): string | null {
  if (value == null) return null;
  // What the URL parser strips before it reads the scheme: C0 controls and space at the ends,
  // tab and newlines anywhere.
  const stripped = value.replace(/^[\0- ]+|[\0- ]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!stripped || /^[\\/]{2}/.test(stripped)) return null;
  let url: URL;
  try {
    url = new URL(stripped, base);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** What a widget says of an address `blockedAsMixedContent` (after the address). */
export const MIXED_CONTENT = 'is an http address, which browsers block on an https page.';

/** Hosts a browser trusts over plain http, even from an https page: this machine's own. */
const LOOPBACK = /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\])$/i;

/**
 * Whether the browser would block fetching `url` from a page at `pageUrl` as mixed content: an
 * `http:` address (but this machine's own) from an `https:` page. The request would fail with
 * no reason given, so the widgets say it instead.
 */
export function blockedAsMixedContent(url: string, pageUrl = location.href): boolean {
  const { protocol, hostname } = new URL(url);
  return new URL(pageUrl).protocol === 'https:' && protocol === 'http:' && !LOOPBACK.test(hostname);
}

/**
 * Whether `text` is an address typed without its scheme (`www.union.example/pickets`), which a
 * browser reads as a path on the page's own site; what a widget says of it, after the address.
 */
export const missingScheme = (text: string) => /^\s*www\./i.test(text);
export const MISSING_SCHEME = 'has no https:// in front, so it would be a page of this site.';
