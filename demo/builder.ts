/**
 * The embed builder: a form → a live preview → a snippet to paste, for any HTML page, for
 * WordPress (the plugin's shortcodes) and for Markdown. Each field is checked as it is typed,
 * with the message on the field; Copy is disabled while something is wrong. Everything typed is
 * put into attributes and text nodes (never parsed as HTML), and the snippet escapes it.
 */
import { formatDate } from '../src/core/format.js';
import { localeFor } from '../src/core/locale.js';
import * as en from '../src/locales/en.js';
import * as cy from '../src/locales/cy.js';
import { safeUrl } from '../src/core/url.js';
import { petitionUrl } from '../src/petition-counter/sources.js';
import { parseSchedule } from '../src/strike-countdown/schedule.js';
import {
  checkEnd,
  checkGoal,
  checkInterval,
  checkLink,
  checkPetition,
  checkQuotes,
  checkScript,
  checkStart,
  checkTimezone,
  type Check,
  type FieldValues,
} from './builder-checks.js';
import {
  fallbackLines,
  writeSnippet,
  type Attribute,
  type FallbackLine,
  type Quote,
  type SnippetFormat,
  type WidgetTag,
} from './builder-snippet.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

/** The check each `data-check` names. */
const CHECKS: Record<string, Check> = {
  start: checkStart,
  end: checkEnd,
  timezone: checkTimezone,
  link: checkLink,
  script: checkScript,
  petition: checkPetition,
  goal: checkGoal,
  interval: checkInterval,
  quotes: checkQuotes,
};

/** Values left out of the snippet because they are the widget's defaults. */
const DEFAULTS: Record<string, string> = { precision: 'seconds', notation: 'standard' };

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const chosen = (name: string) => (form.elements.namedItem(name) as RadioNodeList).value;
const widgetFieldset = (tag: string) =>
  form.querySelector<HTMLFieldSetElement>(`fieldset[data-for="${tag}"]`)!;
const fieldsOf = (root: Element) => [
  ...root.querySelectorAll<Field>('input:not([type="radio"]), select, textarea'),
];

/** The chosen widget's field values by name (checkboxes as "true" or ""). */
function valuesOf(tag: string): FieldValues {
  const values: FieldValues = new Map();
  for (const field of fieldsOf(widgetFieldset(tag))) {
    const checked = field instanceof HTMLInputElement && field.type === 'checkbox';
    values.set(field.name, checked ? (field.checked ? 'true' : '') : field.value);
  }
  return values;
}

/** The attributes of the chosen widget that are set, in form order, then `lang`. */
function attributesOf(tag: string): Attribute[] {
  const attributes: Attribute[] = [];
  for (const field of fieldsOf(widgetFieldset(tag))) {
    if (field.name === 'quotes') continue;
    // A goal may be typed "250,000"; the widget reads digits.
    const value = field.name === 'goal' ? field.value.replace(/[,\s]/g, '') : field.value.trim();
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked) attributes.push([field.name, true]);
    } else if (value && DEFAULTS[field.name] !== value) {
      attributes.push([field.name, value]);
    }
  }
  const lang = chosen('lang');
  if (lang) attributes.push(['lang', lang]);
  return attributes;
}

/** Quotes typed one a paragraph, each with its attribution after a dash. */
function quotesFrom(text: string): Quote[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => {
      const [quote, cite = ''] = paragraph.split(/\s+[—–-]\s+(?=[^—–-]*$)/);
      return { text: quote.trim(), cite: cite.trim() };
    });
}

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

/** The countdown's dates as the widget would show them, or `''` while they do not parse. */
function countdownDates(values: FieldValues, lang: string): string {
  try {
    const { periods, zone } = parseSchedule({
      start: values.get('start'),
      end: values.get('end') || undefined,
      timezone: values.get('timezone') || undefined,
    });
    const locale = localeFor(lang);
    const date = (time: number) => formatDate(locale, time, { ...FALLBACK_DATE, timeZone: zone });
    return periods.map(({ start, end }) => date(start) + (end ? ` – ${date(end)}` : '')).join('; ');
  } catch {
    return '';
  }
}

/**
 * Readable fallback content: what visitors see before (or without) the script. Built with the
 * widgets' own parsing, formatting, texts and URL check, so it says what the widget would.
 */
