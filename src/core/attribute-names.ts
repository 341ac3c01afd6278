/**
 * Misspelt attribute names. A browser ignores an attribute it does not know, so `lable="…"`,
 * `calender`, `auto-play` or `action_text` (the shortcode spelling) would silently do nothing:
 * a name one typo away from one of the widget's attributes is reported instead. No global
 * attribute (`id`, `title`, `lang`, `hidden`, `part`…) is one typo away from any of the widgets'
 * (test/attribute-names.test.ts keeps it so); `data-`, `aria-` and event attributes are skipped.
 */
import { ConfigError } from './errors.js';

/** A name as compared: lower case, without the dashes and underscores people put in or leave out. */
const squeezed = (name: string) => name.toLowerCase().replace(/[-_]/g, '');

/** Whether `a` becomes `b` by one letter added, removed, changed, or two neighbours swapped. */
function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const differentA = a.slice(start, endA + 1);
  const differentB = b.slice(start, endB + 1);
  const swapped = differentA.length === 2 && differentA === [...differentB].reverse().join('');
  return Math.max(differentA.length, differentB.length) <= 1 || swapped;
}

/** The attributes each custom element class reads (its `observedAttributes`), found once. */
const knownByClass = new WeakMap<object, readonly string[]>();

function knownAttributes(element: Element): readonly string[] {
  const widgetClass = element.constructor as { observedAttributes?: string[] };
  let known = knownByClass.get(widgetClass);
  if (!known) knownByClass.set(widgetClass, (known = widgetClass.observedAttributes ?? []));
  return known;
}

/**
 * The first attribute of `element` that its class does not read (and that is not a `data-`,
 * `aria-` or event attribute) but is one typo away from one it does, as a ConfigError that
 * names both.
 */
export function misspeltAttribute(element: Element): ConfigError | undefined {
  const known = knownAttributes(element);
  for (const { name } of element.attributes) {
    if (known.includes(name) || /^(data-|aria-|on)/.test(name)) continue;
    const meant = known.find((candidate) => oneTypoApart(squeezed(name), squeezed(candidate)));
    if (meant)
      return new ConfigError(
        name,
        `is not an attribute of <${element.localName}> (a typo?).`,
        `${meant}="…"`,
      );
  }
  return undefined;
}
