// <quote-carousel> against Splide and Swiper, the same 20 quotes in the same run:
//   bytes shipped (JS + CSS, gzip -9), main-thread time to first render (the renderer main
//   thread's CPU time in all tasks from navigation until the first slide is rendered, from a
//   trace; thread time, so other processes on a shared machine do not inflate it; median of
//   LOADS loads, taken round-robin), and layout
//   shift while each rotates for one real minute (all three pages side by side, 5 s a slide,
//   autoplay on, so 11 or 12 rotations each; the count is checked).
// Run: npx vite build && node bench/run.mjs carousel
import { readFileSync } from 'node:fs';
import { bytes, kb, mainThreadCpu, median, ms, open } from './lib.mjs';

const QUOTES = JSON.parse(
  readFileSync(new URL('../test/fixtures/quotes-20.json', import.meta.url)),
);
const ROTATE_MS = Number(process.env.ROTATE_MS ?? 60_000);
const LOADS = Number(process.env.LOADS ?? 9);

const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const figure = (q) =>
  `<figure><blockquote>${esc(q.text)}</blockquote><figcaption>${esc(
    [q.name, q.role].filter(Boolean).join(', '),
  )}</figcaption></figure>`;
const page = (
  head,
  body,
  script = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>carousel bench</title>${head}</head>
<body style="max-width:40rem;margin:2rem auto;font:16px/1.5 system-ui">
<h1>Supporters</h1>${body}<p>Text after the carousel, which must not move.</p>${script}</body></html>`;

const contenders = [
  // The carousel's own script, what a site that shows only a carousel loads; then the script
  // with all three widgets.
  ...['quote-carousel', 'strike-widgets'].map((script) => ({
    name: `<quote-carousel> (${script}.js)`,
    files: [`dist/${script}.js`],
    html: page(
      `<script src="/dist/${script}.js"></script>`,
      `<quote-carousel autoplay interval="5">${QUOTES.map(figure).join('')}</quote-carousel>`,
      `<script>window.__rotations = 0;
        addEventListener('quote-carousel-change', () => __rotations++);</script>`,
    ),
    ready: () =>
      !!document
        .querySelector('quote-carousel')
        ?.shadowRoot?.querySelector('[aria-roledescription="slide"]'),
  })),
  {
    name: 'Splide 4',
    files: [
      'node_modules/@splidejs/splide/dist/js/splide.min.js',
      'node_modules/@splidejs/splide/dist/css/splide.min.css',
    ],
    html: page(
      `<link rel="stylesheet" href="/node_modules/@splidejs/splide/dist/css/splide.min.css">
       <script src="/node_modules/@splidejs/splide/dist/js/splide.min.js"></script>`,
      `<section class="splide" aria-label="Supporters' quotes"><div class="splide__track"><ul class="splide__list">
        ${QUOTES.map((q) => `<li class="splide__slide">${figure(q)}</li>`).join('')}</ul></div></section>`,
      `<script>window.__rotations = 0;
        const s = new Splide('.splide', { type: 'loop', autoplay: true, interval: 5000, pauseOnHover: true });
        s.on('moved', () => __rotations++); s.mount();</script>`,
    ),
    ready: () => !!document.querySelector('.splide.is-initialized'),
  },
  {
    name: 'Swiper 14',
    files: [
      'node_modules/swiper/swiper-bundle.min.js',
      'node_modules/swiper/swiper-bundle.min.css',
    ],
    html: page(
      `<link rel="stylesheet" href="/node_modules/swiper/swiper-bundle.min.css">
       <script src="/node_modules/swiper/swiper-bundle.min.js"></script>`,
      `<div class="swiper" aria-label="Supporters' quotes"><div class="swiper-wrapper">
        ${QUOTES.map((q) => `<div class="swiper-slide">${figure(q)}</div>`).join('')}</div>
        <div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>`,
      `<script>window.__rotations = 0;
        const s = new Swiper('.swiper', { loop: true, autoplay: { delay: 5000, pauseOnMouseEnter: true },
          pagination: { el: '.swiper-pagination', clickable: true },
          navigation: { nextEl: '.swiper-button-next', prevEl: '.swiper-button-prev' }, a11y: { enabled: true } });
        s.on('slideChange', () => __rotations++);</script>`,
    ),
    ready: () => !!document.querySelector('.swiper.swiper-initialized'),
  },
];

/**
 * Main-thread CPU time (thread time, so the other processes on a shared machine do not count)
 * of every task in the page's renderer from navigation until `ready()` holds, from a trace.
 */
async function mainThreadMs(browser, c) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cpu = await mainThreadCpu(browser, page, async () => {
    await page.goto(c.url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(c.ready, undefined, { polling: 50 });
  });
  await context.close();
  return cpu;
}

export default async function run({ browser, server, table }) {
  const rows = [];
  // What the page itself costs (the same quotes as plain figures, no script), to read the rest
  // against. Loads go round-robin, so that a busy moment on the machine hits every contender.
  const blank = {
    url: server.page('/bench/carousel-blank.html', page('', QUOTES.map(figure).join(''))),
    ready: () => true,
    times: [],
  };
  for (const c of contenders) {
    c.url = server.page(`/bench/carousel-${c.name.replace(/\W+/g, '')}.html`, c.html);
    c.times = [];
  }
  for (let i = 0; i < LOADS; i++) {
    for (const c of [blank, ...contenders]) c.times.push(await mainThreadMs(browser, c));
  }
  const base = median(blank.times);
  rows.push(['the page alone (no carousel)', '–', ms(base), '–', '–', '–', '–']);
  for (const c of contenders) c.ms = median(c.times);
  // A minute of rotation, all three at once (same machine load for each).
  const runs = await Promise.all(
    contenders.map(async (c) => {
      const { page, context } = await open(browser, c.url, { until: c.ready });
      await page.waitForTimeout(500);
      const before = await page.evaluate(() => window.__bench.shifts);
      await page.waitForTimeout(ROTATE_MS);
      const r = await page.evaluate(() => ({
        shifts: window.__bench.shifts,
        rotations: window.__rotations,
      }));
      await context.close();
      return { loadShift: before, shift: r.shifts - before, rotations: r.rotations };
    }),
  );
  contenders.forEach((c, i) => {
    const b = bytes(...c.files);
    rows.push([
      c.name,
      kb(b.gzip),
      ms(c.ms),
      ms(c.ms - base),
      runs[i].loadShift.toFixed(4),
      runs[i].shift.toFixed(4),
      String(runs[i].rotations),
    ]);
  });
  table(
    `Carousel: 20 quotes (main-thread CPU time to first render, median of ${LOADS}; ${ROTATE_MS / 1000} s of rotation at 5 s a slide)`,
    [
      '',
      'JS + CSS gzip',
      'main thread to first render',
      'of which the carousel',
      'layout shift on load',
      `layout shift while rotating`,
      'rotations',
    ],
    rows,
  );
  console.log(
    '\n<quote-carousel> bytes are the drop-in script named (with Lit); the others are their bundles with their default CSS.',
  );
}
