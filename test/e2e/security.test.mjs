// Strict pages and hostile input: a Content-Security-Policy sent as a header, Trusted Types
// enforced, and hostile content in every input a page author or a data source controls.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allSnippets,
  documentedPolicies,
  html,
  openPage,
  overflows,
  problems,
  script,
  shot,
  sleep,
  whenDefined,
  widgets,
  BOUND,
  start,
  stop,
} from './lib.mjs';

let browser, servers;
before(async () => ({ browser, servers } = await start()), BOUND);
after(() => stop({ browser, servers }));

const petitionUrl = () => `${servers.api.origin}/mock/petitions/700123`;

/** Records the Trusted Types policies the page creates (names, in order). */
function recordPolicies() {
  window.__policies = [];
  if (!window.trustedTypes) return;
  const create = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name, rules) => {
    window.__policies.push(name);
    return create(name, rules);
  };
}

async function strictPage(name, csp, body) {
  const url = servers.site.page(`/security/${name}.html`, html({ body }), {
    'Content-Security-Policy': csp,
  });
  const p = await openPage(browser, { init: recordPolicies });
  await p.page.goto(url);
  await whenDefined(p.page);
  // Let the counter's first requests (to the API origin) complete.
  await p.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  return p;
}

describe('a strict Content-Security-Policy sent as a header', () => {
  // The policy from the issue; README.md documents the same line.
  const csp = () =>
    `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${servers.api.origin}`;

  test('the CSP line README.md gives is the one tested', BOUND, () => {
    assert.equal(documentedPolicies(servers.api.origin).csp, csp());
  });

  test('all three render and no securitypolicyviolation fires', BOUND, async () => {
    const p = await strictPage(
      'csp',
      csp(),
      allSnippets({ counter: { petition: petitionUrl() } }) + script('defer'),
    );
    try {
      const list = await widgets(p.page);
      assert.deepEqual(problems(list), []);
      assert.deepEqual(await p.page.evaluate(() => window.__violations), []);
      assert.deepEqual(p.log.errors, []);
      // The policy really is enforced: an inline style and an inline script are refused.
      const refused = await p.page.evaluate(async () => {
        const s = document.createElement('style');
        s.textContent = 'body { color: red }';
        document.head.append(s);
        await new Promise((r) => setTimeout(r, 50));
        return window.__violations.length;
      });
      assert.ok(refused >= 1, 'the page CSP blocks inline styles (the test measures something)');
    } finally {
      await p.close();
    }
  });

  test(
    '[widget] under the CSP the counter reads the API origin and the widgets show content',
    BOUND,
    async () => {
      const p = await strictPage(
        'csp-content',
        csp(),
        allSnippets({ counter: { petition: petitionUrl() } }) + script('defer'),
      );
      try {
        await p.page.waitForFunction(
          () =>
            /\d/.test(
              document.querySelector('petition-counter').shadowRoot?.querySelector('[part~=count]')
                ?.textContent ?? '',
            ),
          null,
          { timeout: 10_000 },
        );
        const [c, q, n] = await widgets(p.page);
        assert.ok(c.parts.includes('days'));
        assert.ok(q.parts.includes('text'));
        assert.ok(n.parts.includes('count'));
        assert.deepEqual(await p.page.evaluate(() => window.__violations), []);
      } finally {
        await p.close();
      }
    },
  );
});

describe('Trusted Types enforced (the header lines from README.md)', () => {
  test(
    'the bundle creates exactly the documented policies (lit-html, strike-widgets-worker) and no violation fires',
    BOUND,
    async () => {
      const docs = documentedPolicies(servers.api.origin);
      // Lit's, then the one for the Intl warm-up worker (test/e2e/warmup.test.mjs).
      assert.deepEqual(docs.policyNames, ['lit-html', 'strike-widgets-worker']);
      const p = await strictPage(
        'trusted-types',
        docs.trustedTypes,
        allSnippets({ counter: { petition: petitionUrl() } }) + script('defer'),
      );
      try {
        assert.deepEqual(
          (await p.page.evaluate(() => window.__policies)).sort(),
          [...docs.policyNames].sort(),
        );
        assert.deepEqual(problems(await widgets(p.page)), []);
        assert.deepEqual(await p.page.evaluate(() => window.__violations), []);
        assert.deepEqual(p.log.errors, []);
        // Enforced for real: a string assigned to innerHTML is refused.
        const refused = await p.page.evaluate(() => {
          try {
            document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
            return false;
          } catch {
            return true;
          }
        });
        assert.ok(refused, 'Trusted Types are enforced on this page');
      } finally {
        await p.close();
      }
    },
  );

  test(
    "the script twice under Trusted Types works with 'allow-duplicates' (as documented)",
    BOUND,
    async () => {
      const p = await strictPage(
        'trusted-types-twice',
        documentedPolicies(servers.api.origin).trustedTypesTwice,
        allSnippets() + script() + script('', '/v2/strike-widgets.js'),
      );
      try {
        assert.deepEqual(p.log.errors, []);
        assert.deepEqual(problems(await widgets(p.page)), []);
        assert.deepEqual(await p.page.evaluate(() => window.__violations), []);
      } finally {
        await p.close();
      }
    },
  );
});

