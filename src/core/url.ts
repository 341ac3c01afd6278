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
 * What is wrong with an address a widget links to or (`fetched`) reads data from, beyond what
 * `safeUrl` refuses, as a sentence to follow the address; undefined when nothing is. Typed
 * without its scheme (`www.union.example/pickets`), a browser reads it as a path on the page's
 * own site; fetched over http from an https page, the browser blocks it.
 */
export function addressProblem(text: string, { fetched = false } = {}): string | undefined {
  if (/^\s*www\./i.test(text))
    return 'has no https:// in front, so it would be a page of this site.';
  const url = fetched ? safeUrl(text) : null;
  if (url && blockedAsMixedContent(url))
    return 'is an http address, which browsers block on an https page.';
  return undefined;
}
