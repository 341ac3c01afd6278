// The four drop-in scripts: each single-widget script defines only its tag, and any of them sit
// beside the full script and each other, in any order and either version; a page's own
// `StrikeWidgets` (an element's id, a settings object) stops nothing; the shipped files are ASCII
// with source maps that point at the right lines; every npm entry imports in Node (SSR).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import {
  allSnippets,
  html,
  openPage,
  problems,
  script,
  widgets,
  BOUND,
  ROOT,
  TAGS,
  start,
  stop,
} from './lib.mjs';

const SINGLE = ['strike-countdown', 'quote-carousel', 'petition-counter'];
const FILES = ['strike-widgets', ...SINGLE];

let browser, servers;
before(async () => {
  ({ browser, servers } = await start());
  // Every script also as "another version" (9.9.9-test), at /v2/NAME.js.
  for (const name of FILES) {
    const code = readFileSync(join(ROOT, `dist/${name}.js`), 'utf8');
    const v2 = code.replaceAll('"0.1.0"', '"9.9.9-test"').replaceAll('`0.1.0`', '`9.9.9-test`');
    assert.notEqual(v2, code, `${name}.js holds its version string`);
    servers.site.route(`/v2/${name}.js`, v2, { type: 'text/javascript; charset=utf-8' });
  }
}, BOUND);
after(() => stop({ browser, servers }));

/** Opens the three snippets with `scripts` (paths) loaded in that order, then lets them settle. */
async function open(name, scripts, { head = '' } = {}) {
  const body = allSnippets() + scripts.map((src) => script('', src)).join('');
  const url = servers.site.page(`/scripts/${name}.html`, html({ head, body }));
  const p = await openPage(browser);
  await p.page.goto(url);
  await p.page.waitForLoadState('load');
  const defined = await p.page.evaluate(
    (tags) => tags.filter((tag) => customElements.get(tag)),
    TAGS,
  );
  return { ...p, defined };
}

describe('a script per widget', () => {
  for (const tag of SINGLE) {
    test(`dist/${tag}.js defines <${tag}> only, and sets no global`, BOUND, async () => {
      const p = await open(`only-${tag}`, [`/dist/${tag}.js`]);
      try {
        assert.deepEqual(p.defined, [tag]);
        assert.deepEqual(p.log.errors, []);
        assert.equal(await p.page.evaluate(() => 'StrikeWidgets' in window), false);
        const list = (await widgets(p.page)).filter((w) => w.tag === tag);
        assert.deepEqual(problems(list), []);
      } finally {
        await p.close();
      }
    });
  }

  const orders = [
    ['/dist/strike-countdown.js', '/dist/strike-widgets.js'],
    ['/dist/strike-widgets.js', '/dist/quote-carousel.js'],
    ['/dist/petition-counter.js', '/dist/quote-carousel.js', '/dist/strike-countdown.js'],
    ['/v2/quote-carousel.js', '/dist/strike-widgets.js'],
    ['/dist/strike-widgets.js', '/v2/petition-counter.js', '/v2/strike-countdown.js'],
    ['/v2/strike-widgets.js', '/dist/strike-countdown.js', '/dist/strike-widgets.js'],
  ];
  for (const scripts of orders) {
    test(
      `${scripts.join(' then ')}: all three work, nothing thrown, at most one warning`,
      BOUND,
      async () => {
        const p = await open(scripts.join('+').replace(/\W+/g, '-'), scripts);
        try {
          assert.deepEqual(p.log.errors, [], 'no exception');
          assert.deepEqual(p.defined, TAGS);
          const clash = p.warnings().filter((w) => /strike-widgets/.test(w));
          assert.ok(clash.length <= 1, clash.join('\n'));
          const mixed = scripts.some((s) => s.startsWith('/v2/'));
          if (!mixed) assert.equal(clash.length, 0, 'one version: no warning');
          assert.deepEqual(problems(await widgets(p.page)), []);
        } finally {
          await p.close();
        }
      },
    );
  }
});