// ---- Hostile content ------------------------------------------------------------------------------

const PWN = 'window.__pwned=(window.__pwned||0)+1';
const XSS = `<img src=x onerror="${PWN}"><script>${PWN}</script><svg onload="${PWN}">`;
const attr = (s) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const JS_URL = `javascript:${PWN}`;
const DATA_URL = `data:text/html,<script>${PWN}</script>`;
/** About 50 KB: words, then one 2 KB unbroken word. */
const LONG = 'Strike '.repeat(7000) + 'x'.repeat(2000);

/** Whatever ran, links that are not http(s), active elements, NaN/undefined in any widget. */
async function damage(page) {
  return page.evaluate(() => {
    const out = [];
    if (window.__pwned) out.push(`hostile code ran ${window.__pwned} time(s)`);
    for (const el of document.querySelectorAll(
      'strike-countdown, quote-carousel, petition-counter',
    )) {
      const root = el.shadowRoot;
      if (!root) continue;
      for (const n of root.querySelectorAll(
        'script, img, iframe, object, embed, [onerror], [onload]',
      )) {
        out.push(`${el.localName}: <${n.localName}> in the shadow root`);
      }
      for (const a of root.querySelectorAll('a[href], [href]')) {
        const href = a.href?.baseVal ?? a.href;
        // blob: URLs of the page's own origin are files the widget made (the calendar's .ics).
        if (!/^https?:/.test(String(href)) && !String(href).startsWith(`blob:${location.origin}/`))
          out.push(`${el.localName}: link to ${String(href).slice(0, 40)}`);
      }
      const t = root.querySelector('[part~=base]')?.innerText ?? '';
      if (/\bNaN\b|\bundefined\b|\bnull\b|Infinity/.test(t))
        out.push(`${el.localName}: shows "${t.match(/NaN|undefined|null|Infinity/)[0]}"`);
    }
    return out;
  });
}

/** The page still answers within 5 s (nothing hangs). */
async function responsive(page) {
  return Promise.race([page.evaluate(() => 'alive'), sleep(5_000).then(() => 'hung')]);
}

