/**
 * The first `Intl` formatter built off the main thread.
 *
 * Only the first `Intl` formatter in a renderer process is slow (it loads ICU's data: 14–39 ms
 * of main-thread time at full CPU speed, 66–142 ms on a slow phone); ICU's data is shared by
 * all the threads of the process, so once a worker has built one, the main thread's first one
 * is cheap. The drop-in scripts (classic scripts, `dist/*.js`) therefore start a worker from
 * their own URL as they run, once the widgets are defined: in the worker the same script only
 * builds the formatters, says so and closes (`runIntlWarmupWorker`, which vite.config.ts puts
 * first in each script, before Lit). `quote-carousel.js` starts none: the carousel formats no
 * numbers or dates. Started first thing instead of last, the worker made the longest task at 4x
 * CPU longer on a page with one of each widget (205 against 139 ms without it, on a 2-core
 * machine: it competes with the script for the CPU) and the carousel's first render came after
 * the first paint (layout shift 0.0053), for no clear gain on a live counter.
 *
 * Nothing waits for it: the widgets render as soon as they would without it (holding them for
 * the worker, even 32 ms, showed the fallback a moment and then moved the page). So it helps
 * where the first number or date comes after the worker's answer (100–300 ms, more on a slow
 * CPU): a live petition counter's first number comes with its count (`npm run bench`, longtask:
 * the longest task about a third shorter). A countdown needs `Intl` for its zone's offset at
 * its first render, a few milliseconds after the script, before any worker can answer: there
 * the main thread still loads ICU's data itself.
 *
 * Where the worker cannot start, nothing is reported by us: no
 * `Worker`, no `document.currentScript` (the script ran as a module), a script on another
 * origin (a CDN), a Content-Security-Policy that refuses workers (the worker's `error` event),
 * and Trusted Types that do not allow the policy `strike-widgets-worker` (`createPolicy`
 * throws). The npm ES modules never start a worker: their URL is the app's bundle.
 */

/** The name the worker is started with, by which the script knows it runs in that worker. */
export const WARMUP_WORKER_NAME = 'strike-widgets-intl-warmup';

/** The Trusted Types policy that turns the script's own URL (and only it) into the worker's URL. */
export const WORKER_POLICY_NAME = 'strike-widgets-worker';

/** Set on the window once a copy of a strike-widgets script has started a warm-up. */
const STARTED = Symbol.for('strike-widgets.intl-warmup-started');

interface WarmupWorkerScope {
  name?: string;
  postMessage(message: unknown): void;
  close(): void;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): unknown };
}

/**
 * Runs first in each drop-in script (vite.config.ts inserts its source text, so it uses nothing
 * from outside itself). Returns whether the script runs without a document, where it must stop
 * there: in the warm-up worker, after building the formatters and posting that it is done; in
 * any other worker, at once.
 */
export function runIntlWarmupWorker(workerName: string): boolean {
  if (typeof document !== 'undefined') return false;
  const scope = globalThis as unknown as WarmupWorkerScope;
  if (scope.name !== workerName) return true;
  try {
    // The options of the countdown's dates (its time zone's abbreviation) and the widgets' numbers.
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      timeZoneName: 'short',
      dateStyle: 'long',
    }).format(0);
    new Intl.NumberFormat('en-GB').format(0);
  } catch {
    // No usable Intl here: the main thread finds out for itself, as it would without a worker.
  }
  scope.postMessage('warm');
  scope.close();
  return true;
}

/**
 * Starts the warm-up worker from the running script's own URL, if this page allows it and no
 * other strike-widgets script on the page has started one. Call it synchronously while the
 * drop-in script runs (`document.currentScript` is only set then).
 */
export function startIntlWarmup(): void {
  const scriptUrl = ownScriptUrl();
  if (scriptUrl === undefined || typeof Worker !== 'function') return;
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[STARTED]) return;
  flags[STARTED] = true;
  const workerUrl = trustedWorkerUrl(scriptUrl);
  if (workerUrl === undefined) return;
  let worker: Worker;
  try {
    worker = new Worker(workerUrl as string, { name: WARMUP_WORKER_NAME });
  } catch {
    return; // refused by the browser (e.g. a SecurityError): render as without a worker
  }
  const finish = (event: Event) => {
    // A worker the page's CSP refused fires `error`: handled here, not reported as ours.
    event.preventDefault();
    worker.terminate();
  };
  worker.addEventListener('message', finish, { once: true });
  worker.addEventListener('error', finish, { once: true });
}

/**
 * The URL of the classic script now running, if a worker may be started from it: a script on
 * another origin may not (`new Worker` would throw a SecurityError), and a module or code run
 * later has no `document.currentScript`.
 */
function ownScriptUrl(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return undefined;
  if (new URL(script.src).origin !== location.origin) return undefined;
  return script.src;
}

/**
 * The worker's URL: the script's URL as it is, or, where the browser has Trusted Types, as a
 * `TrustedScriptURL` from the policy `strike-widgets-worker`, which accepts that one URL only.
 * `undefined` when the page's `trusted-types` list does not allow the policy.
 */
function trustedWorkerUrl(scriptUrl: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return scriptUrl;
  try {
    const policy = factory.createPolicy(WORKER_POLICY_NAME, {
      createScriptURL(input) {
        if (input !== scriptUrl) throw new TypeError(`${WORKER_POLICY_NAME}: not the script's URL`);
        return input;
      },
    });
    return policy.createScriptURL(scriptUrl);
  } catch {
    return undefined;
  }
}
