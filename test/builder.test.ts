import './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';

// The embed builder (demo/builder.html), driven as a page author would: its own form, in this
// page, with the builder's script run on it.
const snippet = () => document.querySelector<HTMLTextAreaElement>('#snippet')!.value;
const field = (name: string) =>
  document.querySelector<HTMLInputElement>(`#builder [name="${name}"]`)!;

function type(name: string, value: string) {
  const input = field(name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(widget: string) {
  const radio = document.querySelector<HTMLInputElement>(`[name="widget"][value="${widget}"]`)!;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The fallback content the snippet puts between the tags, as a document fragment. */
function fallback() {
  const t = document.createElement('template');
  t.innerHTML = snippet().replace(/^<script[^>]*><\/script>\n/, '');
  return t.content.firstElementChild!;
}

before(async () => {
  const page = await (await fetch('/demo/builder.html')).text();
  const body = new DOMParser().parseFromString(page, 'text/html').body;
  document.body.append(...body.children);
  await import('../demo/builder.js');
});

describe('the embed builder', () => {
  it("a countdown's fallback gives the dates as the widget shows them, and its link text", () => {
    choose('strike-countdown');
    const text = fallback().textContent!.replace(/\s+/g, ' ').trim();
    expect(text).to.equal(
      "Junior doctors' strike: Thursday, 3 December 2026 at 08:00 GMT – Saturday, 5 December 2026 at 08:00 GMT.",
    );
    type('href', 'https://example.org/pickets');
    expect(fallback().querySelector('a')!.textContent).to.equal('Find out more');
  });

  it('writes no unsafe link into the snippet or the preview', () => {
    choose('strike-countdown');
    type('href', 'javascript:alert(1)');
    expect(fallback().querySelector('a')).to.equal(null);
    expect(snippet()).not.to.include('<a href="javascript:');
    expect(document.querySelector('#preview a[href^="javascript:"]')).to.equal(null);
    type('href', '');
  });

  it('a start the widget cannot read leaves it out of the fallback (the preview says why)', async () => {
    choose('strike-countdown');
    type('start', 'next thursday');
    expect(fallback().textContent!.trim()).to.equal("Junior doctors' strike.");
    const el = document.querySelector('#preview strike-countdown')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'the error view');
    type('start', '2026-12-03T08:00');
  });

  it('escapes what is typed: the snippet shows it as text', () => {
    choose('strike-countdown');
    type('label', '<img src=x onerror="alert(1)">');
    expect(snippet()).to.include('label="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"');
    expect(fallback().querySelector('img')).to.equal(null);
    type('label', "Junior doctors' strike");
  });

  it('a petition number: the snippet reads petition.parliament.uk, the preview the local copy', () => {
    choose('petition-counter');
    expect(snippet()).to.include('petition="700123"');
    expect(fallback().querySelector('a')!.getAttribute('href')).to.equal(
      'https://petition.parliament.uk/petitions/700123',
    );
    const el = document.querySelector('#preview petition-counter')!;
    expect(el.getAttribute('petition')).to.equal('/mock/petitions/700123');
  });
});
