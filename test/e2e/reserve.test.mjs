// The `:not(:defined)` space reservation README.md gives site owners: one rule set of
// `min-height` figures, measured here on the demo page (demo/index.html, with the built script)
// in the README's column width and on a 375 px screen. The test fails when a documented figure
// drifts from the measured height by more than a few pixels, and when the demo page's own CSS
// reserves other figures than the README's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUND, openPage, ROOT, start, stop, TAGS, whenDefined } from './lib.mjs';

/** How far a documented figure may be from the measured height. */
const TOLERANCE_PX = 4;
/** The demo page's column (body: max-width 46rem) and a phone. */
const VIEWPORTS = { column: { width: 1024, height: 900 }, phone: { width: 375, height: 800 } };
/** The time the page is shown at: before the strike, so the countdown counts down. */
const NOW = new Date('2026-12-01T10:00:00Z');

/** The README's reserving CSS block. */
function documentedCss() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```css\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((css) => css.includes(':not(:defined)') && css.includes('min-height'));
  if (!block) throw new Error('README.md has no :not(:defined) block with min-height figures');
  return block;
}

/**
 * The `min-height` figures of a CSS text, per tag: `column` outside any media query, `phone`
 * inside the `max-width` media query.
 */
function figures(css) {
  const media = css.match(/@media[^{]*max-width[^{]*\{([\s\S]*?\})\s*\}/);
  const outside = media ? css.replace(media[0], '') : css;
  const read = (text) =>
    Object.fromEntries(
      TAGS.map((tag) => {
        const rule = new RegExp(`${tag}:not\\(:defined\\)\\s*\\{[^}]*min-height:\\s*(\\d+)px`);
        return [tag, Number(text.match(rule)?.[1] ?? NaN)];
      }),
    );
  return { column: read(outside), phone: read(media?.[1] ?? '') };
}

/** The demo page as it is, with the built script in place of the sources. */
function demoPage() {
  const page = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  const module = '<script type="module" src="../src/define.ts"></script>';
  if (!page.includes(module)) throw new Error('demo/index.html no longer loads ../src/define.ts');
  return page.replace(module, '<script src="/dist/strike-widgets.js" defer></script>');
}

/** The rendered height of the first widget of each tag on the demo page, at `viewport`. */
async function measure(browser, servers, viewport) {
  const url = servers.site.page('/demo/reserve-measured.html', demoPage());
  const tab = await openPage(browser, { context: { viewport, reducedMotion: 'reduce' } });
  try {
    await tab.page.clock.setFixedTime(NOW);
    await tab.page.goto(url);
    await whenDefined(tab.page);
    return await tab.page.evaluate(async (tags) => {
      const els = tags.map((tag) => document.querySelector(tag));
      await Promise.all(els.map((el) => el.updateComplete));
      // The counter's first reading, then a frame for layout.
      const counter = document.querySelector('petition-counter');
      for (let i = 0; i < 100 && counter.value === null; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return Object.fromEntries(
        els.map((el) => [el.localName, Math.round(el.getBoundingClientRect().height)]),
      );
    }, TAGS);
  } finally {
    await tab.close();
  }
}

let browser, servers;
before(async () => ({ browser, servers } = await start()), BOUND);
after(() => stop({ browser, servers }));

describe('the documented :not(:defined) reservation', () => {
  const documented = figures(documentedCss());

  test('one rule set: every widget has a figure for the column and for phones', () => {
    for (const width of ['column', 'phone'])
      for (const tag of TAGS)
        assert.ok(documented[width][tag] > 0, `README.md: ${tag} ${width} min-height in px`);
  });

  test("the demo page's CSS reserves the README's figures, not its own", () => {
    const demo = figures(readFileSync(join(ROOT, 'demo/demo.css'), 'utf8'));
    assert.deepEqual(demo, documented);
  });

  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(
      `the figures for the ${width} are the heights measured at ${viewport.width} px`,
      BOUND,
      async () => {
        const measured = await measure(browser, servers, viewport);
        for (const tag of TAGS) {
          const drift = Math.abs(measured[tag] - documented[width][tag]);
          assert.ok(
            drift <= TOLERANCE_PX,
            `${tag} at ${viewport.width} px: measured ${measured[tag]} px, README.md says ${documented[width][tag]} px`,
          );
        }
      },
    );
  }
});
