import './helpers.js';
import { expect } from '@open-wc/testing';
import {
  clean,
  fromChildren,
  fromJson,
  shuffled,
  splitAttribution,
} from '../src/quote-carousel/quotes.js';
import {
  MIN_SECONDS,
  parseInterval,
  readingSeconds,
  regionLabel,
} from '../src/quote-carousel/timing.js';
import { captureConsole } from './helpers.js';

const XSS = '<img src=x onerror=alert(1)>';

function dom(markup: string) {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

describe('quotes: text and attribution', () => {
  it('normalises whitespace and treats non-strings as empty', () => {
    expect(clean('  a\n\t b   c ')).to.equal('a b c');
    expect(clean('\u00a0x\u2003 y\u00a0')).to.equal('x y');
    expect(clean(undefined)).to.equal('');
    expect(clean(null)).to.equal('');
    expect(clean(42)).to.equal('');
    expect(clean({ toString: () => 'x' })).to.equal('');
  });

  it('splits name and role at the first comma only', () => {
    expect(splitAttribution('Dr Louise Irvine, London GP')).to.deep.equal({
      name: 'Dr Louise Irvine',
      role: 'London GP',
    });
    expect(splitAttribution('A patient, Barts hospital, London')).to.deep.equal({
      name: 'A patient',
      role: 'Barts hospital, London',
    });
    expect(splitAttribution('  —  A supporter ')).to.deep.equal({ name: 'A supporter', role: '' });
    expect(splitAttribution('-- Jo,   nurse\n')).to.deep.equal({ name: 'Jo', role: 'nurse' });
    expect(splitAttribution('')).to.deep.equal({ name: '', role: '' });
    expect(splitAttribution(', role only')).to.deep.equal({ name: '', role: 'role only' });
  });
});

describe('quotes: from children', () => {
  it('reads figure > blockquote + figcaption, splitting name and role', () => {
    const quotes = fromChildren(
      dom(`<figure><blockquote cite="https://example.org/speech">
        <p>Our NHS is in crisis.</p>   <p>Hospitals are in deficit.</p>
      </blockquote><figcaption>Dr Louise Irvine, London GP</figcaption></figure>`),
    );
    expect(quotes).to.deep.equal([
      {
        text: 'Our NHS is in crisis. Hospitals are in deficit.',
        name: 'Dr Louise Irvine',
        role: 'London GP',
        url: 'https://example.org/speech',
      },
    ]);
  });

  it('reads a bare blockquote with a footer or cite as the attribution, outside the text', () => {
    const quotes = fromChildren(
      dom(`<blockquote cite="/source">Striking is an act of desperation.
          <footer>— A supporter, London</footer></blockquote>
        <blockquote>Something is changing. <cite>Dr Louise Irvine, London GP</cite></blockquote>
        <blockquote>No attribution at all.</blockquote>`),
    );
    expect(quotes.map((q) => q.text)).to.deep.equal([
      'Striking is an act of desperation.',
      'Something is changing.',
      'No attribution at all.',
    ]);
    expect(quotes[0]).to.include({ name: 'A supporter', role: 'London' });
    expect(quotes[0].url).to.equal(new URL('/source', document.baseURI).href);
    expect(quotes[1]).to.include({ name: 'Dr Louise Irvine', role: 'London GP', url: null });
    expect(quotes[2]).to.include({ name: '', role: '', url: null });
  });

  it('takes the first link in the attribution when the blockquote has no cite', () => {
    const [q] = fromChildren(
      dom(`<figure><blockquote>Text</blockquote>
        <figcaption><a href="https://example.org/a">A doctor</a>, <a href="https://example.org/b">BMJ</a></figcaption></figure>`),
    );
    expect(q).to.deep.equal({
      text: 'Text',
      name: 'A doctor',
      role: 'BMJ',
      url: 'https://example.org/a',
    });
  });

  it('never keeps a javascript: or data: source', () => {
    const quotes = fromChildren(
      dom(`<blockquote cite="javascript:alert(1)">a</blockquote>
        <blockquote cite=" JaVa&#x09;script:alert(1)">b</blockquote>
        <figure><blockquote>c</blockquote><figcaption><a href="data:text/html,x">x</a></figcaption></figure>`),
    );
    expect(quotes.map((q) => q.url)).to.deep.equal([null, null, null]);
  });

  it('keeps markup as text: tags in the source stay characters, never elements', () => {
    const root = document.createElement('div');
    const bq = document.createElement('blockquote');
    bq.textContent = XSS;
    root.append(bq);
    expect(fromChildren(root)[0].text).to.equal(XSS);
  });

  it('finds quotes wrapped by a CMS, in order, and does not read a figure twice', () => {
    const quotes = fromChildren(
      dom(`<div><p><blockquote>one</blockquote></p></div>
        <figure><blockquote>two</blockquote><figcaption>B</figcaption></figure>
        <section><figure><blockquote>three</blockquote></figure></section>`),
    );
    expect(quotes.map((q) => q.text)).to.deep.equal(['one', 'two', 'three']);
  });

  it('reads bare blockquotes when the carousel itself sits in a figure on the page', () => {
    const page = dom(`<figure><div class="carousel"><blockquote>one</blockquote>
      <figure><blockquote>two</blockquote><figcaption>B</figcaption></figure></div></figure>`);
    const quotes = fromChildren(page.querySelector('.carousel')!);
    expect(quotes.map((q) => q.text)).to.deep.equal(['one', 'two']);
  });

  it('skips quotes without text with one console.warn', async () => {
    let quotes: ReturnType<typeof fromChildren> = [];
    const warnings = await captureConsole('warn', () => {
      quotes = fromChildren(
        dom(`<blockquote>   </blockquote><figure><figcaption>Nobody</figcaption></figure>
          <figure><blockquote><footer>Only a footer</footer></blockquote></figure>
          <blockquote>kept</blockquote>`),
      );
    });
    expect(quotes.map((q) => q.text)).to.deep.equal(['kept']);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('2');
    const none = await captureConsole('warn', () =>
      fromChildren(dom('<blockquote>ok</blockquote>')),
    );
    expect(none).to.have.length(0);
  });
});

describe('quotes: from JSON', () => {
  it('reads an array or { quotes: [...] }', () => {
    const q = { text: 'T', name: 'N', role: 'R', url: 'https://example.org/' };
    expect(fromJson([q])).to.deep.equal([q]);
    expect(fromJson({ quotes: [q] })).to.deep.equal([q]);
    expect(fromJson([])).to.deep.equal([]);
  });

  it('returns null for any other shape', () => {
    for (const data of [null, undefined, 42, 'text', {}, { quotes: 'x' }, { items: [] }, true]) {
      expect(fromJson(data), JSON.stringify(data)).to.equal(null);
    }
  });

  it('normalises fields, treats non-strings as empty and sanitises url', () => {
    expect(
      fromJson([
        { text: '  a \n b ', name: 7, role: ['x'], url: 'javascript:alert(1)' },
        { text: 'c', name: ' Jo ', url: 'data:text/html,<b>' },
        { text: 'd', url: '/relative' },
      ]),
    ).to.deep.equal([
      { text: 'a b', name: '', role: '', url: null },
      { text: 'c', name: 'Jo', role: '', url: null },
      { text: 'd', name: '', role: '', url: new URL('/relative', document.baseURI).href },
    ]);
  });

  it('keeps hostile strings as text, unchanged (the element renders them as text)', () => {
    expect(fromJson([{ text: XSS, name: XSS, role: XSS, url: XSS }])).to.deep.equal([
      { text: XSS, name: XSS, role: XSS, url: new URL(XSS, document.baseURI).href },
    ]);
  });

  it('skips items without text (or not objects) with one console.warn', async () => {
    let quotes: ReturnType<typeof fromJson> = null;
    const warnings = await captureConsole('warn', () => {
      quotes = fromJson([{ text: ' ' }, { name: 'x' }, 'str', null, 5, { text: 'kept' }]);
    });
    expect(quotes!.map((q) => q.text)).to.deep.equal(['kept']);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('5');
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = shuffled(input);
    expect(out).to.not.equal(input);
    expect([...out].sort()).to.deep.equal([...input]);
  });

  it('follows the random source (Fisher–Yates)', () => {
    // random() = 0 swaps each position with the first: [1,2,3,4] -> [2,3,4,1]
    expect(shuffled([1, 2, 3, 4], () => 0)).to.deep.equal([2, 3, 4, 1]);
    // random() close to 1 swaps each position with itself.
    expect(shuffled([1, 2, 3, 4], () => 0.999)).to.deep.equal([1, 2, 3, 4]);
    expect(shuffled([], () => 0)).to.deep.equal([]);
  });

  it('reaches every order', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) seen.add(shuffled([1, 2, 3]).join());
    expect(seen.size).to.equal(6);
  });
});

