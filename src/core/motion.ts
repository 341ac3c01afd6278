/**
 * Whether to avoid motion: the visitor's `prefers-reduced-motion: reduce`, or a page that opts
 * all widgets out with `<html data-strike-reduced-motion>` (also how Storybook's toolbar
 * switches it, since a page cannot emulate the media query).
 */
export function reducedMotion(): boolean {
  return (
    document.documentElement.hasAttribute('data-strike-reduced-motion') ||
    matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
