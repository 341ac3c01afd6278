import './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';

// The embed builder (demo/builder.html), driven as a page author would: its own form, in this
// page, with the builder's script run on it.
const snippet = () => document.querySelector<HTMLTextAreaElement>('#snippet')!.value;
const copyButton = () => document.querySelector<HTMLButtonElement>('#copy')!;

/** A field of the chosen widget (or of the page), by name. */
function field(name: string) {
  const shown = document.querySelector('#builder fieldset[data-for]:not([hidden])')!;
  return (shown.querySelector(`[name="${name}"]`) ??
    document.querySelector(`#builder [data-page] [name="${name}"]`)) as HTMLInputElement;
}

function type(name: string, value: string) {
  const input = field(name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function pick(group: string, value: string) {
  const radio = document.querySelector<HTMLInputElement>(`[name="${group}"][value="${value}"]`)!;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}

const choose = (widget: string) => pick('widget', widget);

/** The message a field shows, through its aria-describedby (the one marked as an error). */
function problemOf(name: string) {
  const input = field(name);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const shown = ids
    .map((id) => document.getElementById(id))
    .filter((el) => el && !el.hidden && el.classList.contains('field-error'));
  return shown.map((el) => el!.textContent!.trim()).join(' ');
}

/** The widget the HTML snippet puts on the page, parsed. */
function pastedWidget() {
  const template = document.createElement('template');
  template.innerHTML = snippet();
  return template.content.querySelector('strike-countdown, quote-carousel, petition-counter')!;
}

const visibleNotes = () =>
  [...document.querySelectorAll<HTMLElement>('.notes li')]
    .filter((note) => note.checkVisibility())
    .map((note) => note.textContent!.replace(/\s+/g, ' ').trim());

before(async () => {
  const page = await (await fetch('/demo/builder.html')).text();
  const body = new DOMParser().parseFromString(page, 'text/html').body;
  document.body.append(...body.children);
  const style = document.createElement('style');
  style.textContent = '[hidden] { display: none !important; }';
  document.head.append(style);
  await import('../demo/builder.js');
});

afterEach(() => {
  pick('format', 'html');
  choose('strike-countdown');
  type('start', '2026-12-03T08:00');
  type('end', 'P2D');
  type('href', '');
  type('label', "Junior doctors' strike");
});

describe('the embed builder: the snippet', () => {
  it("a countdown's fallback gives the dates as the widget shows them, and its link text", () => {
    choose('strike-countdown');
    const text = pastedWidget().textContent!.replace(/\s+/g, ' ').trim();
    expect(text).to.equal(
      "Junior doctors' strike: Thursday, 3 December 2026 at 08:00 GMT – Saturday, 5 December 2026 at 08:00 GMT.",
    );
    type('href', 'https://example.org/pickets');
    expect(pastedWidget().querySelector('a')!.textContent).to.equal('Find out more');
  });

  it('escapes what is typed: the snippet shows it as text', () => {
    type('label', '<img src=x onerror="alert(1)">');
    expect(snippet()).to.include('label="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"');
    expect(pastedWidget().querySelector('img')).to.equal(null);
  });

  it('a petition number: the snippet reads petition.parliament.uk, the preview the local copy', () => {
    choose('petition-counter');
    expect(snippet()).to.include('petition="700123"');
    expect(pastedWidget().querySelector('a')!.getAttribute('href')).to.equal(
      'https://petition.parliament.uk/petitions/700123',
    );
    const el = document.querySelector('#preview petition-counter')!;
    expect(el.getAttribute('petition')).to.equal('/mock/petitions/700123');
  });

  it('"Any website": one line for each opening tag, no blank line, the carousel in a <div>', () => {
    for (const widget of ['strike-countdown', 'quote-carousel', 'petition-counter']) {
      choose(widget);
      const lines = snippet().split('\n');
      expect(lines[0]).to.equal('<script src="/strike-widgets.js" defer></script>');
      expect(
        lines.some((line) => !line.trim()),
        `${widget}: a blank line`,
      ).to.equal(false);
      expect(lines.filter((line) => line.includes(`<${widget}`))).to.have.length(1);
    }
    choose('quote-carousel');
    expect(snippet()).to.match(/\n<div><quote-carousel autoplay>\n/);
    expect(snippet()).to.match(/\n<\/quote-carousel><\/div>$/);
    expect(pastedWidget().querySelectorAll('figure')).to.have.length(2);
  });

  it('"Markdown / blog": no indentation, so a stray blank line cannot make a code block', () => {
    pick('format', 'markdown');
    choose('quote-carousel');
    const lines = snippet().split('\n');
    expect(lines.filter((line) => /^\s/.test(line))).to.deep.equal([]);
    expect(lines.some((line) => !line.trim())).to.equal(false);
    expect(pastedWidget().querySelectorAll('figcaption')[1].textContent).to.equal(
      'Dr Louise Irvine, London GP',
    );
  });

  it('"WordPress": the plugin\'s shortcodes, attribute names with _, no script tag', () => {
    pick('format', 'wordpress');
    type('href', 'https://example.org/pickets');
    type('action-text', 'Find your picket line');
    expect(snippet()).to.equal(
      '[strike_countdown start="2026-12-03T08:00" end="P2D" timezone="Europe/London" ' +
        `label="Junior doctors' strike" href="https://example.org/pickets" action_text="Find your picket line" calendar="true"]` +
        "Junior doctors' strike: Thursday, 3 December 2026 at 08:00 GMT – Saturday, 5 December 2026 at 08:00 GMT. " +
        '<a href="https://example.org/pickets">Find your picket line</a>[/strike_countdown]',
    );
    type('action-text', '');
    choose('petition-counter');
    expect(snippet()).to.equal(
      '[petition_counter petition="700123"]<a href="https://petition.parliament.uk/petitions/700123">Sign the petition</a>[/petition_counter]',
    );
    choose('quote-carousel');
    expect(snippet()).to.match(/^\[quote_carousel autoplay="true"\]<figure><blockquote>I am at/);
    expect(snippet()).to.match(/<\/figure>\[\/quote_carousel\]$/);
  });

  it('"WordPress": square brackets typed in a value cannot end the shortcode', () => {
    pick('format', 'wordpress');
    type('label', 'Strike [day 1]');
    expect(snippet()).to.include('label="Strike &#91;day 1&#93;"');
    expect(snippet().match(/\[|\]/g)).to.have.length(4);
  });
});

describe('the embed builder: checking what is typed', () => {
  it('refuses "2026-12-3 8am" as a start, on the field, with the form it expects; Copy is disabled', () => {
    type('start', '2026-12-3 8am');
    expect(field('start').getAttribute('aria-invalid')).to.equal('true');
    expect(problemOf('start')).to.include('2026-12-03T08:00');
    expect(copyButton().disabled).to.equal(true);
    expect(document.querySelector('#copy-status')!.textContent).to.include('Correct the field');
    type('start', '2026-12-03T08:00');
    expect(field('start').hasAttribute('aria-invalid')).to.equal(false);
    expect(problemOf('start')).to.equal('');
    expect(copyButton().disabled).to.equal(false);
  });

  it('a start the widget cannot read leaves it out of the fallback (the preview says why)', async () => {
    type('start', 'next thursday');
    expect(pastedWidget().textContent!.trim()).to.equal("Junior doctors' strike.");
    const el = document.querySelector('#preview strike-countdown')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'the error view');
  });

  it('an end before the start, or a length it cannot read, is refused on the end field', () => {
    type('end', '2026-12-01T08:00');
    expect(problemOf('end')).to.include('after the start');
    type('end', 'P2 days');
    expect(problemOf('end')).to.include('P2D');
    expect(problemOf('start')).to.equal('');
    expect(copyButton().disabled).to.equal(true);
  });

  it('a link without https://, or a javascript: one, is refused and never written', () => {
    type('href', 'example.org/pickets');
    expect(problemOf('href')).to.include('https://');
    type('href', 'javascript:alert(1)');
    expect(problemOf('href')).to.include('https://');
    expect(copyButton().disabled).to.equal(true);
    expect(pastedWidget().querySelector('a')).to.equal(null);
    expect(document.querySelector('#preview a[href^="javascript:"]')).to.equal(null);
  });

  it('a mistyped petition address, a goal in words: refused with what to write', () => {
    choose('petition-counter');
    type('petition', 'https://petition.parliament.uk/petitons/700123');
    expect(problemOf('petition')).to.include('https://petition.parliament.uk/petitions/700123');
    type('goal', 'lots');
    expect(problemOf('goal')).to.include('250000');
    expect(copyButton().disabled).to.equal(true);
    type('petition', 'https://petition.parliament.uk/petitions/700123');
    type('goal', '250,000');
    expect(problemOf('petition') + problemOf('goal')).to.equal('');
    expect(pastedWidget().getAttribute('goal')).to.equal('250000');
    expect(copyButton().disabled).to.equal(false);
  });

  it('a carousel needs a quote, or a JSON address', () => {
    choose('quote-carousel');
    const quotes = field('quotes').value;
    type('quotes', '  ');
    expect(problemOf('quotes')).to.include('at least one quote');
    expect(copyButton().disabled).to.equal(true);
    type('src', '/no-such/quotes.json');
    expect(problemOf('quotes')).to.equal('');
    type('src', '');
    type('quotes', quotes);
  });

  it('a problem in a widget that is not chosen does not block Copy', () => {
    choose('petition-counter');
    type('petition', 'not a petition');
    choose('strike-countdown');
    expect(copyButton().disabled).to.equal(false);
    choose('petition-counter');
    type('petition', '700123');
  });
});

describe('the embed builder: notes', () => {
  it('shows the notes of the chosen widget and format only', () => {
    choose('petition-counter');
    pick('format', 'wordpress');
    const notes = visibleNotes();
    expect(notes).to.have.length(2);
    expect(notes[0]).to.include('plugin');
    expect(notes[1]).to.include('petition.parliament.uk');
    choose('quote-carousel');
    pick('format', 'markdown');
    expect(visibleNotes()[0]).to.include('empty line');
    expect(visibleNotes()[1]).to.include('quotes');
  });
});
