/**
 * The `style` that applies the CSS custom property args (`--strike-*`, the colour and text
 * controls the preview makes from the manifest) a designer set, or undefined when none is set.
 */
export function customPropertyStyle(args: object) {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}: ${value as string}`);
  return declarations.length > 0 ? declarations.join('; ') : undefined;
}

/**
 * Answers the given URLs with an HTTP error, without a request: a static file server cannot send
 * a 503, and the stories that show a failing API need one. For a story's `beforeEach`; returns
 * the cleanup that puts `fetch` back.
 */
export function failRequests(urls: string[], status = 503) {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (urls.includes(url.pathname)) {
      return Promise.resolve(new Response('Service unavailable', { status }));
    }
    return realFetch(input, init);
  };
  return () => {
    window.fetch = realFetch;
  };
}
