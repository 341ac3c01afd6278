import './helpers.js';
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { safeDefine } from '../src/core/define.js';
import { ConfigError } from '../src/core/errors.js';
import { formatDate, formatNumber } from '../src/core/format.js';
import { localeFor, resolveLang, type Locale } from '../src/core/locale.js';
import * as en from '../src/locales/en.js';
import * as cy from '../src/locales/cy.js';
import { property } from '../src/core/decorators.js';
import { StrikeElement } from '../src/core/strike-element.js';
import { blockedAsMixedContent, safeUrl } from '../src/core/url.js';
import { VisibilityController } from '../src/core/visibility.js';
import { VERSION } from '../src/version.js';
import { captureConsole, emulateOrSkip, resetVisibility, setHidden } from './helpers.js';
import { emulateMedia } from '@web/test-runner-commands';

const textsOf = (locale: Locale) => (locale.textLang === 'cy' ? cy : en);

/** A minimal widget on the shared base, to test what the base gives every widget. */
class CoreProbe extends StrikeElement {
  static override properties = { fail: { type: String }, throwInRender: { type: Boolean } };
  declare fail?: string;
  declare throwInRender?: boolean;
  protected override configure() {
    if (this.fail)
      throw new ConfigError('start', `"${this.fail}" is not a date.`, 'an ISO 8601 date');
  }
  protected override renderContent() {
    if (this.throwInRender) throw new TypeError('boom');
    return litHtml`<p class="label">${textsOf(this.locale).carousel.label}</p>
      <p class="days">${textsOf(this.locale).countdown.days(2)}</p>`;
  }
}
CoreProbe.define('core-probe');

describe('safeDefine', () => {
  it('defines a tag once; defining it again throws nothing and keeps the first', async () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    const warnings = await captureConsole('warn', () => {
      safeDefine('sd-once-a', A);
      safeDefine('sd-once-a', A);
    });
    expect(customElements.get('sd-once-a')).to.equal(A);
    expect(warnings).to.have.length(0);
    // Another class of the same version (the same script loaded twice) is not a clash.
    (B as unknown as { version: string }).version = VERSION;
    expect(() => safeDefine('sd-once-a', B)).not.to.throw();
    expect(customElements.get('sd-once-a')).to.equal(A);
  });

  it('warns once for the whole page when another version defined the tags first', async () => {
    class Old1 extends HTMLElement {
      static version = '0.0.1';
    }
    class Old2 extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('sd-clash-a', Old1);
    customElements.define('sd-clash-b', Old2);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('strike-widgets.define-warned')];
    const warnings = await captureConsole('warn', () => {
      safeDefine('sd-clash-a', class extends HTMLElement {});
      safeDefine('sd-clash-b', class extends HTMLElement {});
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0]))
      .to.include('0.0.1')
      .and.include(VERSION)
      .and.include('<sd-clash-a>');
    expect(customElements.get('sd-clash-a')).to.equal(Old1);
  });

  it('a tag that is no tag, or a registry that is none, is a warning, never an exception', async () => {
    const hostileTag = {
      toString() {
        throw new Error('no name');
      },
    };
    const warnings = await captureConsole('warn', () => {
      expect(() => CoreProbe.define(Symbol('tag') as unknown as string)).to.not.throw();
      expect(() => CoreProbe.define(hostileTag as unknown as string)).to.not.throw();
      expect(() =>
        CoreProbe.define('sd-no-registry', null as unknown as CustomElementRegistry),
      ).to.not.throw();
    });
    expect(warnings).to.have.length(3);
  });

  it('the element classes carry their version for the check', () => {
    expect((customElements.get('core-probe') as unknown as typeof StrikeElement).version).to.equal(
      VERSION,
    );
  });
});

