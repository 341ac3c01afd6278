import type { CSSResult, CSSResultOrNative } from 'lit';

/**
 * Constructable style sheets per document. A sheet may only be adopted in the document whose
 * window constructed it, so a widget that lives in a same-origin iframe (connected there first,
 * or moved there with `adoptNode`) needs sheets made by that iframe's window: Lit's own cached
 * sheet belongs to the window that loaded the script. One sheet per CSS text and document.
 */
const sheetsByDocument = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function sheetFor(document: Document, style: CSSResultOrNative): CSSStyleSheet | undefined {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  if (!view) return undefined; // a document with no window (DOMParser) renders nothing
  if (style instanceof view.CSSStyleSheet) return style;
  const cssText = cssTextOf(style);
  let sheets = sheetsByDocument.get(document);
  if (!sheets) sheetsByDocument.set(document, (sheets = new Map()));
  let sheet = sheets.get(cssText);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  return sheet;
}

function cssTextOf(style: CSSResultOrNative) {
  if (style instanceof CSSStyleSheet) {
    return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  }
  return (style as CSSResult).cssText;
}

/** Gives `root` the element's styles as sheets of the document it is in now. */
export function adoptStylesIn(root: ShadowRoot, styles: CSSResultOrNative[]) {
  const document = root.ownerDocument;
  if (document === window.document) {
    // The page's own document: Lit's cached sheets.
    root.adoptedStyleSheets = styles.map((s) =>
      s instanceof CSSStyleSheet ? s : (s as CSSResult).styleSheet!,
    );
    return;
  }
  root.adoptedStyleSheets = styles
    .map((style) => sheetFor(document, style))
    .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
}
