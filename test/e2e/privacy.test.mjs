// Privacy (no cookies, no storage, requests only to the page's and the data origin) and removal
// (ten minutes of fake clock after every widget is gone: no timer fires, no request goes out).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
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

/** A page where every widget has something to do: ticking, polling, autoplay. */
function livePage() {
  const api = servers.api.origin;
  const quotes = encodeURIComponent(
    JSON.stringify([
      { text: 'We strike for safe staffing.', name: 'A nurse', role: 'Manchester' },
      { text: 'Patients first, always.', name: 'A junior doctor', role: 'Cardiff' },
    ]),
  );
  const soon = new Date(Date.now() + 3 * 86400e3).toISOString().slice(0, 16);
  return html({
    body: `
<strike-countdown start="${soon}" end="P2D" label="Strike"><p>Strike in three days.</p></strike-countdown>
<quote-carousel autoplay interval="5">
  <blockquote>We strike for safe staffing.</blockquote>
  <blockquote>Patients first, always.</blockquote>
</quote-carousel>
<quote-carousel autoplay src="${api}/mock/json?body=${quotes}"><blockquote>Quotes from supporters.</blockquote></quote-carousel>
<petition-counter petition="${api}/mock/petitions/700123" interval="60"><p>Sign the petition.</p></petition-counter>
<petition-counter src="${api}/mock/json?body=${encodeURIComponent('{"total":5000}')}" count-path="total" interval="60"></petition-counter>
${script()}`,
  });
}

/** Records every write to cookies and storage the page makes. */
function recordWrites() {
  window.__writes = [];
  const note = (w) => window.__writes.push(w);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    note(`Storage.setItem ${k}`);
    return setItem.call(this, k, v);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(v) {
      note(`document.cookie = ${v}`);
      cookie.set.call(this, v);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...a) {
    note(`indexedDB.open ${a[0]}`);
    return open.apply(this, a);
  };
  if (window.caches) {
    const cOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...a) {
      note(`caches.open ${a[0]}`);
      return cOpen.apply(this, a);
    };
  }
  if (window.cookieStore) {
    const cSet = cookieStore.set.bind(cookieStore);
    cookieStore.set = (...a) => {
      note('cookieStore.set');
      return cSet(...a);
    };
  }
}

/** Loads `url` with the page clock faked, then runs the clock for a minute (and a bit). */
async function aMinuteLive(page, url) {
  await page.clock.install();
  await page.goto(url);
  await whenDefined(page);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  for (let s = 0; s < 65; s += 5) {
    await page.clock.runFor(5_000);
    await page.waitForTimeout(20).catch(() => {});
  }
}

describe('privacy', () => {
  test(
    'after a full load and a minute of polling: no cookie, no storage, requests only to the page and data origins',
    BOUND,
    async () => {
      const url = servers.site.page('/privacy/live.html', livePage());
      const p = await openPage(browser, { init: recordWrites });
      try {
        await aMinuteLive(p.page, url);
        await p.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
        const state = await p.page.evaluate(async () => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
          idb: (await indexedDB.databases()).map((d) => d.name),
          caches: window.caches ? await caches.keys() : [],
          writes: window.__writes,
        }));
        assert.deepEqual(state, {
          cookie: '',
          local: 0,
          session: 0,
          idb: [],
          caches: [],
          writes: [],
        });
        assert.deepEqual(await p.context.cookies(), []);
        const allowed = new Set([servers.site.origin, servers.api.origin]);
        const elsewhere = p.log.requests.filter((u) => !allowed.has(new URL(u).origin));
        assert.deepEqual(elsewhere, [], 'every request went to the page origin or the data origin');
        assert.deepEqual(p.log.errors, []);
      } finally {
        await p.close();
      }
    },
  );

  test(
    '[widget] the counter polls its data origin during that minute (the privacy case saw real traffic)',
    BOUND,
    async () => {
      const url = servers.site.page('/privacy/live-2.html', livePage());
      const p = await openPage(browser);
      try {
        await aMinuteLive(p.page, url);
        const api = p.log.requests.filter((u) => u.startsWith(servers.api.origin));
        assert.ok(
          api.some((u) => u.includes('/700123/count.json')),
          `count.json read: ${api.join('\n')}`,
        );
        assert.ok(
          api.some((u) => u.includes('/mock/json')),
          'the JSON sources were read',
        );
      } finally {
        await p.close();
      }
    },
  );
});

