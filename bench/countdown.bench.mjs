// 1,000 <strike-countdown> against 1,000 @github/relative-time-element in duration mode, in the
// same browser: timers pending and created, main-thread time per one-second tick, and time to
// first render (all elements showing text).
import { bytes, kb, ms, open, taskMs } from './lib.mjs';

const N = 1000;
const SECONDS = 10;
/** Loads of each page for the first-render figures (alternating, median): one load is noisy. */
const LOADS = Number(process.env.LOADS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

function page(kind) {
  const items = Array.from({ length: N }, (_, i) =>
    kind === 'strike'
      ? `<strike-countdown start="${start(i)}" end="P2D" label="Strike ${i}"></strike-countdown>`
      : `<relative-time datetime="${start(i)}" format="duration" tense="future" precision="second">in 3 days</relative-time>`,
  ).join('\n');
  const script =
    kind === 'strike'
      ? // The define() call guards against the drop-in bundle not defining the tag (see the report).
        '<script src="/dist/strike-widgets.js"></script><script>customElements.get("strike-countdown") || StrikeWidgets.StrikeCountdown.define()</script>'
      : '<script type="module" src="/node_modules/@github/relative-time-element/dist/bundle.js"></script>';
  const ready =
    kind === 'strike'
      ? `document.querySelectorAll('strike-countdown').length === ${N} && [...document.querySelectorAll('strike-countdown')].every((e) => e.shadowRoot && e.shadowRoot.querySelector('[part=seconds]'))`
      : `document.querySelectorAll('relative-time').length === ${N} && [...document.querySelectorAll('relative-time')].every((e) => e.shadowRoot && /\\d/.test(e.shadowRoot.textContent))`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${TIMER_PROBE}
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
  const { page: p, cdp, context } = await open(browser, url);
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
  return { p, cdp, context };
}

/** Time to first render (wall clock, and main-thread task time), one load. */
async function firstRender(browser, server, kind) {
  const { p, cdp, context } = await load(browser, server, kind);
  const result = { shown: await p.evaluate(() => window.__ready), task: await taskMs(cdp) };
  await context.close();
  return result;
}

/** Timers and main-thread time per tick over SECONDS, one load. */
async function ticking(browser, server, kind) {
  const { p, cdp, context } = await load(browser, server, kind);
  await p.waitForTimeout(1500);
  const before = await taskMs(cdp);
  const timersBefore = await p.evaluate(() => window.__timers());
  await p.waitForTimeout(SECONDS * 1000);
  const after = await taskMs(cdp);
  const timers = await p.evaluate(() => window.__timers());
  const sample = await p.evaluate(
    (k) =>
      k === 'strike'
        ? document
            .querySelector('strike-countdown')
            .shadowRoot.querySelector('[role=timer]')
            .textContent.replace(/\s+/g, ' ')
            .trim()
        : document.querySelector('relative-time').shadowRoot.textContent,
    kind,
  );
  await context.close();
  return {
    perTick: (after - before) / SECONDS,
    live: timers.live,
    createdPerSecond: (timers.created - timersBefore.created) / SECONDS,
    sample,
  };
}

export default async function run({ browser, server, table }) {
  const kinds = ['strike', 'relative'];
  const loads = { strike: [], relative: [] };
  for (let i = 0; i < LOADS; i++) {
    for (const kind of kinds) loads[kind].push(await firstRender(browser, server, kind));
  }
  const rows = [];
  for (const kind of kinds) {
    const r = await ticking(browser, server, kind);
    const shown = median(loads[kind].map((l) => l.shown));
    const task = median(loads[kind].map((l) => l.task));
    rows.push([
      kind === 'strike' ? '1,000 `<strike-countdown>`' : '1,000 `<relative-time format=duration>`',
      String(r.live),
      r.createdPerSecond.toFixed(1),
      ms(r.perTick),
      ms(shown),
      ms(task),
      JSON.stringify(r.sample.slice(0, 40)),
    ]);
    rows.at(-1).perTick = r.perTick;
    rows.at(-1).task = task;
  }
  const [strikeRow, relativeRow] = rows;
  rows.push([
    'ratio (strike / relative-time)',
    '',
    '',
    `${(strikeRow.perTick / relativeRow.perTick).toFixed(2)}x (goal at most 0.25x)`,
    '',
    `${(strikeRow.task / relativeRow.task).toFixed(2)}x (goal at most 1x)`,
    '',
  ]);
  table(
    `Countdowns: ${N} on one page, ${SECONDS} s of ticking (main-thread time per 1 s tick; first render: median of ${LOADS} loads)`,
    [
      'page',
      'timers pending',
      'timers set per s',
      'main thread per tick',
      'first render (all shown)',
      'main thread to first render',
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
