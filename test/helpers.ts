/**
 * Shared by every test file: fails a test when Lit (in its development build) warned during it,
 * and offers small helpers. Import it first in each test file.
 */
const litWarnings: unknown[][] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (args.some((a) => typeof a === 'string' && /lit\.dev\/msg|Lit is in dev mode/.test(a))) {
    if (!String(args[0]).includes('Lit is in dev mode')) litWarnings.push(args);
  }
  warn(...args);
};

afterEach(() => {
  if (litWarnings.length) {
    const found = litWarnings.splice(0).map((a) => a.join(' '));
    throw new Error(`Lit warned during this test:\n${found.join('\n')}`);
  }
});

/** The origin of the mock API as a second origin (the page is on localhost). */
export const crossOrigin = location.origin.replace('localhost', '127.0.0.1');

/** Records console calls of one level while `fn` runs; the calls still reach the console. */
export async function captureConsole(
  level: 'error' | 'warn',
  fn: () => unknown | Promise<unknown>,
): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    calls.push(args);
    original.apply(console, args);
  };
  try {
    await fn();
  } finally {
    console[level] = original;
  }
  return calls;
}

/**
 * Emulates a media feature, or skips the test where the browser cannot (Firefox through
 * WebDriver BiDi has no media emulation).
 */
export async function emulateOrSkip(
  test: Mocha.Context,
  media: Parameters<typeof import('@web/test-runner-commands').emulateMedia>[0],
) {
  const { emulateMedia } = await import('@web/test-runner-commands');
  try {
    await emulateMedia(media);
  } catch {
    test.skip();
  }
}

/**
 * Says the page is hidden or visible, as switching tabs does (and fires `visibilitychange`).
 * `resetVisibility()` hands the question back to the browser.
 */
export function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function resetVisibility() {
  delete (document as unknown as Record<string, unknown>).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * A container on the page, removed after the test. (Not open-wc's `fixture`, which waits for an
 * animation frame: frames do not come while this page is in the background, and under fake timers
 * nothing would time out.)
 */
export function container() {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}
const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((c) => c.remove()));
