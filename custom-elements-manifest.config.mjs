// custom-elements.json from the sources' JSDoc and declarations: `npm run analyze` writes it, and
// `npm run manifest:check` (run by CI) fails when the committed file is stale.
//
// The plugins below complete what the analyzer reads (event types, unions, defaults, CSS custom
// property defaults and syntax), then the integration plugins write the editor data (VS Code,
// JetBrains) and the framework types (React, Vue, Svelte: scripts/framework-types.mjs) into dist/
// from the completed manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { writeFrameworkTypes } from './scripts/framework-types.mjs';

/** The schema the completed manifest follows (2.x: CSS custom properties carry `syntax`). */
const SCHEMA_VERSION = '2.1.0';

/** Files whose `var(--strike-…, default)` give the CSS custom properties' defaults. */
const STYLE_SOURCES = [
  'src/core/theme.ts',
  'src/strike-countdown/strike-countdown.styles.ts',
  'src/quote-carousel/quote-carousel.styles.ts',
  'src/petition-counter/petition-counter.styles.ts',
];

/** The syntax of a CSS custom property whose `@cssprop {syntax}` says none. */
const CSS_SYNTAX_BY_NAME = {
  '--strike-font': '*',
  '--strike-font-size':
    '<length-percentage> | xx-small | x-small | small | medium | large | x-large | xx-large',
};

/** The text from `start` up to the parenthesis that closes the one opened before it. */
function untilClosingParenthesis(source, start) {
  let depth = 0;
  for (let position = start; position < source.length; position++) {
    if (source[position] === '(') depth++;
    if (source[position] === ')') {
      if (depth === 0) return source.slice(start, position);
      depth--;
    }
  }
  return source.slice(start);
}

/** Each `--strike-*` property's fallback in the styles, e.g. `light-dark(#b3152b, #ff8a8a)`. */
function readCssDefaults() {
  const defaults = new Map();
  for (const file of STYLE_SOURCES) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/var\((--strike-[\w-]+),\s*/g)) {
      const fallback = untilClosingParenthesis(source, match.index + match[0].length).trim();
      if (!defaults.has(match[1])) defaults.set(match[1], fallback);
    }
  }
  return defaults;
}

/** The syntax (CSS Properties and Values) of a custom property, from its name or default. */
function cssSyntax(name, fallback = '') {
  if (CSS_SYNTAX_BY_NAME[name]) return CSS_SYNTAX_BY_NAME[name];
  if (/^(#|light-dark\(|rgb|hsl|oklch)/.test(fallback)) return '<color>';
  if (/^-?[\d.]+(px|em|rem|ch|%)$/.test(fallback)) return '<length-percentage>';
  return '*';
}

/** The classes the manifest describes, with the module each is in. */
function* classesOf(manifest) {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'class') yield declaration;
    }
  }
}

/** A type's text with each string-literal union alias (`Precision`) written out. */
function expandAliases(text, aliases) {
  return text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
}

/** Whether a type node is a union of string or number literals (and perhaps `number`). */
function isLiteralUnion(ts, typeNode) {
  if (!ts.isUnionTypeNode(typeNode)) return false;
  return typeNode.types.every(
    (member) => ts.isLiteralTypeNode(member) || member.kind === ts.SyntaxKind.NumberKeyword,
  );
}

/** Unquoted value of a JSDoc or initializer default (`'seconds'` → `seconds`). */
function unquote(text) {
  return text.replace(/^(['"`])(.*)\1$/, '$2');
}

/**
 * An attribute's type as editors take it: its string and number literals and the primitive
 * types, without classes or aliases (`string | URL | undefined` → `string`), so VS Code offers
 * the literals as values and JetBrains reads a plain TypeScript type.
 */
function editorType(text) {
  const members = text.split('|').map((member) => member.trim());
  const kept = members.filter((member) =>
    /^(['"].*['"]|-?\d+|string|number|boolean)$/.test(member),
  );
  return kept.length > 0 ? kept.join(' | ') : 'string';
}

/**
 * The manifest documents what users can reach: private members (`#x`, TypeScript's `private`)
 * are left out, so Storybook's controls and editors' hints show the public API. Events are those
 * documented with @fires: the shared `emit(type, detail)` would otherwise add one named after its
 * parameter. An abstract base (a class with no tag) is not an element.
 */
const publicApiOnly = {
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of classesOf(customElementsManifest)) {
      if (declaration.members) {
        declaration.members = declaration.members.filter((m) => m.privacy !== 'private');
      }
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.description);
      if (declaration.events?.length === 0) delete declaration.events;
      if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
    }
  },
};

/**
 * Types the analyzer leaves as names: an event's type comes from `@fires {Type}` or else from
 * the source's `GlobalEventHandlersEventMap` entry; a string-literal alias such as
 * `type Precision = 'seconds' | 'minutes'` is written out as its union, so editors and framework
 * types can offer the values.
 */
function completeTypes() {
  const eventTypes = new Map();
  const aliases = new Map();
  return {
    name: 'complete-types',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && isLiteralUnion(ts, node.type)) {
        aliases.set(node.name.text, node.type.getText());
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (member.type && member.name && ts.isStringLiteral(member.name)) {
            eventTypes.set(member.name.text, member.type.getText());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classesOf(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          if (!event.type && eventTypes.has(event.name)) {
            event.type = { text: eventTypes.get(event.name) };
          }
        }
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (item.type?.text) item.type.text = expandAliases(item.type.text, aliases);
        }
      }
    },
  };
}

