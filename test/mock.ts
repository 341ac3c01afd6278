/** Helpers for tests that read the mock API (test/mock-api.mjs) on the second origin. */
import { crossOrigin } from './helpers.js';

// Kept before any test installs fake timers: waiting for real network needs real time.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realNow = performance.now.bind(performance);

export const sleep = (ms: number) => new Promise((r) => realSetTimeout(r, ms));

/** Waits (in real time) until `check` is truthy. */
export async function waitFor(
  check: () => unknown | Promise<unknown>,
  ms = 10_000,
  what = 'condition',
) {
  const end = realNow() + ms;
  while (!(await check())) {
    if (realNow() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(15);
  }
}

let n = 0;
/** A fresh scenario key, so that tests (and test files running in parallel) never share one. */
export const newKey = () =>
  `t${Date.now().toString(36)}${(n++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Sets scenario `key` (see test/mock-api.mjs); returns its base URL. */
export async function scenario(key: string, params: Record<string, string | number> = {}) {
  const q = new URLSearchParams({ key, ...params } as Record<string, string>);
  await fetch(`${crossOrigin}/mock/control?${q}`);
  return `${crossOrigin}/mock/k/${key}`;
}

/** How many requests the mock server saw for `path` (under /mock). */
export async function requests(path: string): Promise<number> {
  const res = await fetch(`${crossOrigin}/mock/requests?path=${encodeURIComponent(path)}`, {
    cache: 'no-store',
  });
  return Number(await res.text());
}