describe('timing', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it('never gives a quote under 5 seconds', () => {
    expect(MIN_SECONDS).to.equal(5);
    expect(readingSeconds('')).to.equal(5);
    expect(readingSeconds('Striking is an act of desperation.')).to.equal(5);
    expect(readingSeconds(words(10))).to.equal(5);
  });

  it('gives longer quotes their reading time: 2 s + words at 200 a minute', () => {
    expect(readingSeconds(words(20))).to.equal(8);
    expect(readingSeconds(words(60))).to.equal(20);
    expect(readingSeconds(words(200))).to.equal(62);
    expect(readingSeconds(`  ${words(60)}\n\n`)).to.equal(20);
    expect(readingSeconds(words(61))).to.be.greaterThan(readingSeconds(words(60)));
  });

  it('parses interval: seconds of at least 5, or auto', () => {
    expect(parseInterval(undefined)).to.equal('auto');
    expect(parseInterval(null)).to.equal('auto');
    expect(parseInterval('')).to.equal('auto');
    expect(parseInterval(' AUTO ')).to.equal('auto');
    expect(parseInterval('5')).to.equal(5);
    expect(parseInterval(' 7.5 ')).to.equal(7.5);
    expect(parseInterval('60')).to.equal(60);
    for (const bad of ['4.9', '0', '-10', 'abc', '5s', 'Infinity', 'NaN', '1e400', 'fast']) {
      expect(parseInterval(bad), bad).to.equal(undefined);
    }
  });

  it('keeps the word "carousel" out of the label', () => {
    const d = "Supporters' quotes";
    expect(regionLabel(undefined, d)).to.equal(d);
    expect(regionLabel('  ', d)).to.equal(d);
    expect(regionLabel('Voices from the picket line', d)).to.equal('Voices from the picket line');
    expect(regionLabel('Quotes carousel', d)).to.equal('Quotes');
    expect(regionLabel('CAROUSEL of voices', d)).to.equal('of voices');
    expect(regionLabel('Carousel', d)).to.equal(d);
    expect(regionLabel('Carousels and carouselling stay', d)).to.equal(
      'Carousels and carouselling stay',
    );
  });
});

