import './helpers.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/quote-carousel/define.js';
import type { QuoteCarousel } from '../src/quote-carousel/quote-carousel.js';
import { captureConsole, container, crossOrigin } from './helpers.js';

const QUOTES = `
  <figure>
    <blockquote cite="https://example.org/a">Striking is an act of desperation.</blockquote>
    <figcaption>A supporter</figcaption>
  </figure>
  <figure>
    <blockquote>Something is changing; the cracks are starting to show.</blockquote>
    <figcaption>Dr Louise Irvine, London GP</figcaption>
  </figure>
  <blockquote cite="https://example.org/c">
    I am at the complete mercy of the NHS. And I am entirely in support of the junior doctors' strike.
    <footer>A patient, Barts hospital, London</footer>
  </blockquote>`;
const XSS = '<img src=x onerror=alert(1)>';

/** A carousel made from markup, as a page author writes it. */

async function make(attrs = '', body = QUOTES, wrapAttrs = '') {
  const wrap = container();
  wrap.innerHTML = `<div ${wrapAttrs}><quote-carousel ${attrs}>${body}</quote-carousel></div>`;
  const el = wrap.querySelector('quote-carousel') as QuoteCarousel;
  await el.updateComplete;
  return el;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const $ = (el: QuoteCarousel, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: QuoteCarousel, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
const region = (el: QuoteCarousel) => $(el, '[aria-roledescription="carousel"]')!;
const slides = (el: QuoteCarousel) => $$(el, '[aria-roledescription="slide"]');
/** The slide a visitor can see and reach: visible and not inert. */
const current = (el: QuoteCarousel) => {
  const shown = slides(el).filter((s) => !s.inert);
  expect(shown, 'exactly one slide reachable').to.have.length(1);
  return shown[0];
};
const text = (el: QuoteCarousel) => current(el).querySelector('[part="text"]')!.textContent!.trim();
const live = (el: QuoteCarousel) =>
  region(el).querySelector('[aria-live]')!.getAttribute('aria-live');

describe('<quote-carousel>: quotes from children', () => {
  it('is a labelled carousel region of "N of M" slides, showing one quote', async () => {
    const el = await make();
    const r = region(el);
    expect(r.localName).to.equal('section'); // a labelled section is a region
    expect(r.getAttribute('aria-label')).to.equal("Supporters' quotes");
    const s = slides(el);
    expect(s.map((x) => x.getAttribute('role'))).to.deep.equal(['group', 'group', 'group']);
    expect(s.map((x) => x.getAttribute('aria-label'))).to.deep.equal([
      '1 of 3',
      '2 of 3',
      '3 of 3',
    ]);
    expect(text(el)).to.equal('Striking is an act of desperation.');
    expect(current(el).getAttribute('aria-label')).to.equal('1 of 3');
    await expect(el).to.be.accessible();
  });

  it('shows name, role and a link to the source; text from a bare blockquote without its footer', async () => {
    const el = await make();
    const attribution = (i: number) => slides(el)[i].querySelector('[part="attribution"]')!;
    expect(attribution(0).textContent!.trim()).to.equal('A supporter');
    expect(attribution(0).querySelector('a')!.href).to.equal('https://example.org/a');
    expect(attribution(1).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Dr Louise Irvine, London GP',
    );
    expect(attribution(1).querySelector('a')).to.equal(null);
    const third = slides(el)[2];
    expect(third.querySelector('[part="text"]')!.textContent!.trim()).to.equal(
      "I am at the complete mercy of the NHS. And I am entirely in support of the junior doctors' strike.",
    );
    expect(attribution(2).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'A patient, Barts hospital, London',
    );
  });

  it('hides the other slides from screen readers and the tab order (inert, visibility hidden)', async () => {
    const el = await make('index="1"');
    await new Promise((r) => setTimeout(r, 700)); // let any fade finish
    const [a, b, c] = slides(el);
    expect([a, b, c].map((s) => getComputedStyle(s).visibility)).to.deep.equal([
      'hidden',
      'visible',
      'hidden',
    ]);
    expect([a.inert, b.inert, c.inert]).to.deep.equal([true, false, true]);
    // The link of a hidden slide cannot take focus.
    const link = a.querySelector('a')!;
    link.focus();
    expect(el.shadowRoot!.activeElement).to.not.equal(link);
  });

  it('updates the slides when children are added or removed later', async () => {
    const el = await make();
    const figure = document.createElement('figure');
    figure.innerHTML =
      '<blockquote>We are, after all, One Profession.</blockquote><figcaption>A doctor</figcaption>';
    el.append(figure);
    await waitUntil(() => slides(el).length === 4);
    expect(slides(el)[3].getAttribute('aria-label')).to.equal('4 of 4');
    expect(el.quotes[3]).to.deep.equal({
      text: 'We are, after all, One Profession.',
      name: 'A doctor',
      role: '',
      url: null,
    });
    el.querySelector('figure')!.remove();
    await waitUntil(() => slides(el).length === 3);
    expect(el.quotes.map((q) => q.name)).to.deep.equal([
      'Dr Louise Irvine',
      'A patient',
      'A doctor',
    ]);
    figure.querySelector('blockquote')!.textContent = 'Edited in place.';
    await waitUntil(() => el.quotes[2].text === 'Edited in place.');
  });

  it('stops watching its children once removed', async () => {
    const el = await make();
    const parent = el.parentElement!;
    el.remove();
    el.append(
      Object.assign(document.createElement('blockquote'), { textContent: 'Added while away' }),
    );
    await sleep(30);
    await el.updateComplete;
    expect(el.quotes).to.have.length(3);
    parent.append(el); // reconnecting reads them again
    await waitUntil(() => el.quotes.length === 4);
  });

  it('renders child text as text', async () => {
    const el = await make(
      '',
      `<blockquote>&lt;img src=x onerror=alert(1)&gt;<footer>&lt;b&gt;Bold&lt;/b&gt;, &lt;i&gt;x&lt;/i&gt;</footer></blockquote>`,
    );
    expect(text(el)).to.equal(XSS);
    expect(el.shadowRoot!.querySelector('img, b, i[onerror]')).to.equal(null);
    expect(current(el).querySelector('[part="attribution"]')!.textContent!.trim()).to.equal(
      '<b>Bold</b>, <i>x</i>',
    );
  });

  it('skips quotes without text with one console.warn', async () => {
    let el!: QuoteCarousel;
    const warnings = await captureConsole('warn', async () => {
      el = await make(
        '',
        `<blockquote> </blockquote><figure><figcaption>Nobody</figcaption></figure>${QUOTES}`,
      );
    });
    expect(slides(el)).to.have.length(3);
    expect(warnings).to.have.length(1);
  });

  it('while the page is still loading, reads quotes as they come, with no error or warning yet', async () => {
    // What a sync script in <head> meets: the tag is defined before its children are parsed.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    let el!: QuoteCarousel;
    let logged: unknown[][] = [];
    try {
      logged = await captureConsole('error', () =>
        captureConsole('warn', async () => {
          el = await make('', '');
          el.innerHTML = '<figure><figcaption>half parsed</figcaption></figure>';
          await sleep(30);
          await el.updateComplete;
          expect($(el, '[part="error"]')).to.equal(null);
          el.innerHTML = QUOTES;
          await sleep(30);
          await el.updateComplete;
          expect(slides(el)).to.have.length(3);
        }).then((warnings) => expect(warnings).to.have.length(0)),
      );
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
    expect(logged, 'no error view while children may still come').to.have.length(0);
    // Once parsed, an empty carousel is an error as usual.
    const errors = await captureConsole('error', async () => {
      el.innerHTML = '';
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await sleep(30);
      await el.updateComplete;
    });
    expect($(el, '[part="error"]')).to.exist;
    expect(errors).to.have.length(1);
  });

  it('shows the error view, with one console.error, when there is no quote at all', async () => {
    let el!: QuoteCarousel;
    const errors = await captureConsole('error', async () => {
      el = await make('', '<p>No quotes here</p>');
    });
    const error = $(el, '[part="error"]')!;
    expect(error.textContent).to.include('children').and.include('blockquote');
    expect(region(el)).to.equal(null);
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
    el.append(Object.assign(document.createElement('blockquote'), { textContent: 'At last' }));
    await waitUntil(() => !$(el, '[part="error"]'));
    expect(text(el)).to.equal('At last');
  });
});

describe('<quote-carousel>: language and label', () => {
  it('uses a given label, without the word "carousel"', async () => {
    const el = await make('label="Voices from the picket line"');
    expect(region(el).getAttribute('aria-label')).to.equal('Voices from the picket line');
    el.setAttribute('label', 'Quotes carousel');
    await el.updateComplete;
    expect(region(el).getAttribute('aria-label')).to.equal('Quotes');
    el.setAttribute('label', 'Carousel');
    await el.updateComplete;
    expect(region(el).getAttribute('aria-label')).to.equal("Supporters' quotes");
  });

  it('speaks Welsh under lang="cy"', async () => {
    const el = await make('autoplay', QUOTES, 'lang="cy"');
    expect(region(el).getAttribute('aria-label')).to.equal('Dyfyniadau cefnogwyr');
    expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal([
      '1 o 3',
      '2 o 3',
      '3 o 3',
    ]);
    expect($(el, '[part="previous"]')!.getAttribute('aria-label')).to.equal('Dyfyniad blaenorol');
    expect($(el, '[part="next"]')!.getAttribute('aria-label')).to.equal('Dyfyniad nesaf');
    const rotation = $(el, '[part="rotation"]')!;
    expect(rotation.getAttribute('aria-label')).to.equal("Stopio troi'r dyfyniadau");
    el.pause();
    await el.updateComplete;
    expect(rotation.getAttribute('aria-label')).to.equal("Dechrau troi'r dyfyniadau");
    await expect(el).to.be.accessible();
  });
});

describe('<quote-carousel>: properties, methods and the event', () => {
  it('next, previous and goTo wrap around and fire quote-carousel-change (bubbling, composed)', async () => {
    const host = container();
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<quote-carousel>${QUOTES}</quote-carousel>`;
    const el = root.querySelector('quote-carousel') as QuoteCarousel;
    await el.updateComplete;
    const seen: number[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent).detail.index);
    document.addEventListener('quote-carousel-change', listener);
    try {
      el.next();
      el.next();
      el.next();
      el.previous();
      el.goTo(1);
      el.goTo(1); // no change, no event
      el.goTo(-1);
      await el.updateComplete;
    } finally {
      document.removeEventListener('quote-carousel-change', listener);
    }
    expect(seen).to.deep.equal([1, 2, 0, 2, 1, 2]);
    expect(el.index).to.equal(2);
    expect(text(el)).to.include('complete mercy');
  });

  it('index is settable (and wraps); the index attribute sets where it starts', async () => {
    const el = await make('index="1"');
    expect(el.index).to.equal(1);
    expect(current(el).getAttribute('aria-label')).to.equal('2 of 3');
    el.index = 5;
    await el.updateComplete;
    expect(el.index).to.equal(2);
    expect(current(el).getAttribute('aria-label')).to.equal('3 of 3');
    el.index = -3;
    await el.updateComplete;
    expect(el.index).to.equal(0);
    el.index = NaN;
    expect(el.index).to.equal(0);
  });

  it('quotes is read-only and gives copies', async () => {
    const el = await make();
    expect(el.quotes.map((q) => q.name)).to.deep.equal([
      'A supporter',
      'Dr Louise Irvine',
      'A patient',
    ]);
    expect(() => {
      (el as unknown as { quotes: unknown }).quotes = [];
    }).to.throw(TypeError);
    el.quotes[0].text = 'changed';
    expect(el.quotes[0].text).to.equal('Striking is an act of desperation.');
  });

  it('previous and next buttons change the quote, fire the event, and announce politely', async () => {
    const el = await make();
    expect(live(el)).to.equal('polite');
    const next = $(el, '[part="next"]')!;
    setTimeout(() => next.click());
    const e = (await oneEvent(el, 'quote-carousel-change')) as CustomEvent;
    expect(e.detail).to.deep.equal({ index: 1 });
    expect(e.bubbles && e.composed).to.equal(true);
    await el.updateComplete;
    expect(text(el)).to.include('cracks');
    $(el, '[part="previous"]')!.click();
    $(el, '[part="previous"]')!.click();
    await el.updateComplete;
    expect(text(el)).to.include('complete mercy');
  });

  it('shuffle shows the quotes in a random order', async () => {
    const random = sinon.stub(Math, 'random').returns(0);
    try {
      const el = await make('shuffle');
      // Fisher–Yates with random() = 0: [a, b, c] -> [b, c, a]
      expect(el.quotes.map((q) => q.name)).to.deep.equal([
        'Dr Louise Irvine',
        'A patient',
        'A supporter',
      ]);
      expect(text(el)).to.include('cracks');
      el.shuffle = false;
      await el.updateComplete;
      expect(text(el)).to.equal('Striking is an act of desperation.');
    } finally {
      random.restore();
    }
  });

  it('a single quote has no controls and never rotates', async () => {
    const el = await make(
      'autoplay',
      '<blockquote>Striking is an act of desperation.</blockquote>',
    );
    expect($(el, '[part="controls"]')).to.equal(null);
    expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 1']);
    await expect(el).to.be.accessible();
  });
});

describe('<quote-carousel>: src', () => {
  /** A fixture file, served from the other origin (the mock API adds the CORS header). */
  const fixtures = new Map<string, string>();
  before(async () => {
    for (const f of [
      'quotes-20',
      'quotes',
      'quotes-hostile',
      'quotes-wrong-shape',
      'quotes-none',
      'quotes-some-empty',
      'quotes-not-json',
    ])
      fixtures.set(`${f}.json`, await (await fetch(`/test/fixtures/${f}.json`)).text());
  });
  const url = (name: string) =>
    fixtures.has(name)
      ? `${crossOrigin}/mock/json?body=${encodeURIComponent(fixtures.get(name)!)}`
      : `${crossOrigin}/mock/status/404`;

  it('loads an array of quotes across origins; they replace the child quotes', async () => {
    const el = await make(`src="${url('quotes-20.json')}"`);
    await waitUntil(() => slides(el).length === 20, 'loaded', { timeout: 4000 });
    expect(slides(el)[19].getAttribute('aria-label')).to.equal('20 of 20');
    expect(text(el)).to.include("It wasn't meant to go like this.");
    await expect(el).to.be.accessible();
  });

  it('loads { "quotes": [...] } with whitespace normalised and safe links', async () => {
    const el = await make(`src="${url('quotes.json')}"`, '');
    await waitUntil(() => slides(el).length === 4, 'loaded', { timeout: 4000 });
    expect(el.quotes[3]).to.deep.equal({
      text: 'Spaced out',
      name: 'A supporter',
      role: '',
      url: 'https://example.org/source',
    });
    expect(slides(el)[3].querySelector('a')!.href).to.equal('https://example.org/source');
  });

  it('renders hostile payloads as text, never as markup or links to scripts', async () => {
    const alert = sinon.stub(window, 'alert');
    try {
      const el = await make(`src="${url('quotes-hostile.json')}"`, '');
      await waitUntil(() => slides(el).length === 3, 'loaded', { timeout: 4000 });
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      const [first, second, third] = slides(el);
      expect(first.querySelector('[part="text"]')!.textContent).to.equal(XSS);
      expect(
        first.querySelector('[part="attribution"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      ).to.equal(`${XSS}, ${XSS}`);
      expect(first.querySelector('a'), 'javascript: url').to.equal(null);
      expect(third.querySelector('a'), 'data: url').to.equal(null);
      expect(third.querySelector('[part="text"]')!.textContent).to.equal(
        '<script>alert(1)</script>',
      );
      // A url that is markup is only a (harmless, relative) link.
      expect(new URL(second.querySelector('a')!.href).protocol).to.equal(location.protocol);
      expect(alert.called).to.equal(false);
    } finally {
      alert.restore();
    }
  });

  const failures: [string, () => string][] = [
    ['404', () => url('missing.json')],
    ['404 on the same origin', () => '/test/fixtures/missing.json'],
    ['not JSON', () => url('quotes-not-json.json')],
    ['the wrong shape', () => url('quotes-wrong-shape.json')],
    ['no quote with text', () => url('quotes-none.json')],
    ['an HTTP 500', () => `${crossOrigin}/mock/status/500`],
    ['unreachable (no CORS header)', () => `${crossOrigin}/test/fixtures/quotes.json`],
    ['a javascript: URL', () => 'javascript:alert(1)'],
  ];
  for (const [what, src] of failures) {
    it(`shows the error view naming src when it is ${what} and there are no child quotes`, async () => {
      let el!: QuoteCarousel;
      const errors = await captureConsole('error', async () => {
        el = await make(`src="${src()}"`, '');
        await waitUntil(() => $(el, '[part="error"]'), 'error view', { timeout: 4000 });
      });
      expect($(el, '[part="error"]')!.textContent).to.include('src').and.include('JSON');
      if (what == 'not JSON')
        expect($(el, '[part="error"]')!.textContent).to.include('" is not JSON.');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it(`keeps the child quotes, with one console.error, when src is ${what}`, async () => {
      let el!: QuoteCarousel;
      const errors = await captureConsole('error', async () => {
        el = await make(`src="${src()}"`);
        await waitUntil(() => errors.length > 0 || false, 'logged', { timeout: 4000 }).catch(
          () => {},
        );
        await new Promise((r) => setTimeout(r, 300));
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(String(errors[0][0])).to.include('src');
      expect($(el, '[part="error"]')).to.equal(null);
      expect(slides(el)).to.have.length(3);
    });
  }

  it('skips JSON items without text with one console.warn', async () => {
    let el!: QuoteCarousel;
    const warnings = await captureConsole('warn', async () => {
      el = await make(`src="${url('quotes-some-empty.json')}"`, '');
      await waitUntil(() => slides(el).length === 1, 'loaded', { timeout: 4000 });
    });
    expect(warnings).to.have.length(1);
    expect(text(el)).to.equal('Something is changing; the cracks are starting to show.');
  });

  it('follows a change of src, and stops a request when removed, loading again when back', async () => {
    const body = encodeURIComponent(JSON.stringify([{ text: 'Slow one' }, { text: 'Slow two' }]));
    const el = await make(`src="${crossOrigin}/mock/json?delay=600&body=${body}"`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 900));
    expect(el.quotes).to.have.length(3); // the answer never landed
    parent.append(el);
    await waitUntil(() => el.quotes.length === 2, 'reloaded', { timeout: 4000 });
    el.src = '/test/fixtures/quotes.json'; // same origin works too
    await waitUntil(() => el.quotes.length === 4, 'src changed', { timeout: 4000 });
    el.removeAttribute('src');
    await waitUntil(() => el.quotes.length === 3, 'back to children');
  });
});

describe('<quote-carousel>: what screen readers are told', () => {
  /** Records, for each change to the slides, whether they were a live region at that moment. */
  function liveAtEachChange(el: QuoteCarousel) {
    const seen: string[] = [];
    const slides = region(el).querySelector('[aria-live]')!;
    const observer = new MutationObserver(() => seen.push(slides.getAttribute('aria-live')!));
    // A quote is shown by taking `inert` off its slide, and its text replaced in place.
    observer.observe(slides, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['inert'],
    });
    return { seen, stop: () => observer.disconnect() };
  }

  it('quotes loaded from src replace the child quotes without being read out; a visitor’s next quote is', async () => {
    const body = encodeURIComponent(
      JSON.stringify([{ text: 'Loaded one' }, { text: 'Loaded two' }]),
    );
    const el = await make(`src="${crossOrigin}/mock/json?delay=300&body=${body}"`);
    const changes = liveAtEachChange(el);
    await waitUntil(() => text(el) === 'Loaded one', 'loaded', { timeout: 4000 });
    expect(changes.seen.length).to.be.greaterThan(0);
    expect(
      changes.seen.every((live) => live === 'off'),
      changes.seen.join(),
    ).to.equal(true);
    changes.seen.length = 0;
    $(el, '[part="next"]')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(text(el)).to.equal('Loaded two');
    expect(changes.seen.length).to.be.greaterThan(0);
    expect(
      changes.seen.every((live) => live === 'polite'),
      changes.seen.join(),
    ).to.equal(true);
    changes.stop();
  });
});

describe('<quote-carousel>: layout', () => {
  const long = Array.from(
    { length: 12 },
    () => 'The public are supporting the nurses and the doctors.',
  ).join(' ');
  const body = `<blockquote>Short.</blockquote><blockquote>${long}<footer>Dr Louise Irvine, London GP</footer></blockquote><blockquote>Medium length quote about the NHS.</blockquote>`;

  it('keeps the same height whichever quote is shown, so nothing below moves', async () => {
    const el = await make('', body);
    const below = document.createElement('p');
    below.textContent = 'After the carousel';
    el.after(below);
    const heights: number[] = [];
    const tops: number[] = [];
    for (let i = 0; i < 3; i++) {
      el.goTo(i);
      await el.updateComplete;
      await sleep(30);
      heights.push(el.getBoundingClientRect().height);
      tops.push(below.getBoundingClientRect().top);
    }
    expect(new Set(heights).size).to.equal(1);
    expect(new Set(tops).size).to.equal(1);
    // The tallest quote sets it: taller than the short quote alone by far.
    const longText = slides(el)[1].querySelector('[part="text"]')!.getBoundingClientRect().height;
    expect(heights[0]).to.be.greaterThan(longText);
    expect(longText).to.be.greaterThan(100);
  });

  it('fits a 320 px wide screen, with every control at least 24 × 24 px', async function () {
    try {
      await setViewport({ width: 320, height: 640 });
    } catch {
      this.skip(); // setViewport unsupported by this browser driver
    }
    try {
      const el = await make('autoplay', body.repeat(4));
      el.pause();
      await el.updateComplete;
      await sleep(30);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const w = $(el, '.w')!;
      expect(w.scrollWidth).to.be.at.most(w.clientWidth);
      const buttons = $$(el, 'button');
      expect(buttons).to.have.length(3);
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        expect(r.width, b.getAttribute('part')!).to.be.at.least(24);
        expect(r.height, b.getAttribute('part')!).to.be.at.least(24);
        expect(r.right).to.be.at.most(320);
      }
      // Twelve dots would wrap at 320 px: the picker says where you are in words (issue 13.14).
      await waitUntil(() => $(el, '[part="picker"]')!.textContent!.trim() === '1 of 12');
      const picker = $(el, '[part="picker"]')!;
      expect(picker.scrollHeight).to.be.at.most(picker.clientHeight);
      expect(picker.getAttribute('aria-hidden')).to.equal('true');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lets vertical scrolling through (touch-action: pan-y) on the slides', async () => {
    const el = await make();
    expect(getComputedStyle(current(el).parentElement!).touchAction).to.equal('pan-y');
  });
});

describe('<quote-carousel>: values a developer sets (issue 13)', () => {
  /** The property the error notice names ("src:"), as the notice shows it in bold. */
  const errorText = (el: QuoteCarousel) => $(el, '[part="error"] strong')?.textContent ?? '';
  const quietly = <T>(fn: () => Promise<T>) => {
    let result: Promise<T>;
    return captureConsole('error', async () => {
      result = fn();
      await result;
    }).then(() => result);
  };

  it('issue 13.8: accepts a URL object for src', async () => {
    const el = await make('', '');
    el.src = new URL('/test/fixtures/quotes.json', location.href);
    await waitUntil(() => slides(el).length > 0);
    expect(errorText(el)).to.equal('');
  });

  for (const [name, value] of [
    ['a Symbol', () => Symbol('src')],
    ['an object without a prototype', () => Object.create(null)],
    ['a number', () => 42],
  ] as const) {
    it(`issue 13.8/13.9: src set to ${name} is an error naming src, never an exception`, async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await quietly(async () => {
          const carousel = await make();
          (carousel as unknown as { src: unknown }).src = value();
          await carousel.updateComplete;
          await sleep(0);
          return carousel;
        });
        expect(errorText(el)).to.contain('src:');
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }

  it('issue 13.8: interval set to an object is an error naming interval', async () => {
    const el = await quietly(async () => {
      const carousel = await make();
      (carousel as unknown as { interval: unknown }).interval = {};
      await carousel.updateComplete;
      return carousel;
    });
    expect(errorText(el)).to.contain('interval:');
  });

  it('a bad value at the first render, corrected, brings the quotes and the rotation', async () => {
    const el = await quietly(async () => {
      const carousel = document.createElement('quote-carousel');
      carousel.autoplay = true;
      carousel.innerHTML = '<blockquote>One</blockquote><blockquote>Two</blockquote>';
      (carousel as unknown as { interval: unknown }).interval = {};
      container().append(carousel);
      await carousel.updateComplete;
      return carousel;
    });
    expect(errorText(el)).to.contain('interval:');
    el.interval = 5;
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    expect(el.quotes.map((quote) => quote.text)).to.deep.equal(['One', 'Two']);
    expect(text(el)).to.equal('One');
    expect(el.playing).to.equal(true);
  });

  it('interval = null or undefined (a framework resetting it) is auto, not an error', async () => {
    const el = await make();
    for (const none of [null, undefined]) {
      (el as unknown as { interval: unknown }).interval = none;
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
    }
  });

  it('a src that throws when looked at, set while away, is an error when back, never an exception', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const el = await quietly(async () => {
        const carousel = await make(`src="${crossOrigin}/mock/json?delay=600&body=%5B%5D"`);
        const parent = carousel.parentElement!;
        carousel.remove(); // stops the request: it is made again on return
        const hostile = new Proxy(
          {},
          {
            getPrototypeOf() {
              throw new Error('trap');
            },
          },
        );
        (carousel as unknown as { src: unknown }).src = hostile;
        parent.append(carousel);
        await carousel.updateComplete;
        return carousel;
      });
      expect(errorText(el)).to.contain('src:');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('issue 13.9: index = Symbol() does not throw, and index = 0 afterwards works', async () => {
    const el = await make();
    el.goTo(2);
    await el.updateComplete;
    expect(() => {
      (el as unknown as { index: unknown }).index = Symbol('index');
    }).to.not.throw();
    await el.updateComplete;
    expect(el.index).to.equal(0);
    el.index = 1;
    await el.updateComplete;
    expect(current(el).getAttribute('aria-label')).to.equal('2 of 3');
  });

  const throwingToString = {
    toString() {
      throw new Error('no text here');
    },
  };
  for (const [name, value] of [
    ['a Symbol', () => Symbol('label')],
    ['an object without a prototype', () => Object.create(null)],
    ['an object whose toString throws', () => throwingToString],
    ['NaN', () => NaN],
  ] as const) {
    it(`issue 13.9: label set to ${name} is an error naming label, never an exception`, async () => {
      const el = await quietly(async () => {
        const carousel = await make();
        (carousel as unknown as { label: unknown }).label = value();
        await carousel.updateComplete;
        return carousel;
      });
      expect(errorText(el)).to.contain('label:');
      // A good label afterwards brings the carousel back.
      el.label = 'Voices';
      await el.updateComplete;
      expect(region(el).getAttribute('aria-label')).to.equal('Voices');
    });
  }
});

describe('<quote-carousel>: many quotes (issue 13.14)', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => `<blockquote>Quote ${i + 1}</blockquote>`).join('');
  const picker = (el: QuoteCarousel) => $(el, '[part="picker"]')!;
  const visibleDots = (el: QuoteCarousel) =>
    $$(el, '[part="picker"] .dot').filter((dot) =>
      dot.checkVisibility({ visibilityProperty: true }),
    );

  it('issue 13.14: shows one dot per quote up to a dozen, where they fit', async () => {
    const el = await make('', many(12));
    await sleep(0);
    expect(visibleDots(el)).to.have.length(12);
    const filled = visibleDots(el).map((dot) => getComputedStyle(dot).backgroundColor);
    expect(new Set(filled.slice(1)).size).to.equal(1);
    expect(filled[0]).to.not.equal(filled[1]);
  });

  it('issue 13.14: above a dozen quotes shows "N of M" instead of dots', async () => {
    const el = await make('', many(2000));
    el.goTo(41);
    await el.updateComplete;
    expect(picker(el).textContent!.trim()).to.equal('42 of 2000');
    expect(visibleDots(el)).to.have.length(0);
    expect(picker(el).getBoundingClientRect().height).to.be.below(60);
  });

  it('issue 13.14: "N of M" is localised (Welsh)', async () => {
    const el = await make('', many(13), 'lang="cy"');
    await waitUntil(() => picker(el).textContent!.trim() === '1 o 13');
  });

  it('issue 13.14: shows "N of M" when the dots would wrap, and dots again when there is room', async () => {
    const el = await make('', many(10), 'style="width: 200px"');
    await waitUntil(
      () => picker(el).textContent!.trim() === '1 of 10',
      'the position shows in words',
    );
    expect(visibleDots(el)).to.have.length(0);
    (el.parentElement as HTMLElement).style.width = '700px';
    await waitUntil(() => visibleDots(el).length === 10, 'the dots show again');
    expect(picker(el).textContent!.trim()).to.equal('');
  });
});

describe('<quote-carousel>: WordPress (issue 11.3)', () => {
  const FIGURE = `<figure><blockquote>We will not give up.</blockquote><figcaption>A nurse</figcaption></figure>`;

  it('issue 11.3: ignores the empty <p> and <br> wpautop puts among the children', async () => {
    const el = await make(
      '',
      `<br>\n<p></p>\n${FIGURE}<br>\n<p></p>\n<figure><blockquote>Second.</blockquote></figure>\n<p></p>`,
    );
    expect(el.quotes.map((quote) => quote.text)).to.deep.equal(['We will not give up.', 'Second.']);
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('issue 11.3: quotes pushed out of the carousel by wpautop are explained to the site owner', async () => {
    const wrap = container();
    const logged = await captureConsole('error', async () => {
      wrap.innerHTML = `<p><quote-carousel></p>\n${FIGURE}\n<p></quote-carousel></p>`;
      await (wrap.querySelector('quote-carousel') as QuoteCarousel).updateComplete;
    });
    const el = wrap.querySelector('quote-carousel') as QuoteCarousel;
    // The parser's repair: the carousel is alone in the first <p>, the figure after it.
    expect(el.parentElement!.localName).to.equal('p');
    expect(el.childElementCount).to.equal(0);
    const notice = $(el, '[part="error"]')!.textContent!;
    expect(notice).to.contain('WordPress moved the quotes out of the carousel');
    expect(notice).to.contain('Custom HTML block');
    expect(notice).to.contain('[quote_carousel]');
    expect(logged).to.have.length(1);
  });
});