describe('language', () => {
  it('resolves the own lang, else the nearest ancestor, else <html lang>, else en', async () => {
    const root = await fixture(
      html`<div lang="cy">
        <section><core-probe id="inherits"></core-probe></section>
        <core-probe id="own" lang="fr-CA"></core-probe>
      </div>`,
    );
    expect(resolveLang(root.querySelector('#inherits')!)).to.equal('cy');
    expect(resolveLang(root.querySelector('#own')!)).to.equal('fr-CA');
    const detached = document.createElement('core-probe');
    expect(resolveLang(detached)).to.equal('en');
    const htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'de');
    try {
      const el = await fixture(html`<core-probe></core-probe>`);
      expect(resolveLang(el)).to.equal('de');
    } finally {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    }
  });

  it('crosses shadow roots to find an ancestor lang', async () => {
    const host = await fixture(html`<div lang="cy"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('core-probe');
    shadow.append(inner);
    expect(resolveLang(inner)).to.equal('cy');
  });

  it('speaks Welsh under lang=cy, with Welsh plurals, and re-renders when a lang changes', async () => {
    const root = await fixture(html`<div lang="en"><core-probe></core-probe></div>`);
    const el = root.querySelector('core-probe') as CoreProbe;
    await el.updateComplete;
    const text = () => el.shadowRoot!.querySelector('.label')!.textContent;
    expect(text()).to.equal("Supporters' quotes");
    root.setAttribute('lang', 'cy');
    await nextFrame();
    await el.updateComplete;
    expect(text()).to.equal('Dyfyniadau cefnogwyr');
    expect(el.shadowRoot!.querySelector('.days')!.textContent).to.equal('ddiwrnod');
    el.setAttribute('lang', 'en-GB');
    await nextFrame();
    await el.updateComplete;
    expect(text()).to.equal("Supporters' quotes");
  });

  it('formats with en-GB for English and Welsh, and Intl in other languages', () => {
    expect(localeFor('en').intl).to.equal('en-GB');
    expect(localeFor('cy').intl).to.equal('en-GB');
    expect(localeFor('cy').textLang).to.equal('cy');
    expect(localeFor('en-US').intl).to.equal('en-US');
    expect(localeFor('fr').textLang).to.equal('en');
    expect(formatNumber(localeFor('fr'), 219672).replace(/\s/g, ' ')).to.equal('219 672');
    expect(formatNumber(localeFor('en'), 219672)).to.equal('219,672');
    expect(formatNumber(localeFor('en'), NaN)).to.equal('0');
    expect(localeFor('not a language!').intl).to.equal('en-GB');
  });

  it('gives Welsh month and day names (Intl has none) and British zone names', () => {
    const when = Date.UTC(2026, 11, 3, 8);
    const options = {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/London',
      timeZoneName: 'short',
    } as const;
    expect(formatDate(localeFor('cy'), when, options)).to.equal('dydd Iau 3 Rhagfyr am 08:00 GMT');
    expect(formatDate(localeFor('en'), when, options)).to.equal('Thursday 3 December at 08:00 GMT');
    const summer = Date.UTC(2026, 5, 3, 8);
    expect(formatDate(localeFor('en'), summer, { ...options, weekday: undefined })).to.include(
      'BST',
    );
    expect(
      formatDate(localeFor('cy'), summer, { month: 'long', day: 'numeric', timeZone: 'UTC' }),
    ).to.equal('3 Mehefin');
  });
});

describe('Welsh dates', () => {
  // The widgets show long month and weekday names only, so only those are translated (short
  // ones would cost bytes in every page's script for nothing).
  it('leave no English month or day name in any month or weekday', () => {
    const cy = localeFor('cy');
    const en = localeFor('en');
    for (let m = 0; m < 12; m++) {
      const when = Date.UTC(2026, m, 15);
      const english = formatDate(en, when, { month: 'long', timeZone: 'UTC' });
      const welsh = formatDate(cy, when, { month: 'long', timeZone: 'UTC' });
      if (english !== 'May') expect(welsh, english).not.to.equal(english);
      expect(welsh).not.to.match(/[A-Z][a-z]+ber|uary|June|July|August/);
    }
    for (let d = 0; d < 7; d++) {
      const when = Date.UTC(2026, 10, 1 + d);
      const english = formatDate(en, when, { weekday: 'long', timeZone: 'UTC' });
      const welsh = formatDate(cy, when, { weekday: 'long', timeZone: 'UTC' });
      expect(welsh, english).not.to.equal(english);
    }
  });
});

describe('blockedAsMixedContent', () => {
  const page = 'https://union.example/strike';
  it('is true for an http address from an https page, which the browser would refuse to fetch', () => {
    expect(blockedAsMixedContent('http://union.example/count.json', page)).to.equal(true);
    expect(blockedAsMixedContent('HTTP://API.example:8080/x', page)).to.equal(true);
  });
  it('is false for https, for an http page, and for this machine’s own addresses', () => {
    expect(blockedAsMixedContent('https://union.example/count.json', page)).to.equal(false);
    expect(blockedAsMixedContent('http://union.example/x', 'http://union.example/')).to.equal(
      false,
    );
    for (const local of [
      'http://localhost:8000/x',
      'http://127.0.0.1/x',
      'http://[::1]/x',
      'http://app.localhost/x',
    ])
      expect(blockedAsMixedContent(local, page), local).to.equal(false);
  });
});

describe('safeUrl', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    '\tjava\nscript:alert(1)',
    'java\tscript:alert(1)',
    'javascript\r:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1234',
    '//evil.example/x',
    ' //evil.example/x',
    '\\\\evil.example/x',
    '/\\evil.example/x',
    'http://[::1',
    '',
    '   ',
    null,
    undefined,
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value)).to.equal(null);
    });
  }

  it('accepts https, http and relative URLs, as absolute URLs', () => {
    expect(safeUrl('https://petition.parliament.uk/petitions/700123')).to.equal(
      'https://petition.parliament.uk/petitions/700123',
    );
    expect(safeUrl('HTTP://example.org')).to.equal('http://example.org/');
    expect(safeUrl('  https://example.org/a b  ')).to.equal('https://example.org/a%20b');
    expect(safeUrl('/pickets', 'https://union.example/strike/')).to.equal(
      'https://union.example/pickets',
    );
    expect(safeUrl('pickets?x=1#y', 'https://union.example/strike/')).to.equal(
      'https://union.example/strike/pickets?x=1#y',
    );
  });
});

describe('the error view', () => {
  it('names the attribute and what it expects, in part="error", logged once', async () => {
    let el!: CoreProbe;
    const errors = await captureConsole('error', async () => {
      el = await fixture(html`<core-probe fail="2026-13-45"></core-probe>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error).to.exist;
    expect(error.textContent).to.include('start').and.include('2026-13-45').and.include('ISO 8601');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('clears when the attribute is fixed', async () => {
    const el = await captureConsole('error', () =>
      fixture<CoreProbe>(html`<core-probe fail="x"></core-probe>`),
    ).then(() => document.querySelector('core-probe[fail]') as CoreProbe);
    el.removeAttribute('fail');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.label')).to.exist;
  });

  it('catches an exception thrown while rendering: shown in place, nothing escapes', async () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    window.addEventListener('error', onError);
    let el!: CoreProbe;
    const errors = await captureConsole('error', async () => {
      el = await fixture(html`<core-probe throwInRender></core-probe>`);
    });
    window.removeEventListener('error', onError);
    expect(uncaught).to.have.length(0);
    expect(errors).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('boom');
  });
});