describe('a page with its own StrikeWidgets', () => {
  test('issue 13.5: an element with id="StrikeWidgets" stops nothing', BOUND, async () => {
    const url = servers.site.page(
      '/scripts/named-element.html',
      html({
        body:
          '<div id="StrikeWidgets"></div><form name="StrikeWidgets"></form>' +
          allSnippets() +
          script(),
      }),
    );
    const q = await openPage(browser);
    try {
      await q.page.goto(url);
      await q.page.waitForLoadState('load');
      assert.deepEqual(q.log.errors, []);
      assert.deepEqual(
        q.warnings().filter((w) => /strike-widgets/.test(w)),
        [],
      );
      assert.deepEqual(problems(await widgets(q.page)), []);
      assert.equal(await q.page.evaluate(() => window.StrikeWidgets.version), '0.1.0');
    } finally {
      await q.close();
    }
  });

  test(
    "issue 13.5: a page's own window.StrikeWidgets settings stay, and the tags are defined",
    BOUND,
    async () => {
      const settings = '<script>window.StrikeWidgets = { theme: "dark" };</script>';
      const url = servers.site.page(
        '/scripts/settings-object.html',
        html({ head: settings, body: allSnippets() + script() }),
      );
      const p = await openPage(browser);
      try {
        await p.page.goto(url);
        await p.page.waitForLoadState('load');
        assert.deepEqual(p.log.errors, []);
        assert.deepEqual(problems(await widgets(p.page)), []);
        assert.deepEqual(await p.page.evaluate(() => window.StrikeWidgets), { theme: 'dark' });
      } finally {
        await p.close();
      }
    },
  );
});

describe('the shipped files', () => {
  for (const name of FILES) {
    test(`dist/${name}.js is ASCII`, () => {
      const code = readFileSync(join(ROOT, `dist/${name}.js`), 'latin1');
      const offending = code.match(/[^\x20-\x7e\t\n\r]/);
      assert.equal(offending, null, `non-ASCII at ${offending?.index}`);
    });
  }

  test("dist/strike-countdown.js's source map points at the source line of a known string", () => {
    const code = readFileSync(join(ROOT, 'dist/strike-countdown.js'), 'utf8');
    const map = new SourceMapConsumer(
      JSON.parse(readFileSync(join(ROOT, 'dist/strike-countdown.js.map'), 'utf8')),
    );
    const needle = 'strike-countdown-phase';
    const at = code.indexOf(needle);
    assert.ok(at > 0, 'the event name is in the script');
    const before = code.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n') - 1;
    // The nearest mapping at or before the string's position.
    const original = map.originalPositionFor({
      line,
      column,
      bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
    });
    assert.match(original.source ?? '', /strike-countdown\/strike-countdown\.ts$/);
    const source = readFileSync(join(ROOT, 'src/strike-countdown/strike-countdown.ts'), 'utf8');
    const sourceLine = source.split('\n')[original.line - 1];
    assert.ok(
      sourceLine.includes(needle),
      `line ${original.line} of strike-countdown.ts should hold "${needle}": ${sourceLine}`,
    );
  });
});

describe('every npm entry in Node (SSR frameworks import them on the server)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  // Entries with JavaScript (the framework types are `.d.ts` only).
  const entries = Object.entries(pkg.exports).filter(([, target]) => target.default);
  for (const [entry, target] of entries) {
    test(`import "strike-widgets${entry.slice(1)}" does not throw`, async () => {
      await import(join(ROOT, target.default));
    });
  }
});

test("the README's extending example is test/fixtures/branch-countdown.ts (run by test/extending.test.ts)", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = readFileSync(join(ROOT, 'test/fixtures/branch-countdown.ts'), 'utf8');
  const asInstalled = example.replace(
    "'../../src/strike-countdown/strike-countdown.js'",
    "'strike-widgets/strike-countdown'",
  );
  assert.ok(
    readme.includes('```ts\n' + asInstalled + '```'),
    'the README shows the tested example',
  );
});
