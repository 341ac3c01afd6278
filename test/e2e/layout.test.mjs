// Layout on hostile pages: an aggressive theme, right-to-left Arabic, a 320 px phone, the
// browser's text size at 200%, and forced colours (Windows' contrast themes).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allSnippets,
  html,
  openPage,
  overflows,
  problems,
  script,
  shot,
  TAGS,
  whenDefined,
  widgets,
  BOUND,
  start,
  stop,
} from './lib.mjs';

let browser, servers;
before(async () => ({ browser, servers } = await start()), BOUND);
after(() => stop({ browser, servers }));

const HOSTILE_CSS = `<style>
* { line-height: 3 !important; letter-spacing: .3em; text-transform: uppercase; color: red; box-sizing: content-box }
html { font-size: 10px }
body { font: 22px/2 "Comic Sans MS", cursive; word-spacing: 1em; text-align: justify; }
strike-countdown, quote-carousel, petition-counter {
  font: italic 700 30px/4 serif; text-align: right; white-space: pre; word-spacing: 1em;
  text-indent: 5em; color: red; letter-spacing: 1em; font-variant: small-caps; text-shadow: 2px 2px red;
  hyphens: auto; word-break: break-all; cursor: crosshair; visibility: visible; list-style: square;
}
button { all: unset }
p, div, span, a, figure, blockquote, svg { margin: 3em; padding: 2em; border: 3px solid red; }
a { text-decoration: line-through; }
</style>`;

/** Sizes of each widget's base and of every part in it, keyed "tag#n part". */
async function sizes(page) {
  return page.evaluate(async (tags) => {
    const out = {};
    const els = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(els.map((e) => e.updateComplete));
    els.forEach((el, n) => {
      for (const p of el.shadowRoot?.querySelectorAll('[part]') ?? []) {
        const r = p.getBoundingClientRect();
        out[`${el.localName}#${n} ${p.getAttribute('part')}`] = [
          Math.round(r.width),
          Math.round(r.height),
        ];
      }
    });
    return out;
  }, TAGS);
}

const body = () => allSnippets() + script();

async function load(
  name,
  { head = '', lang = 'en', dir = '', viewport, context = {}, markup = body() } = {},
) {
  const url = servers.site.page(`/layout/${name}.html`, html({ head, lang, dir, body: markup }));
  const p = await openPage(browser, { context: viewport ? { viewport, ...context } : context });
  await p.page.goto(url);
  await whenDefined(p.page);
  await p.page.evaluate(() => document.fonts.ready);
  return p;
}

describe('a hostile theme', () => {
  test(
    '[widget] every widget keeps its layout: the same sizes as on a clean page',
    BOUND,
    async () => {
      const clean = await load('clean');
      const hostile = await load('hostile', { head: HOSTILE_CSS });
      try {
        const a = await sizes(clean.page);
        const b = await sizes(hostile.page);
        await shot(clean.page, 'theme-clean');
        await shot(hostile.page, 'theme-hostile');
        assert.deepEqual(Object.keys(b), Object.keys(a), 'the same parts render');
        const differ = Object.keys(a).filter(
          (k) => Math.abs(a[k][0] - b[k][0]) > 1 || Math.abs(a[k][1] - b[k][1]) > 1,
        );
        assert.deepEqual(
          differ.map((k) => `${k}: clean ${a[k]} hostile ${b[k]}`),
          [],
        );
        // Text inside is not uppercased, red or spaced out by the page.
        const look = await hostile.page.evaluate(
          (tags) =>
            tags.map((t) => {
              const base = document.querySelector(t).shadowRoot.querySelector('[part~=base]');
              const cs = getComputedStyle(base);
              return [
                t,
                cs.textTransform,
                cs.letterSpacing,
                cs.lineHeight !== 'normal' &&
                  parseFloat(cs.lineHeight) / parseFloat(cs.fontSize) < 2.5,
              ];
            }),
          TAGS,
        );
        for (const [t, transform, spacing, lh] of look) {
          assert.equal(transform, 'none', `${t} text-transform`);
          assert.equal(spacing, 'normal', `${t} letter-spacing`);
          assert.ok(lh, `${t} line-height is its own`);
        }
        assert.deepEqual(await overflows(hostile.page), []);
        assert.deepEqual(hostile.log.errors, []);
      } finally {
        await clean.close();
        await hostile.close();
      }
    },
  );

  test(
    'the widgets still upgrade and render on the hostile theme, and their base resets inherited CSS',
    BOUND,
    async () => {
      const p = await load('hostile-basic', { head: HOSTILE_CSS });
      try {
        assert.deepEqual(problems(await widgets(p.page)), []);
        const look = await p.page.evaluate(
          (tags) =>
            tags.map((t) => {
              const cs = getComputedStyle(
                document.querySelector(t).shadowRoot.querySelector('[part~=base]'),
              );
              return `${t} ${cs.textTransform} ${cs.letterSpacing} ${cs.fontStyle} ${cs.textIndent} ${cs.whiteSpace}`;
            }),
          TAGS,
        );
        assert.deepEqual(
          look,
          TAGS.map((t) => `${t} none normal normal 0px normal`),
        );
      } finally {
        await p.close();
      }
    },
  );
});

