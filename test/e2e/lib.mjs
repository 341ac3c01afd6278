// Shared helpers of the end-to-end suite ("embedding in the wild"): two servers on
// 127.0.0.1 (test/server.mjs) (the page's origin and a second origin for the data API), Debian's Chromium through
// playwright-core, the documented snippets, and probes run inside the page.
//
// No side effects at import: `node --test test/e2e/` also loads this file as a test file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../../scripts/browsers.mjs';
import { startServer } from '../server.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const BUNDLE = '/dist/strike-widgets.js';
export const TAGS = ['strike-countdown', 'quote-carousel', 'petition-counter'];
/** Where screenshots for a human's eyes go (not asserted on). */
export const SHOTS = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), 'strike-e2e-screenshots');

/**
 * The page's server and the data API on a second origin (another port). The second-version
 * bundle (its version string replaced by 9.9.9-test) is served by the page's server at
 * /v2/strike-widgets.js.
 */
export async function serve() {
  const site = await startServer();
  const api = await startServer();
  const bundle = readFileSync(join(ROOT, BUNDLE), 'utf8');
  const v2 = secondVersion(bundle);
  site.route('/v2/strike-widgets.js', v2, { type: 'text/javascript; charset=utf-8' });
  return {
    site,
    api,
    async close() {
      await Promise.all([site.close(), api.close()]);
    },
  };
}

/** The bundle with its version replaced, also written to a temp dir (for a human to inspect). */
export function secondVersion(bundle) {
  const count = bundle.split('"0.1.0"').length + bundle.split('`0.1.0`').length - 2;
  if (!count) throw new Error('the bundle holds no "0.1.0" version string to replace');
  const v2 = bundle.replaceAll('"0.1.0"', '"9.9.9-test"').replaceAll('`0.1.0`', '`9.9.9-test`');
  const dir = join(tmpdir(), 'strike-e2e-v2');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'strike-widgets.js'), v2);
  return v2;
}

export async function launch() {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    timeout: 30_000,
    args: CHROMIUM_ARGS,
  });
}

/** What every e2e file needs first: Chromium and the two servers (page origin, data origin). */
export async function start() {
  const [browser, servers] = await Promise.all([launch(), serve()]);
  return { browser, servers };
}

export async function stop({ browser, servers } = {}) {
  await browser?.close();
  await servers?.close();
}

// ---- The documented snippets (README.md), with their fallback content. -----------------

/** Readable text each snippet's fallback carries (asserted on with JavaScript off). */
export const FALLBACK = {
  'strike-countdown':
    "Junior doctors' strike: from 08:00 on 3 December 2026 to 08:00 on 5 December 2026.",
  'quote-carousel':
    "I am at the complete mercy of the NHS. And I am entirely in support of the junior doctors' strike.",
  'petition-counter': 'Sign the petition: Fund the NHS properly',
};

/** The countdown: frozen with `now` so its look (and height) does not change while tested. */
export function countdownSnippet({ now = '2026-12-01T10:00Z', extra = '' } = {}) {
  return `<strike-countdown start="2026-12-03T08:00" end="2026-12-05T08:00" label="Junior doctors' strike"
    href="https://example.org/pickets" action-text="Find your picket line" now="${now}" ${extra}>
  <p>${FALLBACK['strike-countdown']} <a href="https://example.org/pickets">Find your picket line</a></p>
</strike-countdown>`;
}

export function carouselSnippet({ extra = '' } = {}) {
  return `<quote-carousel ${extra}>
  <figure><blockquote>${FALLBACK['quote-carousel']}</blockquote><figcaption>A patient at Barts hospital, London</figcaption></figure>
  <figure><blockquote>My daughter's doctor told us the truth about the hours they work.</blockquote><figcaption>A parent, Bristol</figcaption></figure>
  <figure><blockquote>Seeing the way the public has been supporting the doctors has been so uplifting.</blockquote><figcaption>Dr Louise Irvine, London GP</figcaption></figure>
</quote-carousel>`;
}

