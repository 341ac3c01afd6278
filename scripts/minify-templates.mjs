// A Vite plugin for the drop-in bundle: Lit's css`` and html`` template literals keep their
// source indentation through minification (they are strings), so collapse it. Conservative:
// CSS loses comments and the space around { } ; , and after :, and newline-runs of whitespace
// in html`` become one space (which renders the same outside <pre>, which no widget uses).

const CSS = /\bcss`([^`]*)`/g;
const HTML = /\b(html|svg)`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Keeps `${…}` expressions as they are and minifies only the literal parts between them. */
function eachLiteralPart(body, fn) {
  return body
    .split(/(\$\{[^}]*\})/)
    .map((part, i) => (i % 2 ? part : fn(part)))
    .join('');
}

export function minifyTemplates() {
  return {
    name: 'strike-widgets-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code
        .replace(CSS, (_, body) => `css\`${eachLiteralPart(body, minifyCss)}\``)
        .replace(HTML, (_, tag, body) => `${tag}\`${eachLiteralPart(body, minifyHtml)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
