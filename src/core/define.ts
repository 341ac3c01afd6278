import { VERSION } from '../version.js';

/** A global (shared by every copy of the script on the page) so that only one clash is reported. */
const WARNED = Symbol.for('strike-widgets.define-warned');

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Defines `tag` unless it is already defined. The script may be pasted twice, or two versions
 * of it may meet on one page: the first definition stays, nothing throws, and a different version
 * gives a single `console.warn` for the whole page. A class already defined under another name
 * in `registry` is defined under `tag` as a subclass of its own (a registry takes a constructor
 * once). Whatever goes wrong (a tag that is no tag, a registry that is none) is a `console.warn`.
 */
export function safeDefine(
  tag: string,
  widget: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  try {
    const existing = registry.get(tag) as Versioned | undefined;
    if (existing) return warnIfOtherVersion(tag, existing, widget);
    const definedAs = registry.getName?.(widget);
    registry.define(tag, definedAs && definedAs !== tag ? class extends widget {} : widget);
  } catch (e) {
    // A race with another copy, a bad name or registry: never throw.
    console.warn(
      `strike-widgets: could not define <${typeof tag === 'string' ? tag : typeof tag}>`,
      e,
    );
  }
}

function warnIfOtherVersion(tag: string, existing: Versioned, widget: CustomElementConstructor) {
  if (existing === widget || existing.version === VERSION) return;
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[WARNED]) return;
  g[WARNED] = true;
  console.warn(
    `strike-widgets ${VERSION}: <${tag}> is already defined by ` +
      `${existing.version ? `strike-widgets ${existing.version}` : 'another script'}; ` +
      `the first definition stays. Load the script once per page.`,
  );
}
