import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { state } from './decorators.js';
import { VERSION } from '../version.js';
import { safeDefine } from './define.js';
import { adoptStylesIn } from './sheets.js';
import { misspeltAttribute } from './attribute-names.js';
import { ConfigError, errorView, toConfigError } from './errors.js';
import { defineUpgrading, holdFallback, isUpgrading, queueFirstRender } from './first-render.js';
import { LangController, localeFor, type Locale } from './locale.js';
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
   * first definition stays and a different version is reported once with `console.warn`. The
   * class may be defined under several names (its own tag and `my-countdown`, in either order).
   */
  static define(tag = this.tagName, registry: CustomElementRegistry = customElements) {
    defineUpgrading(() => safeDefine(tag, this as unknown as CustomElementConstructor, registry));
  }

  /** The language the widget speaks, resolved from `lang` on it, its ancestors or `<html>`. */
  @state() protected locale: Locale = localeFor('en');

  /**
   * The configuration problem shown instead of the widget, if any. Set in `willUpdate()` or
   * `render()`, so it needs no update of its own.
   */
  protected problem?: ConfigError;

  #lastLogged?: string;

  /** On the page when the tag was defined: its first render waits its turn (core/first-render.ts). */
  readonly #waitsForFirstRender = isUpgrading();

  constructor() {
    super();
    new LangController(this, (locale) => (this.locale = locale));
  }

  /**
   * The first render of a widget that was on the page when its tag was defined waits for a task
   * of its own (core/first-render.ts), the fallback showing. The styles come with the first
   * render: until then a bare tag stays as the page laid it out (inline), so that a page of many
   * turns them into blocks a batch at a time rather than all in one task.
   */
  protected override scheduleUpdate() {
    if (this.hasUpdated) return super.scheduleUpdate();
    const firstRender = () => {
      this.#adoptStyles();
      return super.scheduleUpdate();
    };
    return this.#waitsForFirstRender
      ? queueFirstRender(this.renderRoot, firstRender)
      : firstRender();
  }

  /** Reads and checks the attributes that changed; throws a `ConfigError` when one is wrong. */
  protected configure(_changed: PropertyValues): void {}

  /** The widget itself, when its configuration is good. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /**
   * Lit's render root, with style sheets made for the document the element is in (a same-origin
   * iframe's document refuses the page's sheets).
   */
  protected override createRenderRoot() {
    const ctor = this.constructor as typeof LitElement;
    const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
    if (this.#waitsForFirstRender) holdFallback(this, root);
    return root;
  }

  /** Moved to another document (`adoptNode`, or appended into an iframe): its sheets follow. */
  adoptedCallback() {
    if (this.hasUpdated) this.#adoptStyles();
  }

  #adoptStyles() {
    if (this.shadowRoot) {
      adoptStylesIn(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
  }

  protected override willUpdate(changed: PropertyValues) {
    try {
      const misspelt = misspeltAttribute(this);
      if (misspelt) throw misspelt;
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
