/**
 * The embed builder's snippet writer: pure functions, no DOM. test/e2e/snippets.test.mjs runs
 * what the builder page writes through WordPress's `wpautop`, markdown-it and marked.
 *
 * Every shape keeps each opening tag on one line and has no blank line inside a widget: a
 * Markdown engine ends an HTML block at a blank line, and `wpautop` turns blank lines into
 * paragraphs.
 */

/** Where the snippet is pasted. */
export type SnippetFormat = 'html' | 'wordpress' | 'markdown';

/** The widgets the builder writes. */
export type WidgetTag = 'strike-countdown' | 'quote-carousel' | 'petition-counter';

/** One attribute: its value, or `true` for a boolean attribute that is present. */
export type Attribute = [name: string, value: string | true];

/** One quote of a carousel, as typed in the builder. */
export interface Quote {
  text: string;
  /** The attribution ("Name, role"), or an empty string. */
  cite: string;
}

/** A countdown's or a counter's fallback: a line of text and an optional link after it. */
export interface FallbackLine {
  text: string;
  link?: { href: string; text: string };
}

/** What a snippet is made of. */
export interface SnippetOptions {
  tag: WidgetTag;
  attributes: Attribute[];
  /** The fallback of a countdown or a counter (the carousel's fallback is its quotes). */
  fallback: FallbackLine;
  quotes: Quote[];
  /** The address of the drop-in script. */
  script: string;
  format: SnippetFormat;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text made safe for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character]);
}

/**
 * Text made safe inside a shortcode: HTML-escaped, and square brackets as character references,
 * because WordPress reads `[` and `]` as the start and end of a shortcode.
 */
export function escapeShortcode(text: string): string {
  return escapeHtml(text).replaceAll('[', '&#91;').replaceAll(']', '&#93;');
}

/** The fallback's lines, as HTML: one line for a countdown or a counter, one per quote. */
export function fallbackLines(options: Pick<SnippetOptions, 'tag' | 'fallback' | 'quotes'>) {
  if (options.tag === 'quote-carousel') {
    return options.quotes.map((quote) => {
      const caption = quote.cite ? `<figcaption>${escapeHtml(quote.cite)}</figcaption>` : '';
      return `<figure><blockquote>${escapeHtml(quote.text)}</blockquote>${caption}</figure>`;
    });
  }
  const { text, link } = options.fallback;
  const parts = [escapeHtml(text)];
  if (link) parts.push(`<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`);
  return [parts.filter(Boolean).join(' ')];
}

function attributeText(attributes: Attribute[], escape: (text: string) => string) {
  return attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
}

/**
 * The snippet for any HTML page (and, without indentation, for Markdown). The carousel stands in
 * a `<div>`: WordPress's Classic editor wraps a line that starts with an unknown tag in `<p>`,
 * which would close the carousel before its quotes; after a `<div>` it leaves the line alone.
 */
function tagSnippet(options: SnippetOptions): string {
  const indent = options.format === 'markdown' ? '' : '  ';
  const open = `<${options.tag}${attributeText(options.attributes, escapeHtml)}>`;
  const close = `</${options.tag}>`;
  const body = fallbackLines(options).map((line) => indent + line);
  const widget =
    options.tag === 'quote-carousel'
      ? [`<div>${open}`, ...body, `${close}</div>`]
      : [open, ...body, close];
  return [`<script src="${escapeHtml(options.script)}" defer></script>`, ...widget].join('\n');
}

/**
 * A WordPress shortcode (the strike-widgets plugin): `[strike_countdown start="…"]…[/strike_countdown]`,
 * attribute names as the tag's with `-` written `_`, boolean attributes as `="true"`, the fallback
 * between the opening and closing shortcode on one line, so `wpautop` adds nothing inside.
 */
function shortcodeSnippet(options: SnippetOptions): string {
  const name = options.tag.replaceAll('-', '_');
  const attributes = options.attributes.map(([attribute, value]): Attribute => [
    attribute.replaceAll('-', '_'),
    value === true ? 'true' : value,
  ]);
  const content = fallbackLines(options)
    .map((line) => line.replaceAll('[', '&#91;').replaceAll(']', '&#93;'))
    .join('');
  return `[${name}${attributeText(attributes, escapeShortcode)}]${content}[/${name}]`;
}

/** The snippet to paste, in the shape that survives where it is pasted. */
export function writeSnippet(options: SnippetOptions): string {
  if (options.format === 'wordpress') return shortcodeSnippet(options);
  return tagSnippet(options);
}
