// 1,000 <strike-countdown> against 1,000 @github/relative-time-element in duration mode, in the
// same browser: timers pending and created, main-thread time per one-second tick, and time to
// first render (all elements showing text). The countdowns are measured twice: as bare tags, and
// on a page with the CSS README.md tells sites to add (the tags are blocks before the script
// runs, so the browser does not turn 1,000 inline elements into blocks when they upgrade).
import { bytes, kb, mainThreadCpu, median, ms, open, taskMs } from './lib.mjs';

const N = 1000;
const SECONDS = 10;
/** Loads of each page for the first-render figures (alternating, median): one load is noisy. */
const LOADS = Number(process.env.LOADS ?? 5);

// Counts pending timers and setTimeout/setInterval calls; installed before any script runs.
const TIMER_PROBE = `<script>
(() => {
  const live = new Set(); let created = 0;
  const st = setTimeout, ct = clearTimeout, si = setInterval, ci = clearInterval;
  window.setTimeout = (fn, d, ...a) => { created++; const id = st(() => { live.delete(id); typeof fn === 'function' && fn(...a); }, d); live.add(id); return id; };
  window.clearTimeout = (id) => { live.delete(id); ct(id); };
  window.setInterval = (fn, d, ...a) => { created++; const id = si(fn, d, ...a); live.add(id); return id; };
  window.clearInterval = (id) => { live.delete(id); ci(id); };
  window.__timers = () => ({ live: live.size, created });
})();
</script>`;

const start = (i) => new Date(Date.now() + 3 * 864e5 + i * 7919e3).toISOString().slice(0, 19) + 'Z';

/** The README's CSS for the countdown ("Reserve the widget's space"), for the `documented` page. */
const DOCUMENTED_CSS =
  '<style>strike-countdown { display: flow-root } strike-countdown:not(:defined) { box-sizing: border-box; min-height: 232px }</style>';

const KINDS = {
  bare: { strike: true, title: '1,000 `<strike-countdown>`, bare tags' },
  documented: { strike: true, title: "1,000 `<strike-countdown>`, with the README's CSS" },
  relative: { strike: false, title: '1,000 `<relative-time format=duration>`' },
};