describe('right-to-left', () => {
  test('dir="rtl" lang="ar": the widgets render right-to-left', BOUND, async () => {
    const p = await load('rtl', { lang: 'ar', dir: 'rtl' });
    try {
      const list = await widgets(p.page);
      assert.deepEqual(problems(list), []);
      const dirs = await p.page.evaluate(
        (tags) =>
          tags.map(
            (t) =>
              getComputedStyle(document.querySelector(t).shadowRoot.querySelector('[part~=base]'))
                .direction,
          ),
        TAGS,
      );
      assert.deepEqual(dirs, ['rtl', 'rtl', 'rtl']);
      assert.deepEqual(await overflows(p.page), []);
      await shot(p.page, 'rtl');
    } finally {
      await p.close();
    }
  });

  test('[widget] dir="rtl" lang="ar": layout and arrow keys are mirrored', BOUND, async () => {
    const p = await load('rtl-widget', { lang: 'ar', dir: 'rtl' });
    try {
      const boxes = await p.page.evaluate(() => {
        const box = (el, part) =>
          el.shadowRoot.querySelector(`[part~=${part}]`)?.getBoundingClientRect().toJSON();
        const c = document.querySelector('strike-countdown');
        const q = document.querySelector('quote-carousel');
        const n = document.querySelector('petition-counter');
        return {
          days: box(c, 'days'),
          seconds: box(c, 'seconds') ?? box(c, 'minutes'),
          previous: box(q, 'previous'),
          next: box(q, 'next'),
          // The count's text itself (its part may be as wide as the widget).
          count: (() => {
            const el = n.shadowRoot.querySelector('[part~=count]');
            if (!el) return undefined;
            const r = document.createRange();
            r.selectNodeContents(el);
            return r.getBoundingClientRect().toJSON();
          })(),
          host: n.getBoundingClientRect().toJSON(),
        };
      });
      assert.ok(boxes.days && boxes.seconds, 'countdown parts');
      assert.ok(boxes.days.left > boxes.seconds.left, 'days are on the right of seconds');
      assert.ok(boxes.previous && boxes.next, 'carousel controls');
      assert.ok(boxes.previous.left > boxes.next.left, '"previous" is on the right');
      assert.ok(boxes.count, 'counter count');
      assert.ok(
        boxes.host.right - boxes.count.right < boxes.count.left - boxes.host.left,
        'the count starts at the right',
      );
      // Keys follow the screen: ArrowLeft goes forward in right-to-left.
      const press = async (key) => {
        await p.page.evaluate(() => {
          const q = document.querySelector('quote-carousel');
          q.goTo(1);
          q.shadowRoot.querySelector('[part~=next]').focus();
        });
        await p.page.keyboard.press(key);
        return p.page.evaluate(() => document.querySelector('quote-carousel').index);
      };
      assert.equal(await press('ArrowLeft'), 2, 'ArrowLeft shows the next quote');
      assert.equal(await press('ArrowRight'), 0, 'ArrowRight shows the previous quote');
    } finally {
      await p.close();
    }
  });
});

