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