describe('quotes: read as a reader sees them (issue 13.13)', () => {
  it('issue 13.13: <br> is a space', () => {
    const [quote] = fromChildren(dom(`<blockquote>We will not<br>give up</blockquote>`));
    expect(quote.text).to.equal('We will not give up');
  });

  it('issue 13.13: paragraphs are separated', () => {
    const [quote] = fromChildren(dom(`<blockquote><p>First.</p><p>Second.</p></blockquote>`));
    expect(quote.text).to.equal('First. Second.');
  });

  it('issue 13.13: <script>, <style>, <template> and <noscript> are not quote text', () => {
    const [quote] = fromChildren(
      dom(`<blockquote>Say<script>var x = 1;</script><style>p { color: red }</style>
        <template>hidden</template><noscript><p>markup</p></noscript> it.</blockquote>`),
    );
    expect(quote.text).to.equal('Say it.');
  });

  it('issue 13.13: a nested figure is read once', () => {
    const quotes = fromChildren(
      dom(`<figure><blockquote>Outer, quoting:
        <figure><blockquote>inner</blockquote></figure></blockquote>
        <figcaption>A supporter</figcaption></figure>`),
    );
    expect(quotes).to.have.length(1);
    expect(quotes[0].text).to.equal('Outer, quoting: inner');
    expect(quotes[0].name).to.equal('A supporter');
  });
});

describe('quotes: JSON reads own fields only (issue 13.7)', () => {
  it('issue 13.7: name, role and url on Object.prototype are not inherited', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    for (const key of ['name', 'role', 'url', 'quotes']) prototype[key] = `inherited ${key}`;
    try {
      const quotes = fromJson([{ text: 'Own text only.' }]);
      expect(quotes).to.deep.equal([{ text: 'Own text only.', name: '', role: '', url: null }]);
      expect(fromJson({})).to.equal(null);
    } finally {
      for (const key of ['name', 'role', 'url', 'quotes']) delete prototype[key];
    }
  });
});

describe('timing: values a developer sets (issue 13.8)', () => {
  it('issue 13.8: parses interval given as a number', () => {
    expect(parseInterval(8)).to.equal(8);
    expect(parseInterval(4)).to.equal(undefined);
    expect(parseInterval(Infinity)).to.equal(undefined);
    expect(parseInterval(Symbol('interval'))).to.equal(undefined);
  });
});