/** The counter: a fixed count (no network), or `petition` on the API origin. */
export function counterSnippet({ petition, count = 219672, extra = '' } = {}) {
  const source = petition ? `petition="${petition}"` : `count="${count}"`;
  return `<petition-counter ${source} goal="250000" label="Fund the NHS properly" href="https://petition.parliament.uk/petitions/700123" ${extra}>
  <p><a href="https://petition.parliament.uk/petitions/700123">${FALLBACK['petition-counter']}</a></p>
</petition-counter>`;
}

export function allSnippets(opts = {}) {
  return [
    countdownSnippet(opts.countdown),
    carouselSnippet(opts.carousel),
    counterSnippet(opts.counter),
  ].join('\n');
}

/** A plain HTML page. `head` and `body` are inserted as they are. */
export function html({ head = '', body = '', lang = 'en', dir = '' } = {}) {
  return `<!doctype html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>strike-widgets e2e</title>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * The `:not(:defined)` CSS block from README.md, its example heights replaced by the
 * heights the widgets have on this page (`null`: without the height rules, as on the page where a
 * site owner measures them).
 */
export function reserveCss(heights) {
  const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = [...doc.matchAll(/```css\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .find((c) => c.includes(':not(:defined)'));
  if (!block) throw new Error('README.md has no :not(:defined) CSS block');
  let css = block;
  for (const tag of TAGS) {
    const rule = new RegExp(`${tag}:not\\(:defined\\) \\{\\s*(?:min-)?height:[^}]*\\}`);
    if (!rule.test(css)) throw new Error(`the documented CSS has no height rule for ${tag}`);
    css = css.replace(rule, heights ? `${tag}:not(:defined) { height: ${heights[tag]}px; }` : '');
  }
  return `<style>\n${css}</style>`;
}

/**
 * The Content-Security-Policy lines README.md gives site owners, so the suite tests what
 * the documentation says: `csp` (the strict policy, its petition origin replaced by `apiOrigin`),
 * `trustedTypes` and `trustedTypesTwice` (with 'allow-duplicates').
 */
export function documentedPolicies(apiOrigin) {
  const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const lines = [...doc.matchAll(/^Content-Security-Policy: (.+)$/gm)].map((m) => m[1].trim());
  const csp = lines.find((l) => l.startsWith('default-src'));
  const tt = lines.filter((l) => l.includes('require-trusted-types-for'));
  if (!csp || tt.length < 2) throw new Error('README.md lacks the documented CSP lines');
  return {
    csp: csp.replace('https://petition.parliament.uk', apiOrigin),
    trustedTypes: tt.find((l) => !l.includes('allow-duplicates')),
    trustedTypesTwice: tt.find((l) => l.includes('allow-duplicates')),
    /** The policy names the docs list. */
    policyNames: tt[0]
      .match(/trusted-types ([^;]+)/)[1]
      .split(/\s+/)
      .filter((n) => !n.startsWith("'")),
  };
}

export const script = (attrs = '', src = BUNDLE) =>
  `<script src="${src}"${attrs ? ' ' + attrs : ''}></script>`;

// ---- Probes. -------------------------------------------------------------------------------------

/**
 * Opens a fresh context and page that records console messages, page errors, CSP and Trusted
 * Types violations (`window.__violations`), and layout shifts (`window.__shift`).
 */
export async function openPage(browser, { context: contextOptions = {}, init } = {}) {
  const context = await browser.newContext({
    viewport: { width: 800, height: 900 },
    ...contextOptions,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  if (contextOptions.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
      window.__shift = 0;
      window.__shifts = [];
      try {
        new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => {
            if (!e.hadRecentInput) {
              window.__shift += e.value;
              window.__shifts.push(e.value);
            }
          }),
        ).observe({ type: 'layout-shift', buffered: true });
      } catch {
        // No layout-shift support: __shift stays 0 and the test says so.
      }
    });
    if (init) await page.addInitScript(init);
  }
  const warnings = () => log.console.filter((m) => m.type === 'warning').map((m) => m.text);
  const consoleErrors = () => log.console.filter((m) => m.type === 'error').map((m) => m.text);
  return { context, page, log, warnings, consoleErrors, close: () => context.close() };
}