describe('the error view keeps the fallback', () => {
  it("shows the author's fallback content (slotted) under the notice", async () => {
    let el!: CoreProbe;
    await captureConsole('error', async () => {
      el = await fixture(
        html`<core-probe fail="x"
          ><p>Strike: 3 December. <a href="/pickets">Pickets</a></p></core-probe
        >`,
      );
    });
    const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot, 'a default slot in the error view').to.exist;
    const shown = slot.assignedElements().map((e) => e.textContent);
    expect(shown).to.deep.equal(['Strike: 3 December. Pickets']);
    expect((el.querySelector('a') as HTMLElement).offsetHeight).to.be.above(0);
  });

  it('renders no fallback while the configuration is good', async () => {
    const el = await fixture<CoreProbe>(html`<core-probe><p>Fallback</p></core-probe>`);
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    expect((el.querySelector('p') as HTMLElement).offsetHeight).to.equal(0);
  });
});

describe('declarations against a page that patches Object.prototype', () => {
  it('issue 13.7: reads attributes although state, attribute, type and reflect are inherited names', async () => {
    const poison = { state: true, attribute: false, type: Boolean, reflect: true };
    // The page patched Object.prototype before the script ran, so before the class is declared.
    const declareProbe = () => {
      class PoisonProbe extends StrikeElement {
        @property() label = '';
        @property({ type: Boolean }) compact = false;
        protected override renderContent() {
          return litHtml`<p class="label">${this.label}</p>`;
        }
      }
      return PoisonProbe;
    };
    try {
      Object.assign(Object.prototype, poison);
      declareProbe().define('poison-probe');
    } finally {
      for (const key of Object.keys(poison))
        delete (Object.prototype as Record<string, unknown>)[key];
    }
    const el = await fixture(html`<poison-probe label="Strike" compact></poison-probe>`);
    const probe = el as HTMLElement & { label: unknown; compact: unknown };
    expect(probe.label).to.equal('Strike');
    expect(probe.compact).to.equal(true);
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('Strike');
    probe.label = 'Picket';
    await (el as StrikeElement).updateComplete;
    expect(el.getAttribute('label'), 'not reflected').to.equal('Strike');
  });
});