/**
 * Every attribute carries its field's default (from the declaration's initializer or the field's
 * `@default` tag), unquoted as attributes are strings; booleans default to `false`.
 */
const attributeDefaults = {
  name: 'attribute-defaults',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of classesOf(customElementsManifest)) {
      for (const attribute of declaration.attributes ?? []) {
        const field = declaration.members?.find((m) => m.name === attribute.fieldName);
        if (field?.default !== undefined && attribute.default === undefined) {
          attribute.default = field.default;
        }
        if (field?.type && !attribute.type) attribute.type = { ...field.type };
        if (
          attribute.default === undefined &&
          /^boolean( \| undefined)?$/.test(attribute.type?.text)
        ) {
          attribute.default = 'false';
        }
      }
    }
  },
};

/** CSS custom properties get their default from the styles and a `syntax` (schema 2.x). */
function cssPropertyDetails() {
  const defaults = readCssDefaults();
  return {
    name: 'css-property-details',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.schemaVersion = SCHEMA_VERSION;
      for (const declaration of classesOf(customElementsManifest)) {
        for (const property of declaration.cssProperties ?? []) {
          property.default ??= defaults.get(property.name);
          property.syntax ??= property.type?.text ?? cssSyntax(property.name, property.default);
          delete property.type;
        }
      }
    },
  };
}

/**
 * The integration tools leave CSS custom properties' defaults out of the CSS data (VS Code) and
 * web-types (JetBrains): each property's description gets its default, and web-types its syntax.
 */
function addCssDefaults(manifest) {
  const details = new Map();
  for (const declaration of classesOf(manifest)) {
    for (const property of declaration.cssProperties ?? []) details.set(property.name, property);
  }
  const withDefault = (property) => {
    const detail = details.get(property.name);
    if (!detail?.default) return;
    property.description = `${property.description} Default: \`${detail.default}\`.`;
    return detail;
  };
  const vsCodeFile = 'dist/vscode.css-custom-data.json';
  const vsCode = JSON.parse(readFileSync(vsCodeFile, 'utf8'));
  vsCode.properties.forEach(withDefault);
  writeFileSync(vsCodeFile, JSON.stringify(vsCode, null, 2) + '\n');
  const webTypesFile = 'dist/web-types.json';
  const webTypes = JSON.parse(readFileSync(webTypesFile, 'utf8'));
  for (const property of webTypes.contributions.css?.properties ?? []) {
    const detail = withDefault(property);
    if (detail?.syntax) property.value = { type: detail.syntax, default: detail.default };
  }
  writeFileSync(webTypesFile, JSON.stringify(webTypes, null, 2) + '\n');
}

/** Editor data and framework types written from the completed manifest into dist/ (shipped). */
const integrations = {
  name: 'integrations',
  packageLinkPhase({ customElementsManifest }) {
    const manifest = structuredClone(customElementsManifest);
    for (const declaration of classesOf(manifest)) {
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.default !== undefined) attribute.default = unquote(attribute.default);
        if (attribute.type?.text) attribute.type.text = editorType(attribute.type.text);
      }
    }
    generateVsCodeCustomElementData(manifest, {
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    });
    generateJetBrainsWebTypes(manifest, {
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
    });
    addCssDefaults(manifest);
    writeFrameworkTypes(customElementsManifest, 'dist/types');
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/locales/**', 'src/bundle.ts'],
  litelement: true,
  // package.json's customElements field is written by hand: the analyzer would point it at
  // whatever --outdir it was given (the freshness check uses a scratch folder).
  packagejson: false,
  plugins: [publicApiOnly, completeTypes(), attributeDefaults, cssPropertyDetails(), integrations],
};