/** Waits until every tag is defined (bounded). */
export async function whenDefined(page, tags = TAGS, timeout = 10_000) {
  await page.waitForFunction((t) => t.every((tag) => customElements.get(tag)), tags, { timeout });
}

/**
 * What each widget on the page rendered: whether it upgraded, its shadow content, its error
 * text if any, the parts it has, its box, and its visible text.
 */
export async function widgets(page) {
  return page.evaluate(async (tags) => {
    const els = [...document.querySelectorAll(tags.join(','))];
    // Let pending Lit updates settle.
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => r()));
    return els.map((el) => {
      const root = el.shadowRoot;
      const box = el.getBoundingClientRect();
      const parts = root
        ? [...root.querySelectorAll('[part]')].map((p) => p.getAttribute('part'))
        : [];
      return {
        tag: el.localName,
        id: el.id,
        defined:
          !!customElements.get(el.localName) && el instanceof customElements.get(el.localName),
        rendered: !!root?.querySelector('[part~=base]'),
        error:
          root?.querySelector('[part~=error]')?.textContent.trim().replace(/\s+/g, ' ') ?? null,
        parts: [...new Set(parts.flatMap((p) => p.split(/\s+/)))],
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        text: (root?.querySelector('[part~=base]')?.innerText ?? '').trim(),
      };
    });
  }, TAGS);
}

/** Asserts-friendly summary: every widget upgraded and rendered without an error view. */
export function problems(list) {
  return list
    .filter((w) => !w.defined || !w.rendered || w.error)
    .map(
      (w) =>
        `${w.tag}${w.id ? '#' + w.id : ''}: ${!w.defined ? 'not upgraded' : !w.rendered ? 'not rendered' : w.error}`,
    );
}

/** Elements inside any widget's shadow root whose box leaves the host's box horizontally. */
export async function overflows(page, slack = 1) {
  return page.evaluate(
    ({ tags, slack }) => {
      const out = [];
      for (const el of document.querySelectorAll(tags.join(','))) {
        const host = el.getBoundingClientRect();
        const walk = (root) => {
          for (const n of root.querySelectorAll('*')) {
            if (n.localName === 'style' || n.localName === 'slot') continue;
            const r = n.getBoundingClientRect();
            if (!r.width && !r.height) continue;
            // Ignore what an ancestor clips (e.g. visually hidden text, slides off to the side).
            let clipped = false;
            for (
              let a = n.parentElement;
              a && a !== el;
              a = a.parentElement ?? a.getRootNode().host
            ) {
              const s = getComputedStyle(a);
              if (s.overflowX !== 'visible' || s.clipPath !== 'none' || s.clip !== 'auto') {
                clipped = true;
                break;
              }
            }
            if (clipped) continue;
            const cs = getComputedStyle(n);
            if (cs.position === 'absolute' && (cs.clip !== 'auto' || cs.clipPath !== 'none'))
              continue;
            if (r.left < host.left - slack || r.right > host.right + slack) {
              out.push(
                `${el.localName} > ${n.localName}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''}: ${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(host.left)}..${Math.round(host.right)}`,
              );
            }
          }
        };
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      const doc = document.scrollingElement;
      if (doc.scrollWidth > doc.clientWidth + slack)
        out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
      return out;
    },
    { tags: TAGS, slack },
  );
}

export function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }).catch(() => {});
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every test and hook is bounded, so the suite never hangs (a slow 2-core machine included). */
export const BOUND = { timeout: 90_000 };
