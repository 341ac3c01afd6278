#!/usr/bin/env node
// The WordPress plugin against a real WordPress (npm run test:wordpress): builds the plugin zip,
// installs Debian's WordPress with its own wp_install() on a MariaDB of its own, activates the
// plugin, saves posts as an Administrator and as an Author (Classic and block form, shortcodes
// and pasted tags), serves them with `php -S` and opens each in Chromium. Stops MariaDB and PHP
// at the end, also on failure. Set SKIP_BUILD=1 to reuse dist/ from an earlier build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launch } from '../e2e/lib.mjs';
import { FALLBACK, HOSTILE, hostileTag, PASTED, POSTS, QUOTES } from './content.mjs';
import { php, ROOT, startSite } from './site.mjs';

const ZIP = `${ROOT}dist/strike-widgets-wordpress.zip`;
const TIMEOUT = { timeout: 120_000 };
const state = {};

before(async () => {
  const started = Date.now();
  const build = process.env.SKIP_BUILD ? ['--no-build'] : [];
  execFileSync('node', [`${ROOT}scripts/build-wordpress.mjs`, ...build], { stdio: 'inherit' });
  state.site = await startSite({ zipFile: readFileSync(ZIP) });
  const posts = Object.entries(POSTS).map(([name, { role, content }]) => ({ name, role, content }));
  posts.push({ name: 'hostile-tag-author', role: 'author', content: hostileTag });
  state.saved = php('content.php', JSON.stringify(posts));
  state.browser = await launch();
  console.log(`# WordPress ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, TIMEOUT);

after(async () => {
  await state.browser?.close();
  await state.site?.stop();
});

/** The script tags on a page that load the plugin's script. */
function pluginScripts(html) {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => tag.includes('/wp-content/plugins/strike-widgets/assets/strike-widgets.js'));
}

/** What Chromium shows of a post: each widget's state and the text outside the widgets. */
async function openPost(id) {
  const page = await state.browser.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  const failedRequests = [];
  page.on('console', (message) => {
    // A failed request is reported below with its address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      consoleErrors.push(message.text());
    }
  });
  page.on('response', (response) => {
    // The theme links no favicon, so Chromium asks for /favicon.ico, which WordPress 404s.
    const isFavicon = new URL(response.url()).pathname === '/favicon.ico';
    if (response.status() >= 400 && !isFavicon) failedRequests.push(response.url());
  });
  await page.goto(`${state.site.url}/?p=${id}`, { waitUntil: 'load' });
  const seen = await page.evaluate(async () => {
    const tags = 'strike-countdown, quote-carousel, petition-counter';
    const widgets = [...document.querySelectorAll(tags)];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const outside = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (!parent.closest(tags) && !parent.closest('script, style'))
        outside.push(walker.currentNode.data);
    }
    return {
      widgets: widgets.map((widget) => ({
        tag: widget.localName,
        defined: widget.matches(':defined'),
        shadow: widget.shadowRoot !== null,
        error: widget.shadowRoot?.querySelector('[part~="error"]')?.textContent.trim() ?? null,
        quotes: widget.localName === 'quote-carousel' ? widget.quotes.length : null,
        // What wpautop leaves inside a widget: empty paragraphs, and line breaks at its edges.
        lightDom: widget.innerHTML,
        leftovers: [
          ...[...widget.querySelectorAll('p')].filter((p) => p.textContent.trim() === ''),
          ...[widget.firstElementChild, widget.lastElementChild].filter(
            (el) => el?.localName === 'br',
          ),
        ].map((el) => el.outerHTML),
      })),
      outsideText: outside.join(' ').replace(/\s+/g, ' '),
      widgetsDefined: ['strike-countdown', 'quote-carousel', 'petition-counter'].map(
        (tag) => customElements.get(tag) !== undefined,
      ),
    };
  });
  await page.close();
  return { ...seen, pageErrors, consoleErrors, failedRequests };
}

/** The attribute names of the first start tag in `html` (quoted values left out). */
function attributeNames(html) {
  const startTag = html.match(/^<[^>]*>/)[0].replace(/"[^"]*"/g, '""');
  return [...startTag.matchAll(/\s([^\s="'>/]+)/g)].map((match) => match[1]);
}

describe('the plugin in a real WordPress', () => {
  for (const [name, post] of Object.entries(POSTS)) {
    const hasWidgets = post.widgets.length > 0;

    test(
      `${name}: the script is enqueued ${hasWidgets ? 'once, deferred, in the footer' : 'not at all'}`,
      TIMEOUT,
      async () => {
        const response = await fetch(`${state.site.url}/?p=${state.saved[name].id}`);
        assert.equal(response.status, 200);
        const html = await response.text();
        assert.doesNotMatch(
          html,
          /(Fatal error|Warning|Notice|Deprecated)<\/b>:/,
          'PHP said something',
        );
        const scripts = pluginScripts(html);
        assert.equal(scripts.length, hasWidgets ? 1 : 0, scripts.join('\n'));
        if (hasWidgets) {
          assert.match(scripts[0], /\sdefer[\s>=]/);
          assert.ok(
            html.lastIndexOf(scripts[0]) > html.indexOf('</main>'),
            'the script is after the content',
          );
        }
      },
    );

    test(
      `${name}: every widget upgrades, shows no error, and its fallback is not shown twice`,
      TIMEOUT,
      async () => {
        const seen = await openPost(state.saved[name].id);
        assert.deepEqual(seen.pageErrors, []);
        assert.deepEqual(seen.consoleErrors, []);
        assert.deepEqual(seen.failedRequests, []);
        assert.deepEqual(
          seen.widgets.map((widget) => widget.tag),
          post.widgets,
          'the widgets on the page',
        );
        for (const widget of seen.widgets) {
          assert.ok(widget.defined && widget.shadow, `${widget.tag} upgraded`);
          assert.equal(widget.error, null, `${widget.tag} shows no error`);
          assert.deepEqual(
            widget.leftovers,
            [],
            `${widget.tag} holds no wpautop leftovers: ${widget.lightDom}`,
          );
          if (widget.quotes !== null)
            assert.equal(widget.quotes, QUOTES.length, 'every quote inside');
        }
        for (const text of [
          FALLBACK.countdown,
          FALLBACK.counter,
          ...QUOTES.map((quote) => quote.text),
        ]) {
          assert.ok(!seen.outsideText.includes(text), `shown outside a widget: ${text}`);
        }
        if (!hasWidgets) assert.deepEqual(seen.widgetsDefined, [false, false, false]);
      },
    );
  }

  test('an Author keeps the widget tags and attributes but kses removes a handler and a javascript: link', () => {
    const author = state.saved['classic-tags-author'];
    assert.equal(author.unfiltered, false, 'the Author has no unfiltered_html');
    assert.match(author.saved, /<strike-countdown start="2026-12-03T08:00" end="P2D"/);
    assert.match(author.saved, /<quote-carousel>\s*<figure><blockquote>/);
    assert.match(author.saved, /<petition-counter count="219672" goal="250000"/);
    const hostile = state.saved['hostile-tag-author'].saved;
    assert.match(hostile, /<strike-countdown start="2026-12-03T08:00"/);
    assert.doesNotMatch(hostile, /onclick|javascript:/i);
  });

  test('shortcodes pasted from a word processor: typographic quotes are read as quotes', () => {
    const out = php('escaping.php', JSON.stringify(PASTED));
    assert.match(out.typographicQuotes, /petition="700123"/, out.typographicQuotes);
    assert.match(out.typographicQuotes, /label="Junior doctors’ strike"/, out.typographicQuotes);
    assert.match(out.typographicQuotes, /action-text="Sign now"/, out.typographicQuotes);
    // esc_url() gives a URL with no scheme http://; the counter asks the Parliament over https.
    assert.match(out.noScheme, /petition="http:\/\/petition.parliament.uk\/petitions\/700123"/);
  });

  test('the shortcodes escape hostile values and drop URLs that are not http(s)', () => {
    const out = php('escaping.php', JSON.stringify(HOSTILE));
    for (const html of Object.values(out)) {
      assert.doesNotMatch(html, /<script|javascript:|data:/i, html);
      const names = attributeNames(html);
      assert.ok(!names.some((name) => name.startsWith('on')), `an event handler in ${html}`);
    }
    assert.match(out.quoteBreakout, /label="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.doesNotMatch(out.javascriptHref, /href=/);
    assert.doesNotMatch(out.mixedCaseScheme, /href=/);
    assert.doesNotMatch(out.dataUrl, /src=/);
    assert.doesNotMatch(out.javascriptPetition, /petition=/);
    assert.match(out.attributeBreakout, /count="5&quot; onmouseover=&quot;alert\(1\)"/);
    assert.match(out.goodUrls, /petition="https:\/\/petition.parliament.uk\/petitions\/700123"/);
    assert.match(out.goodUrls, /href="\/sign\?a=1&#038;b=2"/);
    assert.match(out.booleans, /<quote-carousel autoplay label="Quotes">/);
  });
});
