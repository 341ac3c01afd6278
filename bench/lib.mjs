// The benchmark harness: the test suite's server on 127.0.0.1 (test/server.mjs: pages, the
// repository read-only, the mock API), Debian's Chromium driven by playwright-core, and the
// measurements the widget benchmarks share. Each bench/*.bench.mjs exports `default async ({ browser, server, table })`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../scripts/browsers.mjs';

export { startServer as serve } from '../test/server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

export async function launch() {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Bytes of files (paths relative to the repository) as served: raw and gzip level 9. */
export function bytes(...paths) {
  const buf = Buffer.concat(paths.map((p) => readFileSync(join(ROOT, p))));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/**
 * Opens `url` in a new page with the CPU slowed `cpuSlowdown` times, and collects long tasks,
 * layout shifts, the main-thread time (CDP TaskDuration) up to `until()` resolving in the page.
 * Returns `{ page, cdp, metrics }`; close the page when done.
 */
export async function open(browser, url, { cpuSlowdown = 1, until = 'load' } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    window.__bench = { longTasks: [], shifts: 0 };
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => window.__bench.longTasks.push(e.duration)),
    ).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => {
        if (!e.hadRecentInput) window.__bench.shifts += e.value;
      }),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: until === 'load' ? 'load' : 'domcontentloaded' });
  if (typeof until === 'function') await page.waitForFunction(until);
  return { page, cdp, context };
}

/** The median of `xs` (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs `during()` with the page traced and returns the main thread's CPU time in its tasks, in
 * ms: the thread time of every top-level task, which (unlike wall time) does not grow when
 * other processes share the machine's cores.
 */
export async function mainThreadCpu(browser, page, during) {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await during();
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const isMain = (e) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && isMain(e));
  return tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur) / 1000, 0);
}

/** Main-thread task time so far, in ms, from the DevTools protocol. */
export async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
  return get('TaskDuration') * 1000;
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n) => `${n.toFixed(1)} ms`;

/** Prints a Markdown table: `rows` are arrays, `head` the column names. */
export function table(title, head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(head));
  console.log(line(head.map(() => '---')));
  for (const r of rows) console.log(line(r));
}
