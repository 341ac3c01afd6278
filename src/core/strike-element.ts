import {
  LitElement,
  defaultConverter,
  html,
  notEqual,
  nothing,
  type CSSResultGroup,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { state } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { safeDefine } from './define.js';
import { ConfigError, errorView, toConfigError } from './errors.js';
import { holdFallback, queueFirstRender, rememberReservedHeights } from './first-render.js';
import { localeFor, resolveLang, watchLang, type Locale } from './locale.js';
import { theme } from './theme.js';

/** The `detail` of a `CustomEvent` type (`never` for other events). */
type EventDetail<E> = E extends CustomEvent<infer Detail> ? Detail : never;

/**
 * What the three widgets share: the version, a safe `define()`, the language (re-rendered when
 * any `lang` it depends on changes), the theme and reset, and the error view.
 *
 * Subclasses parse their attributes in `configure()`, which may throw a `ConfigError`, and draw
 * in `renderContent()`. Whatever either throws is shown in place and logged once with
 * `console.error`; no exception escapes the element.
 */
export abstract class StrikeElement extends LitElement {
  /** The strike-widgets version that defined this element. */
  static readonly version = VERSION;

  /** The tag `define()` uses when given none. */
  static tagName: string;

  static override styles: CSSResultGroup = [theme];

  /**
   * Defines the element's tag (or `tag`) in `registry`, unless it is defined already: then the
   * first definition stays and a different version is reported once with `console.warn`.
   */
  static define(tag = this.tagName, registry: CustomElementRegistry = customElements) {
    rememberReservedHeights();
    safeDefine(tag, this as unknown as CustomElementConstructor, registry);
  }

  /**
   * Lit's `createProperty`, given a declaration whose every option is the declaration's own (or
   * Lit's default): a page that defines `state`, `attribute`, `type` or `reflect` on
   * `Object.prototype` cannot reach into the declarations through inheritance.
   */
  static override createProperty(name: PropertyKey, options: PropertyDeclaration = {}) {
    const own = <K extends keyof PropertyDeclaration>(key: K, fallback: PropertyDeclaration[K]) =>
      Object.hasOwn(options, key) ? options[key] : fallback;
    const state = own('state', false);
    super.createProperty(name, {
      state,
      attribute: state ? false : own('attribute', true),
      type: own('type', String),
      converter: own('converter', defaultConverter),
      reflect: own('reflect', false),
      hasChanged: own('hasChanged', notEqual),
      noAccessor: own('noAccessor', false),
      useDefault: own('useDefault', false),
    });
  }

  /** The language the widget speaks, resolved from `lang` on it, its ancestors or `<html>`. */
  @state() protected locale: Locale = localeFor('en');

  /**
   * The configuration problem shown instead of the widget, if any. Set in `willUpdate()` or
   * `render()`, so it needs no update of its own.
   */
  protected problem?: ConfigError;

  #lastLogged?: string;
  #unwatchLang?: () => void;

  // The first render waits for a task of its own (core/first-render.ts), the fallback showing.
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    holdFallback(this, root);
    return root;
  }

  protected override scheduleUpdate() {
    if (this.hasUpdated) return super.scheduleUpdate();
    return queueFirstRender(this.renderRoot, () => super.scheduleUpdate());
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#updateLang();
    this.#unwatchLang = watchLang(() => this.#updateLang());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unwatchLang?.();
    this.#unwatchLang = undefined;
  }

  #updateLang() {
    const lang = resolveLang(this);
    if (lang !== this.locale.lang) this.locale = localeFor(lang);
  }

  /** Reads and checks the attributes that changed; throws a `ConfigError` when one is wrong. */
  protected configure(_changed: PropertyValues): void {}

  /** The widget itself, when its configuration is good. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  protected override willUpdate(changed: PropertyValues) {
    try {
      this.configure(changed);
      this.problem = undefined;
    } catch (e) {
      this.reportProblem(e);
    }
  }

  /**
   * Fires `type` (bubbling out of shadow roots) with `detail`, both checked against the event's
   * declaration in `GlobalEventHandlersEventMap`.
   */
  protected emit<Type extends keyof GlobalEventHandlersEventMap>(
    type: Type,
    detail: EventDetail<GlobalEventHandlersEventMap[Type]>,
  ) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Shows `e` in place of the widget and logs it once. */
  protected reportProblem(e: unknown) {
    const problem = toConfigError(e);
    this.problem = problem;
    if (problem.message !== this.#lastLogged) {
      this.#lastLogged = problem.message;
      console.error(`<${this.localName}> ${problem.message}`, this);
    }
  }

  protected override render() {
    let content: TemplateResult | typeof nothing = nothing;
    if (!this.problem) {
      try {
        content = this.renderContent();
      } catch (e) {
        this.reportProblem(e);
      }
    }
    return html`<div class="w" part="base">
      ${this.problem ? errorView(this.localName, this.problem) : content}
    </div>`;
  }
}