describe('in a same-origin iframe', () => {
  async function frame() {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    await new Promise((resolve) => setTimeout(resolve));
    return iframe;
  }
  const styled = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el).display;

  it('issue 13.15: renders with its styles when first connected inside the iframe', async () => {
    const iframe = await frame();
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    window.addEventListener('error', onError);
    const el = document.createElement('core-probe') as CoreProbe;
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    window.removeEventListener('error', onError);
    expect(uncaught).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.label')).to.exist;
    expect(styled(el), ':host { display: block } applies').to.equal('block');
    iframe.remove();
  });

  it('issue 13.15: keeps its styles when a rendered widget is moved there with adoptNode', async () => {
    const iframe = await frame();
    const el = await fixture<CoreProbe>(html`<core-probe></core-probe>`);
    expect(styled(el)).to.equal('block');
    iframe.contentDocument!.body.append(iframe.contentDocument!.adoptNode(el));
    await el.updateComplete;
    expect(styled(el)).to.equal('block');
    const hidden = el.shadowRoot!.querySelector('.label')!;
    expect(hidden.ownerDocument.defaultView!.getComputedStyle(hidden).display).to.equal('block');
    iframe.remove();
  });

  it('moved there before its first render (its styles come with it): styled when it renders', async () => {
    const iframe = await frame();
    const el = document.createElement('core-probe') as CoreProbe;
    document.body.append(el);
    expect(el.hasUpdated, 'the first render is still queued').to.equal(false);
    iframe.contentDocument!.body.append(iframe.contentDocument!.adoptNode(el));
    await el.updateComplete;
    expect(styled(el), ':host { display: block } applies').to.equal('block');
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    iframe.remove();
  });
});

describe('language inside other components', () => {
  class LangHost extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<div lang="en"><core-probe></core-probe></div>';
    }
  }
  customElements.define('lang-host', LangHost);
  const label = (el: Element) => el.shadowRoot!.querySelector('.label')!.textContent;

  it('issue 13.16: follows a lang change inside another shadow root, and on itself there', async () => {
    const host = await fixture(html`<lang-host></lang-host>`);
    const probe = host.shadowRoot!.querySelector('core-probe') as CoreProbe;
    await probe.updateComplete;
    const english = label(probe);
    host.shadowRoot!.querySelector('div')!.setAttribute('lang', 'cy');
    await waitUntil(() => label(probe) !== english, 'Welsh after the wrapper changed');
    const welsh = label(probe);
    probe.setAttribute('lang', 'en');
    await waitUntil(() => label(probe) !== welsh, 'English after its own lang changed');
    expect(label(probe)).to.equal(english);
  });
});

describe('the reset against a hostile page', () => {
  const measure = async () => {
    const el = await fixture<CoreProbe>(html`<core-probe></core-probe>`);
    const p = el.shadowRoot!.querySelector('.label')!;
    const s = getComputedStyle(p);
    return {
      lineHeight: s.lineHeight,
      letterSpacing: s.letterSpacing,
      textTransform: s.textTransform,
      fontSize: s.fontSize,
      color: s.color,
      wordSpacing: s.wordSpacing,
      textAlign: s.textAlign,
      fontStyle: s.fontStyle,
      height: p.getBoundingClientRect().height,
    };
  };

  it('keeps its own type and layout under `* { … !important }` and odd html/tag rules', async () => {
    const clean = await measure();
    const style = document.createElement('style');
    style.textContent = `
      * { line-height: 3 !important; letter-spacing: .3em !important; text-transform: uppercase !important;
          color: red !important; box-sizing: content-box !important; word-spacing: 1em !important;
          text-align: right !important; font-style: italic !important; }
      html { font-size: 10px !important; }
      body { font: 30px/4 serif !important; }
      core-probe { font-size: 40px !important; text-indent: 5em !important; }
      p { margin: 40px !important; }`;
    document.head.append(style);
    try {
      const hostile = await measure();
      expect(hostile).to.deep.equal(clean);
      expect(clean.textTransform).to.equal('none');
    } finally {
      style.remove();
    }
  });
});

