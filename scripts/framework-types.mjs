// Framework types from the completed manifest: React 19 JSX (`JSX.IntrinsicElements`), Vue
// (`GlobalComponents`) and Svelte 5 (`SvelteHTMLElements`), written to dist/types/ by the
// analyzer's config (custom-elements-manifest.config.mjs).
//
// Property and attribute types are the element classes' own (`StrikeCountdown['precision']`), and
// an event handler receives the event declared in `GlobalEventHandlersEventMap`, so the types
// follow the sources and a wrong value or a wrong `detail` field fails to type-check.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER =
  '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

/** The elements (classes with a tag) in the manifest. */
function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.tagName) elements.push(declaration);
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Whether a member is a public field a page may set (not static, not read-only, not inherited). */
function isSettableField(member) {
  const isPublic = member.privacy === undefined || member.privacy === 'public';
  return (
    member.kind === 'field' &&
    isPublic &&
    !member.static &&
    !member.readonly &&
    !member.inheritedFrom
  );
}

/** A property name as a TypeScript key (quoted when it is not an identifier). */
function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

/** `strike-countdown-phase` → `StrikeCountdownPhase` (Vue's `on…` handler names). */
function pascalCase(name) {
  return name.replace(/(^|-)(\w)/g, (_match, _dash, letter) => letter.toUpperCase());
}

/** One doc comment line from a manifest description. */
function doc(description, indent) {
  if (!description) return '';
  const text = description.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
  return `${indent}/** ${text} */\n`;
}

/** The properties and attributes of an element, each `name?: Class['field']`. */
function valueProps(element, indent) {
  const className = element.name;
  const props = new Map();
  for (const member of (element.members ?? []).filter(isSettableField)) {
    props.set(member.name, {
      type: `${className}['${member.name}']`,
      description: member.description,
    });
  }
  for (const attribute of element.attributes ?? []) {
    const field = element.members?.find((m) => m.name === attribute.fieldName);
    const type = field ? `${className}['${field.name}']` : 'string';
    props.set(attribute.name, { type, description: attribute.description });
  }
  return [...props]
    .map(([name, prop]) => `${doc(prop.description, indent)}${indent}${key(name)}?: ${prop.type};`)
    .join('\n');
}

/** Event handler props: `handlerName(event)` for each `@fires` event. */
function eventProps(element, indent, handlerName) {
  return (element.events ?? [])
    .map((event) => {
      const type = `(event: GlobalEventHandlersEventMap['${event.name}']) => void`;
      return `${doc(event.description, indent)}${indent}${key(handlerName(event.name))}?: ${type};`;
    })
    .join('\n');
}

/** The `import type` line for the element classes (from the package's own modules). */
function importClasses(elements) {
  const names = elements.map((element) => element.name).join(', ');
  return `import type { ${names} } from '../esm/index.js';\n`;
}

/** An interface of an element's props for one framework. */
function propsInterface(element, { suffix, handlerName }) {
  const body = [valueProps(element, '  '), eventProps(element, '  ', handlerName)]
    .filter(Boolean)
    .join('\n');
  return `${doc(element.summary ?? element.description, '')}export interface ${element.name}${suffix} {\n${body}\n}\n`;
}

/** React 19: `JSX.IntrinsicElements`, events as `on` + the event's name (`onstrike-countdown-phase`). */
function reactTypes(elements) {
  const interfaces = elements.map((element) =>
    propsInterface(element, { suffix: 'Props', handlerName: (name) => `on${name}` }),
  );
  const entries = elements.map(
    (element) =>
      `      '${element.tagName}': Omit<HTMLProps<${element.name}>, keyof ${element.name}Props> & ${element.name}Props;`,
  );
  return `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importClasses(elements)}
type HTMLProps<Element> = DetailedHTMLProps<HTMLAttributes<Element>, Element>;

${interfaces.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

/** Vue 3: `GlobalComponents`, events as `onStrikeCountdownPhase` (`@strike-countdown-phase`). */
function vueTypes(elements) {
  const interfaces = elements.map((element) =>
    propsInterface(element, { suffix: 'VueProps', handlerName: (name) => `on${pascalCase(name)}` }),
  );
  const entries = elements.map(
    (element) => `    '${element.tagName}': DefineComponent<${element.name}VueProps>;`,
  );
  return `${HEADER}import type { DefineComponent } from 'vue';
${importClasses(elements)}
${interfaces.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

/** Svelte 5: `SvelteHTMLElements`, events as `on` + the event's name. */
function svelteTypes(elements) {
  const interfaces = elements.map((element) =>
    propsInterface(element, { suffix: 'SvelteProps', handlerName: (name) => `on${name}` }),
  );
  const entries = elements.map(
    (element) =>
      `    '${element.tagName}': Omit<HTMLAttributes<${element.name}>, keyof ${element.name}SvelteProps> & ${element.name}SvelteProps;`,
  );
  return `${HEADER}import type { HTMLAttributes } from 'svelte/elements';
${importClasses(elements)}
${interfaces.join('\n')}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries.join('\n')}
  }
}
`;
}

/** Writes react.d.ts, vue.d.ts and svelte.d.ts for the manifest's elements into `outdir`. */
export function writeFrameworkTypes(manifest, outdir) {
  const elements = elementsOf(manifest);
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'react.d.ts'), reactTypes(elements));
  writeFileSync(join(outdir, 'vue.d.ts'), vueTypes(elements));
  writeFileSync(join(outdir, 'svelte.d.ts'), svelteTypes(elements));
}
