// <petition-counter>: 50 counters for one petition on a page. Requests per interval (must be 1),
// main-thread time until every counter shows its count, and bytes. Page time runs on Playwright's
// fake clock so that intervals pass at once; the mock answers `no-store, max-age=60`, so every
// poll reaches the server and is counted there.
import { bytes, kb, ms, taskMs } from './lib.mjs';

const N = 50;

async function run(browser, server, n, key) {
  await fetch(
    `${server.origin}/mock/control?key=${key}&count=54210&cache=${encodeURIComponent('no-store, max-age=60')}`,
  );
  const url = server.page(
    `/bench/petition-${key}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>petition bench</title>
<script src="/dist/strike-widgets.js"></script>
<script>
  // Until package.json lists src/**/define.ts as side effects, the bundle drops its define() calls.
  if (!customElements.get('petition-counter')) StrikeWidgets.PetitionCounter.define();
</script></head><body>
${Array.from({ length: n }, () => `<petition-counter petition="/mock/k/${key}/petitions/1"></petition-counter>`).join('\n')}
</body></html>`,
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.clock.install();
  const start = await taskMs(cdp);
  await page.goto(url);
  const shown = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('petition-counter')].every((c) =>
        c.shadowRoot?.querySelector('[part~="count"] .sr-only'),
      ),
    );
  for (let i = 0; !(await shown()); i++) {
    if (i > 500) throw new Error('counters never showed a count');
    await new Promise((r) => setTimeout(r, 20));
  }
  const firstRender = (await taskMs(cdp)) - start;
  const count = (suffix) =>
    server.requests.filter((r) => r.endsWith(`/mock/k/${key}/petitions/1${suffix}`)).length;
  const onLoad = { info: count('.json'), poll: count('/count.json') };
  const perInterval = [];
  for (let i = 0; i < 5; i++) {
    const before = count('/count.json');
    await page.clock.runFor(60_000);
    await new Promise((r) => setTimeout(r, 150));
    perInterval.push(count('/count.json') - before);
  }
  await context.close();
  return { firstRender, onLoad, perInterval };
}

export default async function ({ browser, server, table }) {
  const one = await run(browser, server, 1, `bench1-${Date.now()}`);
  const many = await run(browser, server, N, `bench50-${Date.now()}`);
  const size = bytes('dist/strike-widgets.js');
  const row = (n, r) => [
    n,
    r.onLoad.info,
    r.onLoad.poll,
    r.perInterval.join(', '),
    ms(r.firstRender),
    `${kb(size.raw)} (${kb(size.gzip)} gzip)`,
  ];
  table(
    '<petition-counter>: counters for one UK petition (interval 60 s, max-age 60 s)',
    [
      'counters',
      'petition .json requests on load',
      'count.json requests on load',
      'count.json requests in each of 5 intervals',
      'main-thread time to first render',
      'script bytes (all widgets)',
    ],
    [row(1, one), row(N, many)],
  );
  if (many.perInterval.some((x) => x !== 1) || many.onLoad.info !== 1) {
    throw new Error(`petition bench: expected one request per interval, got ${many.perInterval}`);
  }
}