function hostileAuthorPage() {
  const soon = new Date(Date.now() + 2_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return html({
    body: `
<strike-countdown id="c-xss" start="2026-12-03T08:00" end="P2D" now="2026-12-01T10:00Z"
  label="${attr(XSS)}" href="https://example.org/?q=${encodeURIComponent(XSS)}" action-text="${attr(XSS)}" calendar></strike-countdown>
<strike-countdown id="c-js" start="2026-12-03T08:00" now="2026-12-01T10:00Z" label="js link" href="${attr(JS_URL)}"></strike-countdown>
<strike-countdown id="c-js2" start="2026-12-03T08:00" now="2026-12-01T10:00Z" label="js link" href=" JaVa&#9;ScRiPt:${attr(PWN)}"></strike-countdown>
<strike-countdown id="c-data" start="2026-12-03T08:00" now="2026-12-01T10:00Z" label="data link" href="${attr(DATA_URL)}"></strike-countdown>
<strike-countdown id="c-9999" start="9999-12-31T08:00Z" end="P2D" label="Year 9999"></strike-countdown>
<strike-countdown id="c-1s" start="${soon}" end="PT1S" label="One second"></strike-countdown>
<strike-countdown id="c-long" start="2026-12-03T08:00" now="2026-12-01T10:00Z" label="${attr(LONG)}"></strike-countdown>
<quote-carousel id="q-xss" label="${attr(XSS)}">
  <figure><blockquote cite="${attr(JS_URL)}">${text(XSS)}</blockquote><figcaption>${text(XSS)}</figcaption></figure>
  <blockquote cite="${attr(DATA_URL)}">${text(LONG)}</blockquote>
</quote-carousel>
<petition-counter id="n-xss" count="1000000000000" label="${attr(XSS)}" href="https://example.org/sign" action-text="${attr(XSS)}"></petition-counter>
<petition-counter id="n-js" count="12" label="js link" href="${attr(JS_URL)}"></petition-counter>
<petition-counter id="n-data" count="12" label="data link" href="${attr(DATA_URL)}"></petition-counter>
<petition-counter id="n-src-js" src="${attr(JS_URL)}" count-path="total"></petition-counter>
<petition-counter id="n-tiny" count="0" goal="1" label="Tiny"></petition-counter>
<petition-counter id="n-frac" count="0.0000001" label="Fraction"></petition-counter>
<petition-counter id="n-neg" count="-5" label="Negative"></petition-counter>
${script()}`,
  });
}

function hostileDataPage() {
  const api = servers.api;
  const cors = { 'Access-Control-Allow-Origin': '*' };
  const json = (path, body) =>
    api.route(path, JSON.stringify(body), { type: 'application/json', headers: cors });
  const quotes = Array.from({ length: 2000 }, (_, i) => ({
    text: i === 1 ? LONG : `${XSS} quote ${i}`,
    name: XSS,
    role: XSS,
    url: [JS_URL, DATA_URL, 'https://example.org/ok', `  JaVaScRiPt:${PWN}`][i % 4],
  }));
  const quotesUrl = json('/hostile/quotes.json', quotes);
  json('/hostile/petitions/1.json', {
    data: {
      type: 'petition',
      id: 1,
      attributes: { action: XSS, state: XSS, signature_count: 1e12, background: XSS },
    },
  });
  json('/hostile/petitions/1/count.json', { signature_count: 1e12 });
  const strUrl = json('/hostile/string.json', { total: XSS });
  const hugeUrl = json('/hostile/huge.json', { total: 1e300 });
  const negUrl = json('/hostile/neg.json', { total: -42 });
  return html({
    body: `
<quote-carousel id="q-js" src="${attr(JS_URL)}"><blockquote>Fallback quote.</blockquote></quote-carousel>
<quote-carousel id="q-json" src="${quotesUrl}"><blockquote>Loading quotes…</blockquote></quote-carousel>
<petition-counter id="n-json" petition="${api.origin}/hostile/petitions/1"></petition-counter>
<petition-counter id="n-str" src="${strUrl}" count-path="total"></petition-counter>
<petition-counter id="n-huge" src="${hugeUrl}" count-path="total"></petition-counter>
<petition-counter id="n-neg" src="${negUrl}" count-path="total"></petition-counter>
${script()}`,
  });
}

describe('hostile content', () => {
  test(
    'in attributes and children: nothing executes, no unsafe link, nothing overflows, nothing hangs',
    BOUND,
    async () => {
      const url = servers.site.page('/security/hostile-author.html', hostileAuthorPage());
      const p = await openPage(browser);
      try {
        await p.page.goto(url);
        await whenDefined(p.page);
        await sleep(3_500); // the one-second strike starts and ends
        assert.equal(await responsive(p.page), 'alive');
        await widgets(p.page);
        assert.deepEqual(await damage(p.page), []);
        assert.deepEqual(await overflows(p.page), []);
        assert.deepEqual(p.log.errors, [], 'no exception escapes');
        await shot(p.page, 'hostile-author');
      } finally {
        await p.close();
      }
    },
  );

  test(
    'in JSON fields and URLs (2,000 quotes, a 50 KB quote, 10^12): nothing executes, nothing overflows, nothing hangs',
    BOUND,
    async () => {
      const url = servers.site.page('/security/hostile-data.html', hostileDataPage());
      const p = await openPage(browser);
      try {
        await p.page.goto(url);
        await whenDefined(p.page);
        await p.page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => {});
        await sleep(500);
        assert.equal(await responsive(p.page), 'alive');
        await widgets(p.page);
        assert.deepEqual(await damage(p.page), []);
        assert.deepEqual(await overflows(p.page), []);
        assert.deepEqual(p.log.errors, [], 'no exception escapes');
        await shot(p.page, 'hostile-data');
      } finally {
        await p.close();
      }
    },
  );

  test(
    '[widget] hostile text is shown as text, numbers are formatted and bounded',
    BOUND,
    async () => {
      const url = servers.site.page('/security/hostile-author-2.html', hostileAuthorPage());
      const p = await openPage(browser);
      try {
        await p.page.goto(url);
        await whenDefined(p.page);
        const list = await widgets(p.page);
        const byId = Object.fromEntries(
          await p.page.evaluate(() =>
            [...document.querySelectorAll('[id]')].map((e) => [
              e.id,
              e.shadowRoot?.querySelector('[part~=base]')?.innerText ?? '',
            ]),
          ),
        );
        assert.ok(list.length > 0);
        assert.match(
          byId['c-xss'],
          /<img src=x onerror=/,
          'the countdown label is shown literally',
        );
        assert.match(
          byId['n-xss'],
          /1,000,000,000,000|1\.0?T|1,000 ?bn/i,
          'a count of 10^12 is formatted',
        );
        assert.match(byId['n-xss'], /<img src=x onerror=/, 'the counter label is shown literally');
        const negCount = await p.page.evaluate(
          () =>
            document.getElementById('n-neg').shadowRoot.querySelector('[part~=count]')
              ?.textContent ?? '',
        );
        assert.doesNotMatch(negCount, /[-−]\s*5/, 'never a negative count');
        const slides = await p.page.evaluate(() => document.getElementById('q-xss').quotes?.length);
        assert.equal(slides, 2, 'both hostile quotes are slides');
        const qText = await p.page.evaluate(
          () =>
            document.getElementById('q-xss').shadowRoot.querySelector('[part~=text]')
              ?.textContent ?? '',
        );
        assert.match(qText, /<img src=x onerror=/, 'the quote is shown literally');
        // The 2,000 JSON quotes load.
        const dataUrl = servers.site.page('/security/hostile-data-2.html', hostileDataPage());
        await p.page.goto(dataUrl);
        await whenDefined(p.page);
        await p.page.waitForFunction(
          () => document.getElementById('q-json').quotes?.length === 2000,
          null,
          { timeout: 10_000 },
        );
        const huge = await p.page.evaluate(() => document.getElementById('n-json').value);
        assert.equal(huge, 1e12);
      } finally {
        await p.close();
      }
    },
  );
});
