import { defaultConverter, notEqual, type PropertyDeclaration } from 'lit';
import { property as litProperty, state as litState } from 'lit/decorators.js';

/**
 * Lit's `@property` and `@state`, handed a declaration whose every option is its own. Lit reads
 * options such as `state`, `attribute`, `type` and `reflect` with plain property access, so a page
 * that defines one of those names on `Object.prototype` would otherwise reach into every
 * declaration through inheritance (and, for example, make every attribute ignored).
 */
function ownOptions(options: PropertyDeclaration): PropertyDeclaration {
  const own = <K extends keyof PropertyDeclaration>(key: K, fallback: PropertyDeclaration[K]) =>
    Object.hasOwn(options, key) ? options[key] : fallback;
  const state = own('state', false);
  return {
    state,
    attribute: state ? false : own('attribute', true),
    type: own('type', String),
    converter: own('converter', defaultConverter),
    reflect: own('reflect', false),
    hasChanged: own('hasChanged', notEqual),
    noAccessor: own('noAccessor', false),
    useDefault: own('useDefault', false),
  };
}

/** A reactive property, as Lit's `@property(options)`. */
export const property = (options: PropertyDeclaration = {}) => litProperty(ownOptions(options));

/** Internal reactive state, as Lit's `@state()`. */
export const state = () => litState(ownOptions({ state: true }));