function fallbackOf(tag: WidgetTag, values: FieldValues): FallbackLine {
  const lang = chosen('lang') || document.documentElement.lang || 'en';
  const terms = localeFor(lang).textLang === 'cy' ? cy : en;
  const given = (name: string) => values.get(name)?.trim() || undefined;
  const link = (href: string | null | undefined, text: string) =>
    href ? { href, text } : undefined;
  if (tag === 'strike-countdown') {
    const text = [given('label'), countdownDates(values, lang)].filter(Boolean).join(': ');
    return {
      text: text ? `${text}.` : '',
      link: link(safeUrl(given('href')), given('action-text') ?? terms.countdown.action),
    };
  }
  if (tag === 'petition-counter') {
    let page: string | null = null;
    try {
      page = petitionUrl(given('petition') ?? '');
    } catch {
      // No petition, or not one: no link unless `href` gives one.
    }
    const href = given('href') ? safeUrl(given('href')) : page;
    const text = given('label') ?? given('action-text') ?? terms.petition.sign;
    return { text: '', link: link(href, text) };
  }
  return { text: '' };
}

/**
 * The preview runs offline: a UK Parliament petition is read from the demo server's local copy
 * of the API (the snippet keeps the real address).
 */
function previewValue(tag: string, name: string, value: string) {
  if (tag !== 'petition-counter' || name !== 'petition') return value;
  try {
    const pattern = /^https:\/\/petition\.parliament\.uk\/petitions\/(\d+)$/;
    const id = pattern.exec(petitionUrl(value))?.[1];
    return id ? `/mock/petitions/${id}` : value;
  } catch {
    return value;
  }
}

/** Shows (or clears) a field's problem on the field: its message, `aria-invalid`, `aria-describedby`. */
function showProblem(field: Field, problem: string) {
  const errorId = `${field.id}-error`;
  let message = document.getElementById(errorId);
  if (!message) {
    message = document.createElement('p');
    message.id = errorId;
    message.className = 'field-error';
    field.closest('.field')!.append(message);
  }
  message.textContent = problem;
  message.hidden = !problem;
  const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const others = described.filter((id) => id && id !== errorId);
  const ids = problem ? [...others, errorId] : others;
  if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
  else field.removeAttribute('aria-describedby');
  if (problem) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

/** Checks every field that is in use; returns how many are wrong. */
function checkFields(tag: string, format: SnippetFormat): number {
  const values = valuesOf(tag);
  values.set('script', (form.elements.namedItem('script') as HTMLInputElement).value);
  const page = form.querySelector('fieldset[data-page]')!;
  let wrong = 0;
  for (const field of [...fieldsOf(widgetFieldset(tag)), ...fieldsOf(page)]) {
    const check = CHECKS[field.dataset.check ?? ''];
    if (!check) continue;
    const unused = field.name === 'script' && format === 'wordpress';
    const problem = unused ? '' : check(field.value, values);
    showProblem(field, problem);
    if (problem) wrong++;
  }
  return wrong;
}

/** Shows the chosen widget's fields and notes, and the chosen format's notes. */
function showChosen(tag: string, format: SnippetFormat) {
  for (const set of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]'))
    set.hidden = set.dataset.for !== tag;
  for (const note of document.querySelectorAll<HTMLElement>('[data-note-for]'))
    note.hidden = note.dataset.noteFor !== tag;
  for (const note of document.querySelectorAll<HTMLElement>('[data-note-format]'))
    note.hidden = note.dataset.noteFormat !== format;
  for (const field of document.querySelectorAll<HTMLElement>('[data-not-for-format]'))
    field.hidden = field.dataset.notForFormat === format;
}

function renderPreview(tag: WidgetTag, attributes: Attribute[], fallback: string[]) {
  // Built with DOM calls, so nothing typed is ever parsed as HTML.
  const widget = document.createElement(tag);
  for (const [name, value] of attributes)
    widget.setAttribute(name, value === true ? '' : previewValue(tag, name, value));
  const template = document.createElement('template');
  template.innerHTML = fallback.join('\n'); // built from escaped text only
  widget.append(template.content);
  preview.replaceChildren(widget);
}

function update() {
  const tag = chosen('widget') as WidgetTag;
  const format = chosen('format') as SnippetFormat;
  showChosen(tag, format);
  const wrong = checkFields(tag, format);
  const values = valuesOf(tag);
  const attributes = attributesOf(tag);
  const quotes = tag === 'quote-carousel' ? quotesFrom(values.get('quotes') ?? '') : [];
  const fallback = fallbackOf(tag, values);
  renderPreview(tag, attributes, fallbackLines({ tag, fallback, quotes }));
  const script = (form.elements.namedItem('script') as HTMLInputElement).value.trim();
  snippet.value = writeSnippet({ tag, attributes, fallback, quotes, script, format });
  copyButton.disabled = wrong > 0;
  copyStatus.textContent = wrong
    ? `Correct the ${wrong === 1 ? 'field' : `${wrong} fields`} marked above to copy the snippet.`
    : '';
}

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    snippet.select();
    copyStatus.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
copyButton.addEventListener('click', copySnippet);
update();