function page(kind) {
  const { strike } = KINDS[kind];
  const items = Array.from({ length: N }, (_, i) =>
    strike
      ? `<strike-countdown start="${start(i)}" end="P2D" label="Strike ${i}"></strike-countdown>`
      : `<relative-time datetime="${start(i)}" format="duration" tense="future" precision="second">in 3 days</relative-time>`,
  ).join('\n');
  const script = strike
    ? // The define() call guards against the drop-in bundle not defining the tag (see the report).
      '<script src="/dist/strike-widgets.js"></script><script>customElements.get("strike-countdown") || StrikeWidgets.StrikeCountdown.define()</script>'
    : '<script type="module" src="/node_modules/@github/relative-time-element/dist/bundle.js"></script>';
  const ready = strike
    ? `document.querySelectorAll('strike-countdown').length === ${N} && [...document.querySelectorAll('strike-countdown')].every((e) => e.shadowRoot && e.shadowRoot.querySelector('[part=seconds]'))`
    : `document.querySelectorAll('relative-time').length === ${N} && [...document.querySelectorAll('relative-time')].every((e) => e.shadowRoot && /\\d/.test(e.shadowRoot.textContent))`;
  const css = kind === 'documented' ? DOCUMENTED_CSS : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${css}${TIMER_PROBE}
<script>
  window.__t0 = performance.now();
  (function poll() {
    if (${ready}) window.__ready = performance.now(); else requestAnimationFrame(poll);
  })();
</script></head><body>${items}${script}</body></html>`;
}

/** Opens the page and waits until every element shows its text. */
async function load(browser, server, kind) {
  const url = server.page(`/bench/countdown-${kind}.html`, page(kind));
  const { page: p, cdp, context } = await open(browser, url, { until: 'commit' });
  await waitUntilShown(p, kind);
  return { p, cdp, context };
}

async function waitUntilShown(p, kind) {
  await p
    .waitForFunction(() => window.__ready, null, { timeout: 60000 })
    .catch(async (e) => {
      console.error(
        kind,
        await p.evaluate(() => [
          document.body.innerHTML.slice(0, 300),
          document.querySelector('relative-time,strike-countdown').shadowRoot?.innerHTML,
        ]),
      );
      throw e;
    });
}

/** Time to first render (wall clock, main-thread task time and its CPU time), one load. */
async function firstRender(browser, server, kind) {
  const url = server.page(`/bench/countdown-${kind}.html`, page(kind));
  const context = await browser.newContext();
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  const cpu = await mainThreadCpu(browser, p, async () => {
    await p.goto(url, { waitUntil: 'commit' });
    await waitUntilShown(p, kind);
  });
  const result = { shown: await p.evaluate(() => window.__ready), task: await taskMs(cdp), cpu };
  await context.close();
  return result;
}

/** Timers and main-thread time per tick over SECONDS, one load. */
async function ticking(browser, server, kind) {
  const { p, cdp, context } = await load(browser, server, kind);
  await p.waitForTimeout(1500);
  const before = await taskMs(cdp);
  const timersBefore = await p.evaluate(() => window.__timers());
  const cpu = await mainThreadCpu(browser, p, () => p.waitForTimeout(SECONDS * 1000));
  const after = await taskMs(cdp);
  const timers = await p.evaluate(() => window.__timers());
  const sample = await p.evaluate(
    (strike) =>
      strike
        ? document
            .querySelector('strike-countdown')
            .shadowRoot.querySelector('[role=timer]')
            .textContent.replace(/\s+/g, ' ')
            .trim()
        : document.querySelector('relative-time').shadowRoot.textContent,
    KINDS[kind].strike,
  );
  await context.close();
  return {
    perTick: (after - before) / SECONDS,
    cpuPerTick: cpu / SECONDS,
    live: timers.live,
    createdPerSecond: (timers.created - timersBefore.created) / SECONDS,
    sample,
  };
}

export default async function run({ browser, server, table }) {
  const kinds = Object.keys(KINDS);
  const loads = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let i = 0; i < LOADS; i++) {
    for (const kind of kinds) loads[kind].push(await firstRender(browser, server, kind));
  }
  const results = {};
  for (const kind of kinds) {
    const of = (name) => median(loads[kind].map((load) => load[name]));
    results[kind] = {
      ...(await ticking(browser, server, kind)),
      shown: of('shown'),
      task: of('task'),
      cpu: of('cpu'),
    };
  }
  const peer = results.relative;
  const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
  const rows = kinds.map((kind) => {
    const r = results[kind];
    const vsPeer = (mine, theirs) => (kind === 'relative' ? '' : ` (${ratio(mine, theirs)})`);
    return [
      KINDS[kind].title,
      String(r.live),
      r.createdPerSecond.toFixed(1),
      `${ms(r.cpuPerTick)}${vsPeer(r.cpuPerTick, peer.cpuPerTick)}`,
      `${ms(r.cpu)}${vsPeer(r.cpu, peer.cpu)}`,
      ms(r.task),
      ms(r.shown),
      JSON.stringify(r.sample.slice(0, 40)),
    ];
  });
  table(
    `Countdowns: ${N} on one page, CPU 1x (first render: median of ${LOADS} loads; ticks: ${SECONDS} s; ratios to relative-time in brackets, goals: per tick at most 0.25x, first render at most 1x)`,
    [
      'page',
      'timers pending',
      'timers set per s',
      'main-thread CPU per tick',
      'main-thread CPU to all shown',
      'main-thread task time to all shown',
      'all shown at',
      'sample',
    ],
    rows,
  );
  const ours = bytes('dist/strike-widgets.js');
  const theirs = bytes('node_modules/@github/relative-time-element/dist/bundle.js');
  table(
    'Bytes',
    ['script', 'raw', 'gzip'],
    [
      ['dist/strike-widgets.js (all three widgets)', kb(ours.raw), kb(ours.gzip)],
      [
        '@github/relative-time-element dist/bundle.js (unminified)',
        kb(theirs.raw),
        kb(theirs.gzip),
      ],
    ],
  );
}
