import './helpers.js';
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit/html.js';
import { css, ReactiveElement, type PropertyValues } from '../src/core/reactive.js';

/** What a probe saw: each update's changed properties (name → old value) and its render count. */
type Seen = { changed: [PropertyKey, unknown][]; renders: number };

class Probe extends ReactiveElement {
  static override properties = {
    text: {},
    camelCase: {},
    named: { attribute: 'data-named' },
    on: { type: Boolean, reflect: true },
    noAttr: { attribute: false },
    inner: { state: true },
    wrapped: {},
  };
  static override styles = [
    css`
      :host {
        display: block;
        border-top: 3px solid rgb(1, 2, 3);
      }
    `,
  ];
  declare text?: string | null;
  declare camelCase?: string | null;
  declare named?: string | null;
  declare on?: boolean;
  declare noAttr?: unknown;
  declare inner?: number;
  seen: Seen = { changed: [], renders: 0 };
  #raw = 0;
  /** An accessor of the class's own, declared as a property too: stored clamped to 0–10. */
  get wrapped() {
    return this.#raw;
  }
  set wrapped(v: number) {
    this.#raw = Math.max(0, Math.min(10, v));
  }

  protected override willUpdate(changed: PropertyValues) {
    this.seen.changed.push(...changed);
  }

  protected override render() {
    this.seen.renders++;
    return litHtml`<p>${this.text}|${this.inner}</p>`;
  }
}
customElements.define('reactive-probe', Probe);

