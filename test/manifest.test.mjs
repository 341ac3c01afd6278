// The manifest the analyzer makes of src/ (with the config's plugins) and the editor data written
// from it are complete: event types, documented defaults, unions for enumerated attributes, CSS
// custom property defaults and syntax. Run by `npm run manifest:check`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { analyze } from '../scripts/manifest.mjs';

/** The defaults the README documents, by tag and attribute, as attribute values. */
const DOCUMENTED_DEFAULTS = {
  'strike-countdown': {
    timezone: 'Europe/London',
    precision: 'seconds',
    calendar: 'false',
    'hide-after': 'false',
  },
  'quote-carousel': { interval: 'auto', autoplay: 'false', shuffle: 'false' },
  'petition-counter': { interval: '60', notation: 'standard' },
};

/** The values of each enumerated attribute. */
const UNIONS = {
  'strike-countdown': { precision: ['seconds', 'minutes'] },
  'quote-carousel': { interval: ['auto'] },
  'petition-counter': { notation: ['standard', 'compact'] },
};

/** The theme's defaults the README lists (light, dark). */
const CSS_DEFAULTS = {
  '--strike-accent': ['#b3152b', '#ff8a8a'],
  '--strike-text': ['#1c1b1f', '#f1eff4'],
  '--strike-radius': ['0.5em'],
  '--strike-font-size': ['medium'],
};

const unquote = (text) => text.replace(/^(['"])(.*)\1$/, '$2');
const literals = (typeText) => [...typeText.matchAll(/'([^']*)'/g)].map((match) => match[1]);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

let manifest;
const classes = () =>
  manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.kind === 'class');
const element = (tag) => classes().find((d) => d.tagName === tag);
const attribute = (tag, name) => element(tag)?.attributes?.find((a) => a.name === name);

before(() => {
  manifest = analyze();
});

describe('custom-elements.json', () => {
  test('declares the 2.x schema it follows', () => {
    assert.match(manifest.schemaVersion, /^2\.\d+\.\d+$/);
  });

  test('lists only classes with a tag as elements', () => {
    const untagged = classes().filter((d) => d.customElement && !d.tagName);
    assert.deepEqual(
      untagged.map((d) => d.name),
      [],
    );
    assert.deepEqual(
      classes()
        .filter((d) => d.customElement)
        .map((d) => d.tagName)
        .sort(),
      ['petition-counter', 'quote-carousel', 'strike-countdown'],
    );
  });

  test('gives every event a CustomEvent type', () => {
    for (const tag of Object.keys(DOCUMENTED_DEFAULTS)) {
      const events = element(tag).events ?? [];
      assert.ok(events.length > 0, `${tag} has events`);
      for (const event of events) {
        assert.ok(event.type?.text, `${tag} ${event.name} has a type`);
      }
    }
  });

  for (const [tag, defaults] of Object.entries(DOCUMENTED_DEFAULTS)) {
    for (const [name, value] of Object.entries(defaults)) {
      test(`${tag} ${name} defaults to ${value}`, () => {
        const found = attribute(tag, name);
        assert.ok(found, `${tag} has the attribute ${name}`);
        assert.equal(unquote(String(found.default)), value);
      });
    }
  }

  for (const [tag, unions] of Object.entries(UNIONS)) {
    for (const [name, values] of Object.entries(unions)) {
      test(`${tag} ${name} is typed as a union with ${values.join(', ')}`, () => {
        const type = attribute(tag, name)?.type?.text ?? '';
        for (const value of values)
          assert.ok(literals(type).includes(value), `${type} has ${value}`);
      });
    }
  }

  test('gives every CSS custom property a default and a syntax', () => {
    for (const tag of Object.keys(DOCUMENTED_DEFAULTS)) {
      for (const property of element(tag).cssProperties) {
        assert.ok(property.default, `${tag} ${property.name} has a default`);
        assert.ok(property.syntax, `${tag} ${property.name} has a syntax`);
      }
    }
  });

  test('gives the theme properties the defaults the README lists', () => {
    const properties = element('strike-countdown').cssProperties;
    for (const [name, parts] of Object.entries(CSS_DEFAULTS)) {
      const found = properties.find((p) => p.name === name);
      for (const part of parts) assert.ok(found?.default?.includes(part), `${name} has ${part}`);
    }
    assert.equal(properties.find((p) => p.name === '--strike-accent').syntax, '<color>');
  });
});

describe('editor data', () => {
  test('VS Code: a union attribute offers its values', () => {
    const data = readJson('dist/vscode.html-custom-data.json');
    const countdown = data.tags.find((tag) => tag.name === 'strike-countdown');
    const precision = countdown.attributes.find((a) => a.name === 'precision');
    assert.deepEqual(
      precision.values.map((v) => v.name),
      ['seconds', 'minutes'],
    );
  });

  test('VS Code: a CSS custom property names its default', () => {
    const data = readJson('dist/vscode.css-custom-data.json');
    const accent = data.properties.find((p) => p.name === '--strike-accent');
    assert.match(accent.description, /Default: `light-dark\(#b3152b, #ff8a8a\)`/);
  });

  test('JetBrains: attributes carry their union and default, CSS properties theirs', () => {
    const webTypes = readJson('dist/web-types.json');
    const counter = webTypes.contributions.html.elements.find((e) => e.name === 'petition-counter');
    const notation = counter.attributes.find((a) => a.name === 'notation');
    assert.deepEqual(literals(notation.value.type), ['standard', 'compact']);
    assert.equal(notation.value.default, 'standard');
    const radius = webTypes.contributions.css.properties.find((p) => p.name === '--strike-radius');
    assert.equal(radius.value.default, '0.5em');
  });

  test('package.json names the web-types and the editor data is shipped', () => {
    const pkg = readJson('package.json');
    assert.equal(pkg['web-types'].replace(/^\.\//, ''), 'dist/web-types.json');
    assert.ok(pkg.files.includes('dist'));
    assert.equal(
      pkg.exports['./vscode.html-custom-data.json'],
      './dist/vscode.html-custom-data.json',
    );
  });
});
