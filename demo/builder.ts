/**
 * The embed builder: a form → a live preview → a snippet to paste. Everything typed is put into
 * attributes and text nodes (never parsed as HTML), and the snippet escapes it.
 */
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

/**
 * "Thursday 3 December 2026, 08:00" for a wall-clock date-time as typed (it is the time in the
 * widget's zone, so it is formatted as UTC to keep its fields); the text as typed otherwise.
 */
function readableDate(value: string): string {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/);
  if (!m) return value;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0)));
  if (isNaN(+date)) return value;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(h ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** Readable fallback content: what visitors see before (or without) the script. */
function fallback(tag: string, attrs: Map<string, string | true>, quotes: Quote[]): string {
  const link = (href: unknown, text: string) =>
    typeof href === 'string' ? ` <a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : '';
  if (tag === 'strike-countdown') {
    const label = String(attrs.get('label') ?? 'Strike');
    return `\n  ${escapeHtml(label)}: from ${escapeHtml(readableDate(String(attrs.get('start') ?? '')))} (${escapeHtml(
      String(attrs.get('timezone') ?? 'Europe/London'),
    )}).${link(attrs.get('href'), String(attrs.get('action-text') ?? 'More'))}\n`;
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
  const petition = String(attrs.get('petition') ?? '');
  const page = /^\d+$/.test(petition)
    ? `https://petition.parliament.uk/petitions/${petition}`
    : petition;
  const href = attrs.get('href') ?? page;
  return `\n  ${link(href, String(attrs.get('label') ?? attrs.get('action-text') ?? 'Sign the petition')).trim()}\n`;
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
  for (const [name, value] of attrs) el.setAttribute(name, value === true ? '' : value);
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
export {};