class SecondProbe extends ReactiveElement {
  static override styles = [
    css`
      :host {
        display: block;
        border-top: 3px solid rgb(1, 2, 3);
      }
    `,
  ];
  protected override render() {
    return litHtml`<i>second</i>`;
  }
}
customElements.define('reactive-probe-2', SecondProbe);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('ReactiveElement (the base under the widgets)', () => {
  it('observes the declared attributes only: default, camelCase lowercased, named, boolean', () => {
    expect(Probe.observedAttributes).to.have.members([
      'text',
      'camelcase',
      'data-named',
      'on',
      'wrapped',
    ]);
  });

  it('reads attributes into properties: text, null when removed, boolean presence', async () => {
    const el = await fixture<Probe>(
      html`<reactive-probe text="a" camelcase="b" data-named="c" on></reactive-probe>`,
    );
    expect([el.text, el.camelCase, el.named, el.on]).to.deep.equal(['a', 'b', 'c', true]);
    expect(text(el)).to.equal('a|');
    el.removeAttribute('text');
    el.removeAttribute('on');
    await el.updateComplete;
    expect(el.text).to.equal(null);
    expect(el.on).to.equal(false);
    expect(text(el)).to.equal('|');
  });

  it('batches changes into one update, with the old values', async () => {
    const el = await fixture<Probe>(html`<reactive-probe text="a"></reactive-probe>`);
    const renders = el.seen.renders;
    el.seen.changed = [];
    el.text = 'b';
    el.text = 'c';
    el.inner = 1;
    expect(text(el), 'not before the microtask').to.equal('a|');
    expect(await el.updateComplete).to.equal(true);
    expect(el.seen.renders).to.equal(renders + 1);
    expect(el.seen.changed).to.deep.equal([
      ['text', 'a'],
      ['inner', undefined],
    ]);
    expect(text(el)).to.equal('c|1');
  });

  it('does not update for a value set again, or NaN set over NaN', async () => {
    const el = await fixture<Probe>(html`<reactive-probe text="a"></reactive-probe>`);
    el.inner = NaN;
    await el.updateComplete;
    const renders = el.seen.renders;
    el.text = 'a';
    el.inner = NaN;
    await el.updateComplete;
    expect(el.seen.renders).to.equal(renders);
  });

  it('reflects a boolean to its attribute without reading it back', async () => {
    const el = await fixture<Probe>(html`<reactive-probe></reactive-probe>`);
    el.on = true;
    await el.updateComplete;
    expect(el.getAttribute('on')).to.equal('');
    el.seen.changed = [];
    el.on = false;
    await el.updateComplete;
    expect(el.hasAttribute('on')).to.equal(false);
    expect(el.seen.changed).to.deep.equal([['on', true]]);
  });

  it('has no attribute for attribute: false and state', async () => {
    const el = await fixture<Probe>(html`<reactive-probe></reactive-probe>`);
    el.noAttr = 'x';
    el.inner = 2;
    await el.updateComplete;
    expect(el.hasAttribute('noAttr')).to.equal(false);
    expect(el.hasAttribute('inner')).to.equal(false);
    el.setAttribute('noAttr', 'y');
    await el.updateComplete;
    expect(el.noAttr).to.equal('x');
  });

  it("wraps the class's own accessor: its setter runs, its getter decides what changed", async () => {
    const el = await fixture<Probe>(html`<reactive-probe></reactive-probe>`);
    el.wrapped = 50;
    expect(el.wrapped).to.equal(10);
    await el.updateComplete;
    const renders = el.seen.renders;
    el.wrapped = 99; // still 10: no change
    await el.updateComplete;
    expect(el.seen.renders).to.equal(renders);
  });

  it('keeps properties set before the element was defined', async () => {
    const el = document.createElement('reactive-probe-late') as Probe;
    el.text = 'early';
    (el as unknown as { on: boolean }).on = true;
    document.body.append(el);
    class Late extends Probe {}
    customElements.define('reactive-probe-late', Late);
    await el.updateComplete;
    expect(el.text).to.equal('early');
    expect(text(el)).to.equal('early|');
    expect(el.getAttribute('on')).to.equal('');
    el.text = 'later';
    await el.updateComplete;
    expect(text(el), 'the accessor is not hidden').to.equal('later|');
    el.remove();
  });

  it('renders nothing until connected, then once', async () => {
    const el = document.createElement('reactive-probe') as Probe;
    el.text = 'x';
    await Promise.resolve();
    await Promise.resolve();
    expect(el.seen.renders).to.equal(0);
    expect(el.hasUpdated).to.equal(false);
    document.body.append(el);
    await el.updateComplete;
    expect(el.seen.renders).to.equal(1);
    expect(el.hasUpdated).to.equal(true);
    el.remove();
  });

  it('resolves updateComplete with false while another update is pending', async () => {
    const el = await fixture<Probe>(html`<reactive-probe></reactive-probe>`);
    const updated = (el as unknown as { updated(): void }).updated;
    let again = true;
    (el as unknown as { updated(): void }).updated = function () {
      if (again) ((again = false), (el.text = 'again'));
    };
    el.inner = 5;
    expect(await el.updateComplete).to.equal(false);
    expect(await el.updateComplete).to.equal(true);
    expect(text(el)).to.equal('again|5');
    (el as unknown as { updated(): void }).updated = updated;
  });

  it('tells controllers when the host is connected and disconnected', async () => {
    const el = await fixture<Probe>(html`<reactive-probe></reactive-probe>`);
    const calls: string[] = [];
    el.addController({
      hostConnected: () => calls.push('connected'),
      hostDisconnected: () => calls.push('disconnected'),
    });
    expect(calls, 'added while connected: told at once').to.deep.equal(['connected']);
    const parent = el.parentNode!;
    el.remove();
    parent.append(el);
    expect(calls).to.deep.equal(['connected', 'disconnected', 'connected']);
  });

  it('adopts its styles as one constructable sheet per CSS text for the page', async () => {
    const a = await fixture<Probe>(html`<reactive-probe></reactive-probe>`);
    const b = await fixture<SecondProbe>(html`<reactive-probe-2></reactive-probe-2>`);
    expect(getComputedStyle(a).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(a.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    expect(a.shadowRoot!.adoptedStyleSheets[0]).to.equal(b.shadowRoot!.adoptedStyleSheets[0]);
    expect(a.shadowRoot!.querySelector('style')).to.equal(null);
  });
});
