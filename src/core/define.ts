import { VERSION } from '../version.js';

/** A global (shared by every copy of the script on the page) so that only one clash is reported. */
const WARNED = Symbol.for('strike-widgets.define-warned');

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Defines `tag` unless it is already defined. The script may be pasted twice, or two versions
 * of it may meet on one page: the first definition stays, nothing throws, and a different version
 * gives a single `console.warn` for the whole page.
 */
export function safeDefine(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (e) {
      // The same constructor under another name, or a race with another copy: never throw.
      console.warn(`strike-widgets: could not define <${tag}>`, e);
    }
    return;
  }
  if (existing === ctor || existing.version === VERSION) return;
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[WARNED]) return;
  g[WARNED] = true;
  console.warn(
    `strike-widgets ${VERSION}: <${tag}> is already defined by ` +
      `${existing.version ? `strike-widgets ${existing.version}` : 'another script'}; ` +
      `the first definition stays. Load the script once per page.`,
  );
}
