// The first `Intl` formatter built off the main thread (src/core/intl-warmup.ts): the drop-in
// script starts a worker from its own URL where the page allows it, and falls back silently
// (the widgets render as without it) where it does not. The site's server here records, for
// each request of a script, its `Sec-Fetch-Dest` ("script" for the page's <script>, "worker"
// for the warm-up), and can hold the worker's request open for good.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allSnippets,
  carouselSnippet,
  countdownSnippet,
  counterSnippet,
  documentedPolicies,
  html,
  openPage,
  problems,
  whenDefined,
  widgets,
  BOUND,
  ROOT,
  TAGS,
  start,
  stop,
} from './lib.mjs';

const POLICY = 'strike-widgets-worker';

let browser, servers, site;
before(async () => {
  ({ browser, servers } = await start());
  site = await startSite();
}, BOUND);
after(async () => {
  await site?.close();
  await stop({ browser, servers });
});

/**
 * The page's origin: pages at /NAME.html (with their CSP header), the built scripts at
 * /dist/NAME.js. A worker's request for a script under /held/ is never answered.
 */
async function startSite() {
  const pages = new Map();
  const fetches = [];
  const held = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    if (pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    const page = pages.get(pathname);
    if (page) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
      return response.end(page.body);
    }
    const script = /^\/(?:dist|held)\/([\w-]+\.js)$/.exec(pathname);
    if (!script) {
      response.writeHead(404);
      return response.end();
    }
    const dest = request.headers['sec-fetch-dest'];
    fetches.push({ path: pathname, dest });
    if (pathname.startsWith('/held/') && dest === 'worker') return held.push(response);
    response.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(join(ROOT, 'dist', script[1])));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Serves `body` at /NAME.html with `headers`; returns its URL. */
    page(name, body, headers = {}) {
      pages.set(`/${name}.html`, { body, headers });
      return `${origin}/${name}.html`;
    },
    /** The requests for scripts whose path includes `part`, with their `Sec-Fetch-Dest`. */
    fetchesOf: (part) => fetches.filter((f) => f.path.includes(part)),
    /** Forgets the requests seen so far (each test starts afresh). */
    forget: () => fetches.splice(0),
    /** How many worker requests are being held open. */
    heldCount: () => held.length,
    close: () =>
      new Promise((resolve) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** Records the Trusted Types policies the page creates, and whether each creation succeeded. */
function recordPolicies() {
  window.__policies = [];
  if (!window.trustedTypes) return;
  const create = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name, rules) => {
    try {
      const policy = create(name, rules);
      window.__policies.push(name);
      return policy;
    } catch (error) {
      window.__policies.push(`${name} (refused)`);
      throw error;
    }
  };
}

/** What each script defines, and the snippet for it. */
const SNIPPETS = {
  'strike-widgets': { tags: TAGS, body: allSnippets },
  'strike-countdown': { tags: ['strike-countdown'], body: countdownSnippet },
  'quote-carousel': { tags: ['quote-carousel'], body: carouselSnippet },
  'petition-counter': { tags: ['petition-counter'], body: counterSnippet },
};

/**
 * Opens a page with the widgets of `scripts` (each a src) and those scripts (each with
 * `attributes`), under `csp` (if any), with `init` run first in the page (after the policy
 * recorder); waits until their tags are defined. `p.workers` lists the URLs of the workers the
 * page started.
 */
async function load(
  name,
  { csp, scripts = ['/dist/strike-widgets.js'], attributes = '', init } = {},
) {
  const snippets = [...new Set(scripts.map((src) => /([\w-]+)\.js$/.exec(src)[1]))].map(
    (script) => SNIPPETS[script],
  );
  const body = [
    ...snippets.map((snippet) => snippet.body()),
    ...scripts.map((src) => `<script src="${src}" ${attributes}></script>`),
  ].join('\n');
  const headers = csp ? { 'Content-Security-Policy': csp } : {};
  const url = site.page(name, html({ body }), headers);
  site.forget();
  const p = await openPage(browser, { init: recordPolicies });
  if (init) await p.page.addInitScript(init);
  p.workers = [];
  p.page.on('worker', (worker) => p.workers.push(worker.url()));
  await p.page.goto(url);
  await whenDefined(p.page, [...new Set(snippets.flatMap((snippet) => snippet.tags))]);
  return p;
}

/** Waits until every widget has rendered (bounded), then what the page reported. */
async function outcome(p) {
  const list = await widgets(p.page);
  return {
    problems: problems(list),
    errors: p.log.errors,
    consoleErrors: p.consoleErrors(),
    violations: await p.page.evaluate(() => window.__violations),
    policies: await p.page.evaluate(() => window.__policies),
  };
}

