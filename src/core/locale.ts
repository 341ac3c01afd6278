import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateNames as welshDateNames } from '../locales/cy.js';

/** What a widget needs to speak a language. */
export interface Locale {
  /** The resolved `lang` (BCP 47), e.g. `en`, `cy`, `fr-CA`; `en` when none is set. */
  lang: string;
  /** The language of the built-in texts: `en` or `cy`. */
  textLang: 'en' | 'cy';
  /** The locale given to `Intl` for numbers and dates: en-GB for English and Welsh. */
  intl: string;
  /**
   * For languages Intl lacks (Welsh): en-GB's words in a formatted date (long month and weekday
   * names, and " at ") mapped to this language's. None for languages Intl has.
   */
  dateNames?: Record<string, string>;
}

const cache = new Map<string, Locale>();

/** The locale for a `lang` value: English or Welsh texts; `Intl` in that language where it can. */
export function localeFor(lang: string): Locale {
  let locale = cache.get(lang);
  if (locale) return locale;
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  let intl = 'en-GB';
  if (primary !== 'cy' && !(primary === 'en' && !/[-_]/.test(lang))) {
    try {
      intl = Intl.NumberFormat.supportedLocalesOf(lang)[0] ?? 'en-GB';
    } catch {
      // Not a well-formed language tag: British English.
    }
  }
  const textLang = primary === 'cy' ? 'cy' : 'en';
  const dateNames = textLang === 'cy' ? welshDateNames : undefined;
  locale = { lang: lang || 'en', textLang, intl, dateNames };
  cache.set(lang, locale);
  return locale;
}

/**
 * The element's own `lang`, else the nearest ancestor's (across shadow roots), else
 * `<html lang>`, else `en`.
 */
export function resolveLang(el: Element): string {
  for (let node: Node | null = el; node;) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** Callbacks to run when any `lang` attribute in the document changes; one observer serves them all. */
const listeners = new Set<() => void>();
let documentObserver: MutationObserver | undefined;

const LANG_CHANGES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
};

function watchDocument(callback: () => void): () => void {
  listeners.add(callback);
  if (!documentObserver) {
    documentObserver = new MutationObserver(() => listeners.forEach((l) => l()));
    documentObserver.observe(document.documentElement, LANG_CHANGES);
  }
  return () => {
    listeners.delete(callback);
    if (!listeners.size) {
      documentObserver?.disconnect();
      documentObserver = undefined;
    }
  };
}

/** The shadow roots `el` sits in, innermost first (none for an element in the document). */
function shadowRootsAround(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    roots.push(root);
  }
  return roots;
}

/**
 * Calls `callback` when a `lang` attribute that `el`'s language may depend on changes: anywhere
 * in the document (one observer shared by all), and inside each shadow root around `el`, which a
 * document observer does not see (an observer of its own, only for elements inside one).
 * Returns the function that stops watching.
 */
export function watchLang(el: Element, callback: () => void): () => void {
  const stopDocument = watchDocument(callback);
  const roots = shadowRootsAround(el);
  const rootObserver = roots.length ? new MutationObserver(callback) : undefined;
  roots.forEach((root) => rootObserver!.observe(root, LANG_CHANGES));
  return () => {
    stopDocument();
    rootObserver?.disconnect();
  };
}

/**
 * The host's language as a controller: resolved when it connects, and again whenever a `lang` it
 * depends on changes; `onChange` gets the new locale. Watches only while the host is connected.
 */
export class LangController implements ReactiveController {
  locale: Locale = localeFor('en');
  readonly #host: ReactiveControllerHost & Element;
  readonly #onChange: (locale: Locale) => void;
  #stopWatching?: () => void;

  constructor(host: ReactiveControllerHost & Element, onChange: (locale: Locale) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected() {
    this.#resolve();
    this.#stopWatching = watchLang(this.#host, () => this.#resolve());
  }

  hostDisconnected() {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  #resolve() {
    const lang = resolveLang(this.#host);
    if (lang === this.locale.lang) return;
    this.locale = localeFor(lang);
    this.#onChange(this.locale);
  }
}
