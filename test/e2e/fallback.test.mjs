// Before the script runs: JavaScript off, scripts stripped by a CMS, and a slow script with the
// documented `:not(:defined)` CSS (the upgrade must not shift the page).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allSnippets,
  counterSnippet,
  FALLBACK,
  reserveCss,
  html,
  openPage,
  sleep,
  script,
  TAGS,
  whenDefined,
  BOUND,
  start,
  stop,
} from './lib.mjs';

let browser, servers;
before(async () => ({ browser, servers } = await start()), BOUND);
after(() => stop({ browser, servers }));

/** The snippets, each followed by text that would move if the widget changed height. */
const body = () =>
  allSnippets()
    .split(/\n(?=<(?:quote-carousel|petition-counter))/)
    .map((s, i) => `${s}\n<p class="after">Paragraph after widget ${i + 1}.</p>`)
    .join('\n');

/** Waits until every widget on the page has finished its pending updates. */
const rendered = (page) =>
  page.evaluate(
    (tags) => Promise.all([...document.querySelectorAll(tags)].map((e) => e.updateComplete)),
    TAGS.join(','),
  );

const visibleText = (page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

describe('before the script runs', () => {
  test('JavaScript disabled: every snippet’s fallback content is readable', BOUND, async () => {
    const url = servers.site.page('/fallback/nojs.html', html({ body: allSnippets() + script() }));
    const p = await openPage(browser, { context: { javaScriptEnabled: false } });
    try {
      await p.page.goto(url);
      const text = await visibleText(p.page);
      for (const tag of TAGS)
        assert.ok(text.includes(FALLBACK[tag]), `${tag} fallback "${FALLBACK[tag]}" in: ${text}`);
      const links = await p.page.$$eval('a[href]', (as) => as.map((a) => a.href));
      assert.ok(
        links.includes('https://petition.parliament.uk/petitions/700123'),
        'the link to sign is there',
      );
      assert.ok(links.includes('https://example.org/pickets'), 'the call to action is there');
    } finally {
      await p.close();
    }
  });

  test('a CMS stripped the script: the fallback content alone informs', BOUND, async () => {
    const url = servers.site.page('/fallback/stripped.html', html({ body: allSnippets() }));
    const p = await openPage(browser);
    try {
      await p.page.goto(url);
      const text = await visibleText(p.page);
      for (const tag of TAGS) assert.ok(text.includes(FALLBACK[tag]), `${tag} fallback readable`);
    } finally {
      await p.close();
    }
  });

  test(
    'script delayed by 2 s with the documented :not(:defined) CSS: the upgrade causes no layout shift',
    BOUND,
    async () => {
      // 1. The widgets' heights on this page (what the docs tell a site owner to measure once).
      const plainUrl = servers.site.page(
        '/fallback/plain.html',
        html({ head: reserveCss(null), body: body() + script() }),
      );
      const m = await openPage(browser);
      let heights;
      try {
        await m.page.goto(plainUrl);
        await whenDefined(m.page);
        await rendered(m.page);
        await sleep(300);
        heights = await m.page.evaluate(
          (tags) =>
            Object.fromEntries(
              tags.map((t) => [
                t,
                Math.round(document.querySelector(t).getBoundingClientRect().height),
              ]),
            ),
          TAGS,
        );
      } finally {
        await m.close();
      }

      // 2. The same page, the script two seconds late, with and without the reserving CSS.
      const run = async (name, head) => {
        const url = servers.site.page(
          `/fallback/${name}.html`,
          html({ head, body: body() + script('defer') }),
        );
        const p = await openPage(browser);
        try {
          await p.page.route('**/dist/strike-widgets.js', async (route) => {
            await sleep(2_000);
            await route.continue();
          });
          await p.page.goto(url, { waitUntil: 'commit' });
          await p.page.waitForSelector('p.after', { timeout: 5_000 });
          await sleep(500);
          const before = await p.page.evaluate(
            (tags) => ({
              defined: tags.some((t) => customElements.get(t)),
              heights: tags.map((t) =>
                Math.round(document.querySelector(t).getBoundingClientRect().height),
              ),
              text: document.body.innerText,
            }),
            TAGS,
          );
          assert.equal(before.defined, false, 'the script is still on its way');
          for (const tag of TAGS)
            assert.ok(
              before.text.includes(FALLBACK[tag]),
              `${tag} fallback shows while the script loads`,
            );
          await whenDefined(p.page, TAGS, 10_000);
          await rendered(p.page);
          await sleep(700);
          const after = await p.page.evaluate(
            (tags) =>
              tags.map((t) => Math.round(document.querySelector(t).getBoundingClientRect().height)),
            TAGS,
          );
          const shift = await p.page.evaluate(() => window.__shift);
          // A countdown in space reserved near the screen is laid out from its first render.
          const skippable = await p.page.evaluate(() =>
            document.querySelector('strike-countdown').matches(':state(skippable)'),
          );
          return { before: before.heights, after, shift, skippable };
        } finally {
          await p.close();
        }
      };
      const reserved = await run('reserved', reserveCss(heights));
      assert.equal(
        reserved.shift,
        0,
        `layout shift with the reserving CSS: ${JSON.stringify(reserved)}`,
      );
      assert.equal(reserved.skippable, false, 'the countdown near the screen is not skippable');
      // Control: without the CSS, a fallback of another height does shift (the measurement works).
      const bare = await run('bare', '');
      const differs = bare.before.some((h, i) => Math.abs(h - bare.after[i]) > 1);
      if (differs)
        assert.ok(bare.shift > 0, `without the CSS the upgrade shifts: ${JSON.stringify(bare)}`);
    },
  );
  test(
    'a live counter whose count comes a second after it appears keeps its reserved space meanwhile',
    BOUND,
    async () => {
      const petition = `${servers.api.origin}/mock/petitions/700123`;
      const page = (head) =>
        html({
          head,
          body: `${counterSnippet({ petition })}\n<p class="after">After.</p>${script()}`,
        });
      const counted = (p) =>
        p.page.waitForFunction(() =>
          /\d/.test(
            document.querySelector('petition-counter').shadowRoot?.querySelector('[part=count]')
              ?.textContent ?? '',
          ),
        );
      // 1. Its height once counted (what the docs tell a site owner to measure once).
      const m = await openPage(browser);
      let height;
      try {
        await m.page.goto(servers.site.page('/fallback/live-plain.html', page('')));
        await counted(m);
        height = await m.page.evaluate(() =>
          Math.round(document.querySelector('petition-counter').getBoundingClientRect().height),
        );
      } finally {
        await m.close();
      }
      // 2. With that height reserved, and the petition's data a second and a half late.
      const heights = {
        'strike-countdown': 232,
        'quote-carousel': 164,
        'petition-counter': height,
      };
      const p = await openPage(browser);
      try {
        await p.page.route('**/mock/petitions/**', async (route) => {
          await sleep(1_500);
          await route.continue();
        });
        await p.page.goto(servers.site.page('/fallback/live-late.html', page(reserveCss(heights))));
        await whenDefined(p.page, ['petition-counter']);
        await sleep(500);
        const measure = () =>
          p.page.evaluate(() => ({
            height: Math.round(
              document.querySelector('petition-counter').getBoundingClientRect().height,
            ),
            after: Math.round(document.querySelector('p.after').getBoundingClientRect().top),
          }));
        const waiting = await measure();
        assert.equal(
          waiting.height,
          height,
          'the counter holds its height while the count is on its way',
        );
        await counted(p);
        await sleep(300);
        const done = await measure();
        assert.equal(done.after, waiting.after, 'the paragraph after the counter did not move');
        // Inside the counter, the link moves down as the count and its bar arrive above it: a
        // shift of a few thousandths (the page below it moved by its whole height before).
        const shift = await p.page.evaluate(() => window.__shift);
        assert.ok(shift < 0.01, `layout shift ${shift}`);
      } finally {
        await p.close();
      }
    },
  );
  test(
    'widgets far below the screen: no layout shift, a skippable countdown, each drawn when scrolled to',
    BOUND,
    async () => {
      // The documented CSS with its own heights: the widgets start three screens down.
      const heights = { 'strike-countdown': 232, 'quote-carousel': 164, 'petition-counter': 222 };
      const url = servers.site.page(
        '/fallback/far-below.html',
        html({
          head: reserveCss(heights),
          body: `<p class="top">At the top.</p><div style="height: 300vh"></div>${body()}
            <strike-countdown id="bare" start="2026-12-03T08:00" now="2026-12-01T08:00"></strike-countdown>
            ${script('defer')}`,
        }),
      );
      const p = await openPage(browser);
      try {
        // The script a little late, so that the probe below waits for it.
        await p.page.route('**/dist/strike-widgets.js', async (route) => {
          await sleep(500);
          await route.continue();
        });
        await p.page.goto(url, { waitUntil: 'commit' });
        // Right after the tags are defined the countdown's first render is still to come;
        // rendered, it may be skipped while off screen.
        const seen = await p.page.evaluate(async () => {
          await customElements.whenDefined('strike-countdown');
          const countdown = document.querySelector('strike-countdown');
          const drawn = Boolean(countdown.shadowRoot.querySelector('[part]'));
          // A bare tag in reserved space far below: no fallback to show, no height to hold.
          const held = document.querySelector('#bare').shadowRoot.childElementCount > 0;
          await countdown.updateComplete;
          return { drawn, held, skippable: countdown.matches(':state(skippable)') };
        });
        assert.deepEqual(seen, { drawn: false, held: false, skippable: true });
        await whenDefined(p.page);
        await rendered(p.page);
        await sleep(300);
        assert.equal(await p.page.evaluate(() => window.__shift), 0, 'no layout shift');
        for (const tag of TAGS) {
          await p.page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
          await sleep(100);
          const rendered = await p.page.evaluate((t) => {
            const el = document.querySelector(t);
            return {
              part: Boolean(el.shadowRoot.querySelector('[part~="base"]')),
              height: el.getBoundingClientRect().height,
            };
          }, tag);
          assert.ok(
            rendered.part && rendered.height > 50,
            `${tag} is drawn: ${JSON.stringify(rendered)}`,
          );
        }
        const dates = await p.page.evaluate(
          () =>
            document.querySelector('strike-countdown').shadowRoot.querySelector('[part=dates]')
              .innerText,
        );
        assert.match(dates, /Thursday 3 December at 08:00 GMT/, 'the countdown shows its dates');
      } finally {
        await p.close();
      }
    },
  );
});
