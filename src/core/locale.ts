import { en, type Terms } from '../locales/en.js';
import { cy } from '../locales/cy.js';

/** What a widget needs to speak a language. */
export interface Locale {
  /** The resolved `lang` (BCP 47), e.g. `en`, `cy`, `fr-CA`; `en` when none is set. */
  lang: string;
  /** The language of the built-in texts: `en` or `cy`. */
  textLang: 'en' | 'cy';
  /** The locale given to `Intl` for numbers and dates: en-GB for English and Welsh. */
  intl: string;
  terms: Terms;
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
  locale = { lang: lang || 'en', textLang, intl, terms: textLang === 'cy' ? cy : en };
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

/** Elements to tell when any `lang` attribute on the page changes; one observer serves them all. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchLang(callback: () => void): () => void {
  listeners.add(callback);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(callback);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
