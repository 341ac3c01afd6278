// Storybook's own reading of custom-elements.json keys every row by its bare name, so a part or
// a property with the same name as an attribute (`label`, `calendar`, `count`, `goal`) replaces
// the attribute's row and its control, a property and its attribute (`actionText`,
// `action-text`) show twice, inherited internals show as controls, and `string | undefined` gets
// a JSON editor. This reads the manifest instead, with one key per row:
//
// - attributes, keyed by the attribute's name (what the stories set), each with a control that
//   fits its type: boolean, a select for a union of strings, a number, else text;
// - read-only properties and public methods of the widget itself (nothing inherited, nothing
//   private or protected), in the table without a control;
// - events, slots and CSS parts, in the table without a control;
// - CSS custom properties, keyed by their name, with a colour or text control that the stories
//   apply to the widget's `style`.
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface ManifestType {
  text?: string;
}

interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  type?: ManifestType;
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
  inheritedFrom?: unknown;
}

interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** Names that are never shown, even if a future manifest lists them as public. */
const INTERNALS = new Set([
  'tagName',
  'version',
  'locale',
  'problem',
  'hasUpdated',
  'updateComplete',
  'styles',
  'renderOptions',
  'isUpdatePending',
]);

/** The custom properties that hold a colour (the others take a length or a font). */
const COLOUR_PROPERTY = /accent|text|muted|surface|line/;

export function findDeclaration(manifest: Manifest, tagName: string) {
  const declarations = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []);
  return declarations.find((declaration) => declaration.tagName === tagName);
}

/** `'seconds' | 'minutes' | undefined` -> ['seconds', 'minutes']; [] when not such a union. */
export function stringUnion(typeText = ''): string[] {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null');
  const quoted = /^(['"])(.*)\1$/;
  if (members.length < 2 || !members.every((member) => quoted.test(member))) return [];
  return members.map((member) => member.slice(1, -1));
}

const unquote = (value?: string) => value?.replace(/^(['"])(.*)\1$/, '$2');

function attributeArgType(attribute: ManifestItem): InputType {
  const typeText = attribute.type?.text ?? 'string';
  const options = stringUnion(typeText);
  const property = attribute.fieldName ? `Property: \`${attribute.fieldName}\`.` : '';
  const argType: InputType = {
    name: attribute.name,
    description: [attribute.description, property].filter(Boolean).join('\n\n'),
    table: {
      category: 'attributes',
      type: { summary: typeText },
      defaultValue: { summary: attribute.default ?? '' },
    },
  };
  if (typeText.includes('boolean')) {
    return { ...argType, type: { name: 'boolean' }, control: 'boolean' };
  }
  if (options.length > 0) {
    return { ...argType, type: { name: 'enum', value: options }, options, control: 'select' };
  }
  if (/^number( \| undefined)?$/.test(typeText)) {
    return { ...argType, type: { name: 'number' }, control: 'number' };
  }
  return { ...argType, type: { name: 'string' }, control: 'text' };
}

/** A row in the table with no control (read-only properties, methods, events, slots, parts). */
function tableRow(item: ManifestItem, category: string, name = item.name): InputType {
  return {
    name,
    description: item.description,
    control: false,
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default ? { summary: item.default } : undefined,
    },
  };
}

function cssPropertyArgType(property: ManifestItem): InputType {
  return {
    name: property.name,
    description: property.description,
    type: { name: 'string' },
    control: COLOUR_PROPERTY.test(property.name) ? 'color' : 'text',
    table: {
      category: 'css custom properties',
      defaultValue: property.default ? { summary: unquote(property.default) } : undefined,
    },
  };
}

/** Members a designer or developer uses: the widget's own, public, not set by an attribute. */
function isOwnPublicMember(member: ManifestItem) {
  const isPublic = member.privacy === undefined || member.privacy === 'public';
  return (
    isPublic &&
    !member.static &&
    !member.inheritedFrom &&
    !member.attribute &&
    !member.name.startsWith('#') &&
    !INTERNALS.has(member.name)
  );
}

function rowsByKey(
  items: ManifestItem[] | undefined,
  prefix: string,
  toRow: (item: ManifestItem) => InputType,
) {
  return Object.fromEntries((items ?? []).map((item) => [`${prefix}${item.name}`, toRow(item)]));
}

/** The argTypes of one widget, read from the manifest (undefined for a tag it does not know). */
export function manifestArgTypes(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const declaration = findDeclaration(manifest, tagName);
  if (!declaration) return undefined;
  const members = (declaration.members ?? []).filter(isOwnPublicMember);
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');
  return {
    ...rowsByKey(declaration.attributes, '', attributeArgType),
    ...rowsByKey(fields, 'property:', (field) => tableRow(field, 'properties (read-only)')),
    ...rowsByKey(methods, 'method:', (method) => tableRow(method, 'methods', `${method.name}()`)),
    ...rowsByKey(declaration.events, 'event:', (event) => tableRow(event, 'events')),
    ...rowsByKey(declaration.slots, 'slot:', (slot) =>
      tableRow(slot, 'slots', slot.name || '(default)'),
    ),
    ...rowsByKey(declaration.cssParts, 'part:', (part) => tableRow(part, 'css shadow parts')),
    ...rowsByKey(declaration.cssProperties, '', cssPropertyArgType),
  };
}

/** The widget's description, for the top of its docs page. */
export function manifestDescription(manifest: Manifest, tagName: string) {
  return findDeclaration(manifest, tagName)?.description;
}