/** Counts timer callbacks that run after `window.__removed` is set (wraps the fake clock). */
function countTimers() {
  window.__fired = [];
  const wrap = (name) => {
    const orig = window[name];
    if (!orig) return;
    window[name] = function (fn, ...rest) {
      if (typeof fn !== 'function') return orig.call(this, fn, ...rest);
      const stack = window.__tag ?? new Error().stack?.split('\n').slice(2, 4).join(' ').trim();
      return orig.call(
        this,
        function (...a) {
          if (window.__removed) window.__fired.push(`${name}: ${stack}`);
          return fn.apply(this, a);
        },
        ...rest,
      );
    };
  };
  ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'].forEach(wrap);
}

/** Event listeners on window and document, by type, from the DevTools protocol. */
async function globalListeners(context, page) {
  const cdp = await context.newCDPSession(page);
  const out = {};
  for (const expr of ['window', 'document', 'document.documentElement']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    for (const l of listeners) out[`${expr} ${l.type}`] = (out[`${expr} ${l.type}`] ?? 0) + 1;
  }
  await cdp.detach();
  return out;
}

describe('removal', () => {
  test(
    'all widgets removed, then ten minutes of fake clock: no timer fires, no request goes out, no listener stays',
    BOUND,
    async () => {
      // The widgets wait in a <template>, so the baseline has the script's listeners only.
      const url = servers.site.page(
        '/removal/live.html',
        livePage().replace(
          /<body>([\s\S]*)<script/,
          '<body><template id="later">$1</template><script',
        ),
      );
      const p = await openPage(browser);
      try {
        await p.page.clock.install();
        await p.page.addInitScript(countTimers);
        await p.page.goto(url);
        await whenDefined(p.page);
        const baseline = await globalListeners(p.context, p.page);
        await p.page.evaluate(() =>
          document.body.append(document.getElementById('later').content.cloneNode(true)),
        );
        // Let every widget start its work: ticks, a poll, autoplay.
        await p.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
        await p.page.clock.runFor(65_000);
        await p.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
        assert.deepEqual(problems(await widgets(p.page)), []);

        await p.page.evaluate((tags) => {
          document.querySelectorAll(tags.join(',')).forEach((el) => el.remove());
        }, TAGS);
        // Pending Lit updates and disconnect work settle on microtasks; then the clock runs.
        await p.page.evaluate(() => new Promise((r) => queueMicrotask(r)));
        const requestsBefore = p.log.requests.length;
        await p.page.evaluate(() => {
          window.__removed = true;
          // A control timer of the page's own: it must fire, and be the only one.
          window.__tag = 'control';
          setTimeout(() => (window.__control = true), 1_000);
          window.__tag = undefined;
        });
        for (let i = 0; i < 10; i++) await p.page.clock.runFor(60_000);
        await p.page.waitForTimeout(200);
        const fired = await p.page.evaluate(() => ({
          control: window.__control,
          fired: window.__fired,
        }));
        assert.equal(fired.control, true, 'the fake clock ran (control timer fired)');
        assert.deepEqual(
          fired.fired,
          ['setTimeout: control'],
          'only the control timer fired after removal',
        );
        assert.deepEqual(p.log.requests.slice(requestsBefore), [], 'no request after removal');
        assert.deepEqual(
          await globalListeners(p.context, p.page),
          baseline,
          'listeners on window/document as before the widgets',
        );
        assert.deepEqual(p.log.errors, []);
      } finally {
        await p.close();
      }
    },
  );
});
