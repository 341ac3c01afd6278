// The bundle contract: the script loaded twice or in two versions, every placement of the script
// tag, elements added later, and elements made with document.createElement and properties.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allSnippets,
  carouselSnippet,
  counterSnippet,
  countdownSnippet,
  html,
  openPage,
  problems,
  script,
  TAGS,
  whenDefined,
  widgets,
  BOUND,
  start,
  stop,
} from './lib.mjs';

let browser, servers;
before(async () => ({ browser, servers } = await start()), BOUND);
after(() => stop({ browser, servers }));

/** Opens `body` (with `head`) and returns the widgets once all three tags are defined. */
async function load(name, { head = '', body = '' }) {
  const url = servers.site.page(`/contract/${name}.html`, html({ head, body }));
  const p = await openPage(browser);
  await p.page.goto(url);
  await whenDefined(p.page);
  return { ...p, list: await widgets(p.page) };
}

describe('the script loaded more than once', () => {
  test('twice, same version: no exception, at most one warning, widgets work', BOUND, async () => {
    const p = await load('twice', { body: allSnippets() + script() + script() });
    try {
      assert.deepEqual(p.log.errors, [], 'no exception');
      assert.ok(
        p.warnings().filter((w) => /strike-widgets/.test(w)).length <= 1,
        p.warnings().join('\n'),
      );
      assert.deepEqual(p.consoleErrors(), []);
      assert.equal(p.list.length, 3);
      assert.deepEqual(problems(p.list), []);
      assert.equal(await p.page.evaluate(() => window.StrikeWidgets.version), '0.1.0');
    } finally {
      await p.close();
    }
  });

  for (const [first, second, kept] of [
    ['/dist/strike-widgets.js', '/v2/strike-widgets.js', '0.1.0'],
    ['/v2/strike-widgets.js', '/dist/strike-widgets.js', '9.9.9-test'],
  ]) {
    test(
      `two versions (${kept} first): no exception, exactly one warning naming both, the first stays`,
      BOUND,
      async () => {
        const p = await load(`two-versions-${kept}`, {
          body: allSnippets() + script('', first) + script('', second),
        });
        try {
          assert.deepEqual(p.log.errors, [], 'no exception');
          const clash = p.warnings().filter((w) => /strike-widgets/.test(w));
          assert.equal(clash.length, 1, `one warning, got: ${p.warnings().join('\n')}`);
          assert.match(clash[0], /0\.1\.0/);
          assert.match(clash[0], /9\.9\.9-test/);
          const versions = await p.page.evaluate(
            (tags) => tags.map((t) => customElements.get(t).version),
            TAGS,
          );
          assert.deepEqual(versions, [kept, kept, kept], 'the first definition stays');
          assert.equal(await p.page.evaluate(() => window.StrikeWidgets.version), kept);
          assert.deepEqual(problems(p.list), []);
        } finally {
          await p.close();
        }
      },
    );
  }
});

describe('every placement of the script tag', () => {
  const placements = {
    // A blocking script in <head> upgrades each element at its start tag, before its children
    // are parsed: the carousel must pick its quotes up when they arrive.
    '[widget] in <head>': { head: script() },
    'in <head> with defer': { head: script('defer') },
    'in <head> with async': { head: script('async') },
    'at the end of <body>': { tail: script() },
    '[widget] at the start of <body>, before the elements': { lead: script() },
  };
  for (const [name, { head = '', tail = '', lead = '' }] of Object.entries(placements)) {
    test(`${name}: all three upgrade and render, nothing thrown`, BOUND, async () => {
      const p = await load(name.replace(/\W+/g, '-').replace(/^-/, ''), {
        head,
        body: lead + allSnippets() + tail,
      });
      try {
        assert.deepEqual(p.log.errors, []);
        assert.deepEqual(p.consoleErrors(), []);
        assert.deepEqual(p.warnings(), []);
        assert.deepEqual(
          p.list.map((w) => w.tag),
          TAGS,
        );
        assert.deepEqual(problems(p.list), []);
      } finally {
        await p.close();
      }
    });
  }
});

test('elements added after the script ran are upgraded', BOUND, async () => {
  const p = await load('late', { head: script(), body: '<main id="m"></main>' });
  try {
    assert.equal(p.list.length, 0);
    await p.page.evaluate((markup) => {
      document.getElementById('m').innerHTML = markup;
    }, allSnippets());
    // A second batch built node by node, as a CMS's own script might.
    await p.page.evaluate(
      (markup) => {
        const t = document.createElement('template');
        t.innerHTML = markup;
        document.body.append(t.content);
      },
      countdownSnippet() + carouselSnippet() + counterSnippet(),
    );
    const list = await widgets(p.page);
    assert.equal(list.length, 6);
    assert.deepEqual(problems(list), []);
    assert.deepEqual(p.log.errors, []);
  } finally {
    await p.close();
  }
});

test(
  'elements made with document.createElement and configured by properties work',
  BOUND,
  async () => {
    const p = await load('create-element', { head: script(), body: '' });
    try {
      await p.page.evaluate(() => {
        const c = document.createElement('strike-countdown');
        c.id = 'c';
        c.start = '2026-12-03T08:00';
        c.end = '2026-12-05T08:00';
        c.label = 'Property strike';
        c.now = '2026-12-01T10:00Z';
        const q = document.createElement('quote-carousel');
        q.id = 'q';
        const b = document.createElement('blockquote');
        b.textContent = 'A quote made by a script.';
        q.append(b);
        const n = document.createElement('petition-counter');
        n.id = 'n';
        n.count = 219672;
        n.label = 'Property petition';
        document.body.append(c, q, n);
      });
      const list = await widgets(p.page);
      assert.equal(list.length, 3);
      assert.deepEqual(problems(list), []);
      assert.deepEqual(p.log.errors, []);
      assert.deepEqual(p.consoleErrors(), []);
      // Properties set before the element is attached are not lost, and later changes take effect.
      await p.page.evaluate(() => {
        document.getElementById('c').start = '';
      });
      const [c] = await widgets(p.page);
      assert.match(c.error ?? '', /start/, 'a property change after the first render takes effect');
    } finally {
      await p.close();
    }
  },
);

test(
  '[widget] createElement + properties: the widgets show what the properties say',
  BOUND,
  async () => {
    const p = await load('create-element-content', { head: script(), body: '' });
    try {
      await p.page.evaluate(() => {
        const c = document.createElement('strike-countdown');
        Object.assign(c, {
          start: '2026-12-03T08:00',
          end: '2026-12-05T08:00',
          label: 'Property strike',
          now: '2026-12-01T10:00Z',
        });
        const q = document.createElement('quote-carousel');
        const b = document.createElement('blockquote');
        b.textContent = 'A quote made by a script.';
        q.append(b);
        const n = document.createElement('petition-counter');
        Object.assign(n, { count: 219672, label: 'Property petition' });
        document.body.append(c, q, n);
      });
      const [c, q, n] = await widgets(p.page);
      assert.match(c.text, /Property strike/);
      assert.ok(c.parts.includes('days'), `countdown parts: ${c.parts}`);
      assert.match(q.text, /A quote made by a script\./);
      assert.ok(q.parts.includes('text'), `carousel parts: ${q.parts}`);
      assert.match(n.text, /219,672/);
      assert.match(n.text, /Property petition/);
    } finally {
      await p.close();
    }
  },
);