describe('small screens and large text', () => {
  test('320 px wide: nothing overflows, nothing scrolls sideways', BOUND, async () => {
    const p = await load('narrow', { viewport: { width: 320, height: 800 } });
    try {
      assert.deepEqual(problems(await widgets(p.page)), []);
      const widths = await p.page.evaluate(
        (tags) => tags.map((t) => document.querySelector(t).getBoundingClientRect().right),
        TAGS,
      );
      for (const w of widths) assert.ok(w <= 320, `right edge ${w} within 320 px`);
      assert.deepEqual(await overflows(p.page), []);
      await shot(p.page, 'narrow-320');
    } finally {
      await p.close();
    }
  });

  test('[widget] 320 px wide: every control is at least 24 × 24 px', BOUND, async () => {
    const p = await load('narrow-controls', { viewport: { width: 320, height: 800 } });
    try {
      const small = await p.page.evaluate((tags) => {
        const out = [];
        let controls = 0;
        for (const t of tags) {
          for (const c of document
            .querySelector(t)
            .shadowRoot.querySelectorAll('button, a[href], [role=button], input, select')) {
            const r = c.getBoundingClientRect();
            if (!r.width && !r.height) continue; // not shown
            controls++;
            if (r.width < 24 || r.height < 24)
              out.push(
                `${t} ${c.localName}[part=${c.getAttribute('part')}] ${r.width}×${r.height}`,
              );
          }
        }
        return { out, controls };
      }, TAGS);
      assert.ok(small.controls >= 4, `controls found: ${small.controls}`);
      assert.deepEqual(small.out, []);
    } finally {
      await p.close();
    }
  });

  test(
    '200% text size: the widgets follow the browser’s text size and nothing overflows',
    BOUND,
    async () => {
      const normal = await load('zoom-100');
      const big = await load('zoom-200');
      try {
        const cdp = await big.context.newCDPSession(big.page);
        await cdp.send('Page.enable');
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
        await big.page.waitForTimeout(200);
        const measure = (page) =>
          page.evaluate(
            (tags) =>
              tags.map((t) => {
                const base = document.querySelector(t).shadowRoot.querySelector('[part~=base]');
                return {
                  size: parseFloat(getComputedStyle(base).fontSize),
                  height: base.getBoundingClientRect().height,
                };
              }),
            TAGS,
          );
        const a = await measure(normal.page);
        const b = await measure(big.page);
        b.forEach((m, i) => {
          assert.equal(m.size, a[i].size * 2, `${TAGS[i]} text is twice the size`);
          assert.ok(
            m.height > a[i].height * 1.3,
            `${TAGS[i]} grows with its text (${a[i].height} → ${m.height})`,
          );
        });
        assert.deepEqual(await overflows(big.page), []);
        assert.deepEqual(problems(await widgets(big.page)), []);
        await shot(big.page, 'text-200');
        await cdp.detach();
      } finally {
        await normal.close();
        await big.close();
      }
    },
  );
});

describe('forced colours (Windows contrast themes)', () => {
  // Every control of each widget, and a carousel whose picker shows dots.
  const markup = `
    <strike-countdown start="2031-03-05T08:00" end="P2D" href="https://union.example/strike" calendar></strike-countdown>
    <petition-counter count="640" goal="1000" href="https://union.example/sign"></petition-counter>
    <quote-carousel label="Why we strike" autoplay>
      <blockquote>First</blockquote><blockquote>Second</blockquote><blockquote>Third</blockquote>
    </quote-carousel>
    ${script()}`;
  const forced = { forcedColors: 'active', reducedMotion: 'reduce' };

  test('[carousel] the current dot still stands out from the others', BOUND, async () => {
    const p = await load('forced-dots', { markup, context: forced });
    try {
      const dots = await p.page.evaluate(async () => {
        const carousel = document.querySelector('quote-carousel');
        carousel.next();
        await carousel.updateComplete;
        // The theme's page colour, as forced colours resolve it.
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.background = 'Canvas';
        const canvas = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const fills = [...carousel.shadowRoot.querySelectorAll('[part=picker] span:empty')].map(
          (dot) => getComputedStyle(dot).backgroundColor,
        );
        return { canvas, fills, index: carousel.index };
      });
      assert.equal(dots.fills.length, 3, 'one dot per quote');
      // Filled: neither the page's colour nor transparent (an alpha of 0).
      const filled = dots.fills.map((fill) => fill !== dots.canvas && !fill.endsWith(', 0)'));
      assert.deepEqual(filled, [false, true, false], `fills ${dots.fills} on ${dots.canvas}`);
      assert.equal(dots.index, 1);
    } finally {
      await p.close();
    }
  });

  test('[widget] every button and button-like link keeps a visible edge', BOUND, async () => {
    const p = await load('forced-edges', { markup, context: forced });
    try {
      const controls = await p.page.evaluate((tags) => {
        const out = [];
        for (const tag of tags) {
          const root = document.querySelector(tag).shadowRoot;
          for (const control of root.querySelectorAll('button, [part=action], [part=calendar]')) {
            if (!control.getClientRects().length) continue; // not shown
            const style = getComputedStyle(control);
            const edge = style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
            out.push(`${tag} ${control.getAttribute('part') ?? control.localName}: ${edge}`);
          }
        }
        return out;
      }, TAGS);
      assert.ok(controls.length >= 6, `controls found: ${controls.join(', ')}`);
      assert.deepEqual(
        controls.filter((control) => control.endsWith('false')),
        [],
        'controls without an edge',
      );
      await shot(p.page, 'forced-colours');
    } finally {
      await p.close();
    }
  });
});