/** What a page where the worker started and the widgets rendered reports: nothing at all. */
const CLEAN = { problems: [], errors: [], consoleErrors: [], violations: [] };

/** Waits until the site has seen the worker's request for `path` (the worker really started). */
async function workerRequested(path) {
  for (let tries = 0; tries < 200; tries++) {
    if (site.fetchesOf(path).some((f) => f.dest === 'worker')) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe('the Intl warm-up worker starts where the page allows it', () => {
  test('on a plain page: a worker from the script’s own URL, and a clean page', BOUND, async () => {
    const p = await load('plain');
    try {
      const { policies, ...seen } = await outcome(p);
      assert.deepEqual(seen, CLEAN);
      assert.ok(await workerRequested('/dist/strike-widgets.js'), 'the worker fetched the script');
      assert.deepEqual(
        site.fetchesOf('/dist/strike-widgets.js').map((f) => f.dest),
        ['script', 'worker'],
      );
      assert.deepEqual(p.workers, [`${site.origin}/dist/strike-widgets.js`]);
      assert.deepEqual(policies, ['lit-html', POLICY], 'Chromium has Trusted Types: the policy');
    } finally {
      await p.close();
    }
  });

  test(
    'under the README’s strict CSP (no worker-src needed: script-src ’self’ covers it)',
    BOUND,
    async () => {
      const { csp } = documentedPolicies(servers.api.origin);
      const p = await load('strict-csp', { csp, scripts: ['/dist/strike-countdown.js'] });
      try {
        const { policies: _policies, ...seen } = await outcome(p);
        assert.deepEqual(seen, CLEAN);
        assert.ok(await workerRequested('/dist/strike-countdown.js'));
      } finally {
        await p.close();
      }
    },
  );

  test(
    "under a nonce-based CSP with 'strict-dynamic' (the script's workers are trusted)",
    BOUND,
    async () => {
      const p = await load('nonce', {
        csp: "script-src 'nonce-e2e' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
        attributes: 'nonce="e2e"',
      });
      try {
        const { policies: _policies, ...seen } = await outcome(p);
        assert.deepEqual(seen, CLEAN);
        assert.ok(await workerRequested('/dist/strike-widgets.js'));
      } finally {
        await p.close();
      }
    },
  );

  test('under Trusted Types that allow the documented policy', BOUND, async () => {
    const { trustedTypes, policyNames } = documentedPolicies(servers.api.origin);
    assert.deepEqual(policyNames, ['lit-html', POLICY], 'README lists the policy');
    const p = await load('trusted-types-allowed', {
      csp: trustedTypes,
      scripts: ['/dist/petition-counter.js'],
    });
    try {
      const { policies, ...seen } = await outcome(p);
      assert.deepEqual(seen, CLEAN);
      assert.deepEqual(policies, ['lit-html', POLICY]);
      assert.ok(await workerRequested('/dist/petition-counter.js'));
      // Enforced for real: a string is refused as a worker's URL.
      const refused = await p.page.evaluate(() => {
        try {
          new Worker('/dist/petition-counter.js');
          return false;
        } catch {
          return true;
        }
      });
      assert.ok(refused, 'Trusted Types are enforced on this page');
    } finally {
      await p.close();
    }
  });

  test('two copies of one script start one worker and create the policy once', BOUND, async () => {
    const p = await load('twice', {
      csp: documentedPolicies(servers.api.origin).trustedTypes,
      scripts: ['/dist/petition-counter.js', '/dist/petition-counter.js'],
    });
    try {
      const { policies, ...seen } = await outcome(p);
      assert.deepEqual(seen, CLEAN);
      assert.deepEqual(policies, ['lit-html', POLICY]);
      assert.ok(await workerRequested('/dist/petition-counter.js'));
      assert.equal(p.workers.length, 1);
    } finally {
      await p.close();
    }
  });

  test('two different scripts start one worker between them', BOUND, async () => {
    const p = await load('two-scripts', {
      csp: documentedPolicies(servers.api.origin).trustedTypesTwice,
      scripts: ['/dist/strike-countdown.js', '/dist/petition-counter.js'],
    });
    try {
      const { policies, ...seen } = await outcome(p);
      assert.deepEqual(seen, CLEAN);
      assert.deepEqual(policies, ['lit-html', POLICY, 'lit-html'], 'each has its Lit, one worker');
      assert.ok(await workerRequested('/dist/strike-countdown.js'));
      assert.deepEqual(
        site.fetchesOf('/dist/petition-counter.js').map((f) => f.dest),
        ['script'],
      );
    } finally {
      await p.close();
    }
  });

  test(
    'quote-carousel.js starts none: the carousel formats no numbers or dates',
    BOUND,
    async () => {
      const p = await load('carousel-only', { scripts: ['/dist/quote-carousel.js'] });
      try {
        const { policies, ...seen } = await outcome(p);
        assert.deepEqual(seen, CLEAN);
        assert.deepEqual(policies, ['lit-html']);
        assert.deepEqual(p.workers, []);
        assert.deepEqual(
          site.fetchesOf('/dist/quote-carousel.js').map((f) => f.dest),
          ['script'],
        );
      } finally {
        await p.close();
      }
    },
  );
});

describe('where it cannot start, the widgets render as without it', () => {
  test(
    'a script from another origin (a CDN): no worker, no error, no violation',
    BOUND,
    async () => {
      const p = await load('cross-origin', {
        scripts: [`${servers.api.origin}/dist/strike-widgets.js`],
      });
      try {
        const { policies, ...seen } = await outcome(p);
        assert.deepEqual(seen, CLEAN);
        assert.deepEqual(p.workers, []);
        assert.deepEqual(
          policies,
          ['lit-html'],
          'no policy is created for a worker it cannot start',
        );
      } finally {
        await p.close();
      }
    },
  );

  test('no Worker in the browser', BOUND, async () => {
    const p = await load('no-worker', { init: () => delete window.Worker });
    try {
      const { policies, ...seen } = await outcome(p);
      assert.deepEqual(seen, CLEAN);
      assert.deepEqual(p.workers, []);
      assert.deepEqual(policies, ['lit-html']);
      assert.deepEqual(site.fetchesOf('/dist/strike-widgets.js').at(-1).dest, 'script');
    } finally {
      await p.close();
    }
  });

  test('the script loaded as a module (no document.currentScript)', BOUND, async () => {
    const p = await load('module', { attributes: 'type="module"' });
    try {
      const { policies, ...seen } = await outcome(p);
      assert.deepEqual(seen, CLEAN);
      assert.deepEqual(p.workers, []);
      assert.deepEqual(policies, ['lit-html']);
    } finally {
      await p.close();
    }
  });

  test(
    'the worker never answers (its script held open): the widgets render anyway',
    BOUND,
    async () => {
      const p = await load('held', { scripts: ['/held/strike-widgets.js'] });
      try {
        const { policies: _policies, ...seen } = await outcome(p);
        assert.deepEqual(seen, CLEAN);
        assert.ok(await workerRequested('/held/strike-widgets.js'));
        assert.ok(site.heldCount() >= 1, 'the worker’s script is still on its way');
      } finally {
        await p.close();
      }
    },
  );

  // The browser itself reports what the page's policy refuses: one violation (and its console
  // line) for the worker or the policy, never an exception, and the widgets render.
  const onlyTheRefusal = (seen, directive) => {
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(seen.errors, []);
    assert.equal(seen.violations.length, 1, seen.violations.join('\n'));
    assert.ok(seen.violations[0].startsWith(directive), seen.violations[0]);
    assert.equal(seen.consoleErrors.length, 1, seen.consoleErrors.join('\n'));
  };

  test("CSP worker-src 'none': one refusal by the browser, nothing of ours", BOUND, async () => {
    const { csp } = documentedPolicies(servers.api.origin);
    const p = await load('worker-src-none', { csp: `${csp}; worker-src 'none'` });
    try {
      const seen = await outcome(p);
      onlyTheRefusal(seen, 'worker-src');
      assert.match(seen.violations[0], /\/dist\/strike-widgets\.js/);
      assert.deepEqual(
        site.fetchesOf('/dist/strike-widgets.js').map((f) => f.dest),
        ['script'],
        'no worker request',
      );
    } finally {
      await p.close();
    }
  });

  test('Trusted Types without the policy allowed (trusted-types lit-html)', BOUND, async () => {
    const p = await load('trusted-types-refused', {
      csp: "require-trusted-types-for 'script'; trusted-types lit-html",
    });
    try {
      const seen = await outcome(p);
      onlyTheRefusal(seen, 'trusted-types');
      assert.deepEqual(seen.policies, ['lit-html', `${POLICY} (refused)`]);
      assert.deepEqual(p.workers, []);
    } finally {
      await p.close();
    }
  });
});
