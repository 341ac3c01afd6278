/**
 * The embed builder: a form → a live preview → a snippet to paste. Everything typed is put into
 * attributes and text nodes (never parsed as HTML), and the snippet escapes it.
 */
import { formatDate } from '../src/core/format.js';
import { localeFor } from '../src/core/locale.js';
import { safeUrl } from '../src/core/url.js';
import { petitionUrl } from '../src/petition-counter/sources.js';
import { parseSchedule } from '../src/strike-countdown/schedule.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface Quote {
  text: string;
  cite: string;
}

function quotesFrom(text: string): Quote[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => {
      const [quote, cite = ''] = p.split(/\s+[—–-]\s+(?=[^—–-]*$)/);
      return { text: quote.trim(), cite: cite.trim() };
    });
}

/** The attributes of the chosen widget's fieldset that are set, in form order. */
function attributes(tag: string): [string, string | true][] {
  const set = form.querySelector(`fieldset[data-for="${tag}"]`)!;
  const out: [string, string | true][] = [];
  for (const input of set.querySelectorAll<HTMLInputElement>('input, select')) {
    if (input.type === 'checkbox') {
      if (input.checked) out.push([input.name, true]);
    } else if (input.value.trim() && !(input.name === 'precision' && input.value === 'seconds')) {
      if (input.name === 'notation' && input.value === 'standard') continue;
      out.push([input.name, input.value.trim()]);
    }
  }
  const lang = (form.elements.namedItem('lang') as HTMLSelectElement).value;
  if (lang) out.push(['lang', lang]);
  return out;
}

/** The widget's language: the form's, else this page's. */
const localeOf = (attrs: Map<string, string | true>) =>
  localeFor(String(attrs.get('lang') ?? (document.documentElement.lang || 'en')));

/** A date in the zone, as the widget shows it, with the year (the fallback may stay up long). */
const FALLBACK_DATE = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
} as const;

/**
 * Readable fallback content: what visitors see before (or without) the script. Built with the
 * widgets' own parsing, formatting, texts and URL check, so it says what the widget would.
 */
function fallback(tag: string, attrs: Map<string, string | true>, quotes: Quote[]): string {
  const get = (name: string) => {
    const value = attrs.get(name);
    return typeof value == 'string' ? value : undefined;
  };
  const link = (href: string | null | undefined, text: string) =>
    href ? ` <a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : '';
  const locale = localeOf(attrs);
  if (tag === 'strike-countdown') {
    const t = locale.terms.countdown;
    let when = '';
    try {
      const { periods, zone } = parseSchedule({
        start: get('start'),
        end: get('end'),
        periods: get('periods'),
        timezone: get('timezone'),
      });
      const date = (x: number) => formatDate(locale, x, { ...FALLBACK_DATE, timeZone: zone });
      when = periods
        .map(({ start, end }) => date(start) + (end ? ` – ${date(end)}` : ''))
        .join('; ');
    } catch {
      // The preview shows what is wrong; the fallback says only what is sure.
    }
    const text = [get('label'), when].filter(Boolean).join(': ');
    return `\n  ${escapeHtml(text)}${text ? '.' : ''}${link(safeUrl(get('href')), get('action-text') ?? t.action)}\n`;
  }
  if (tag === 'quote-carousel') {
    return (
      quotes
        .map(
          (q) =>
            `\n  <figure>\n    <blockquote>${escapeHtml(q.text)}</blockquote>` +
            (q.cite ? `\n    <figcaption>${escapeHtml(q.cite)}</figcaption>` : '') +
            `\n  </figure>`,
        )
        .join('') + '\n'
    );
  }
  let page: string | null = null;
  try {
    page = petitionUrl(get('petition') ?? '');
  } catch {
    // No petition, or not one: no link unless `href` gives one.
  }
  const href = get('href') != null ? safeUrl(get('href')) : page;
  return `\n  ${link(href, get('label') ?? get('action-text') ?? locale.terms.petition.sign).trim()}\n`;
}

/**
 * The preview runs offline: a UK Parliament petition is read from the demo server's local copy
 * of the API (the snippet keeps the real address).
 */
function previewValue(tag: string, name: string, value: string) {
  if (tag !== 'petition-counter' || name !== 'petition') return value;
  try {
    const id = /^https:\/\/petition\.parliament\.uk\/petitions\/(\d+)$/.exec(
      petitionUrl(value),
    )?.[1];
    return id ? `/mock/petitions/${id}` : value;
  } catch {
    return value;
  }
}

function update() {
  const tag = (form.elements.namedItem('widget') as RadioNodeList).value;
  for (const set of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) {
    set.hidden = set.dataset.for !== tag;
  }
  const attrs = attributes(tag).filter(([name]) => name !== 'quotes');
  const quotes =
    tag === 'quote-carousel'
      ? quotesFrom((form.querySelector('textarea[name="quotes"]') as HTMLTextAreaElement).value)
      : [];
  const inner = fallback(tag, new Map(attrs), quotes);

  // The preview: built with DOM calls, so nothing typed is ever parsed as HTML.
  const el = document.createElement(tag);
  for (const [name, value] of attrs)
    el.setAttribute(name, value === true ? '' : previewValue(tag, name, value));
  const template = document.createElement('template');
  template.innerHTML = inner; // `inner` is built from escaped text only.
  el.append(template.content);
  preview.replaceChildren(el);

  const attrText = attrs
    .map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeHtml(v)}"`))
    .join('');
  const script = (form.elements.namedItem('script') as HTMLInputElement).value.trim();
  snippet.value =
    `<script src="${escapeHtml(script)}" defer></script>\n` +
    `<${tag}${attrText}>${inner}</${tag}>\n`;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.querySelector('#copy')!.addEventListener('click', async () => {
  const status = document.querySelector('#copied')!;
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }
});
update();