/** A widget laid out in a grid (like the carousel's stacked slides) holding `text`. */
class WrapProbe extends StrikeElement {
  static override properties = { text: { type: String } };
  declare text: string;
  protected override renderContent() {
    return litHtml`<div style="display: grid"><p class="t">${this.text}</p></div>`;
  }
}
WrapProbe.define('wrap-probe');

describe('the reset against hostile content', () => {
  it('breaks a very long unbroken word, even inside a grid or flex item, so nothing overflows', async () => {
    const el = await fixture<WrapProbe>(
      html`<div style="width: 300px"><wrap-probe .text=${'x'.repeat(2000)}></wrap-probe></div>`,
    ).then((d) => d.querySelector('wrap-probe') as WrapProbe);
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    const text = el.shadowRoot!.querySelector('.t')!.getBoundingClientRect();
    expect(host.width).to.equal(300);
    expect(text.right).to.be.at.most(host.right + 0.5);
  });
});

describe('VisibilityController', () => {
  it('reports the page hidden and visible again, and stops listening once disconnected', async () => {
    const changes: boolean[] = [];
    class VisProbe extends StrikeElement {
      vis = new VisibilityController(this, (active) => changes.push(active), {
        watchViewport: false,
      });
      protected override renderContent() {
        return litHtml``;
      }
    }
    VisProbe.define('vis-probe');
    const el = await fixture<VisProbe>(html`<vis-probe></vis-probe>`);
    try {
      setHidden(true);
      expect(el.vis.active).to.equal(false);
      setHidden(false);
      expect(el.vis.active).to.equal(true);
      el.remove();
      setHidden(true);
    } finally {
      resetVisibility();
    }
    expect(changes).to.deep.equal([false, true]);
  });

  it('knows when the element is far off-screen', async () => {
    const changes: boolean[] = [];
    class FarProbe extends StrikeElement {
      vis = new VisibilityController(this, (active) => changes.push(active));
      protected override renderContent() {
        return litHtml`<p>x</p>`;
      }
    }
    FarProbe.define('far-probe');
    const el = await fixture<FarProbe>(
      html`<far-probe style="position:absolute;top:0"></far-probe>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(el.vis.near).to.equal(true);
    el.style.top = `${innerHeight * 5}px`;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.vis.near).to.equal(false);
    expect(changes).to.deep.equal([false]);
  });
});

describe('theme', () => {
  const colours = async () => {
    const el = await fixture<CoreProbe>(html`<core-probe></core-probe>`);
    const s = getComputedStyle(el.shadowRoot!.querySelector('.w')!);
    return { color: s.color, background: s.backgroundColor };
  };

  it('follows prefers-color-scheme, and the --strike-* properties override either scheme', async function () {
    await emulateOrSkip(this, { colorScheme: 'light' });
    try {
      expect(await colours()).to.deep.equal({
        color: 'rgb(28, 27, 31)',
        background: 'rgb(255, 255, 255)',
      });
      await emulateMedia({ colorScheme: 'dark' });
      expect(await colours()).to.deep.equal({
        color: 'rgb(241, 239, 244)',
        background: 'rgb(31, 30, 36)',
      });
      const el = await fixture<CoreProbe>(
        html`<core-probe
          style="--strike-surface: rgb(1, 2, 3); --strike-text: rgb(4, 5, 6)"
        ></core-probe>`,
      );
      const s = getComputedStyle(el.shadowRoot!.querySelector('.w')!);
      expect([s.backgroundColor, s.color]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps the scheme --strike-color-scheme names, whatever the visitor prefers', async function () {
    await emulateOrSkip(this, { colorScheme: 'dark' });
    try {
      const scheme = async (value: string) => {
        const el = await fixture<CoreProbe>(
          html`<div style="--strike-color-scheme: ${value}"><core-probe></core-probe></div>`,
        );
        const s = getComputedStyle(
          el.querySelector('core-probe')!.shadowRoot!.querySelector('.w')!,
        );
        return [s.color, s.backgroundColor];
      };
      const light = ['rgb(28, 27, 31)', 'rgb(255, 255, 255)'];
      const dark = ['rgb(241, 239, 244)', 'rgb(31, 30, 36)'];
      expect(await scheme('light')).to.deep.equal(light);
      expect(await scheme('dark')).to.deep.equal(dark);
      expect(await scheme('light dark')).to.deep.equal(dark);
      await emulateMedia({ colorScheme: 'light' });
      expect(await scheme('dark')).to.deep.equal(dark);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
