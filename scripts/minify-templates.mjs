// A Vite plugin for the drop-in bundle: Lit's css`` and html`` template literals keep their
// source indentation through minification (they are strings), so collapse it. Conservative:
// CSS loses comments and the space around { } ; , and after :, and newline-runs of whitespace
// in html`` become one space (which renders the same outside <pre>, which no widget uses).
//
// A small scanner (not a regex) finds the templates, so that templates nested inside another
// template's ${…} are minified too, and backticks in comments and strings are left alone.

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

const TAG = /\b(css|html|svg)\s*$/;

/** The index just past the string literal that opens at `i` (a ' or " quote). */
function endOfString(code, i) {
  const quote = code[i];
  for (i++; i < code.length && code[i] !== quote; i++) if (code[i] === '\\') i++;
  return i + 1;
}

/** Reads code from `i` until `stop` (a `}` at depth 0, or the end); returns [text, next index]. */
function scanCode(code, i, stop) {
  let out = '';
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (stop && c === '}' && depth === 0) return [out, i + 1];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if (c === '/' && (next === '/' || next === '*')) {
      const end = next === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i) + 2;
      const j = end <= 1 ? code.length : end;
      out += code.slice(i, j);
      i = j;
    } else if (c === '"' || c === "'") {
      const j = endOfString(code, i);
      out += code.slice(i, j);
      i = j;
    } else if (c === '`') {
      const [text, j] = scanTemplate(code, i + 1, TAG.exec(out)?.[1]);
      out += '`' + text + '`';
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return [out, i];
}

/** Reads a template literal's body from `i` (just past its backtick); minifies it if tagged. */
function scanTemplate(code, i, kind) {
  let out = '';
  let literal = '';
  const flush = () => {
    out += kind === 'css' ? minifyCss(literal) : kind ? minifyHtml(literal) : literal;
    literal = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      literal += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      flush();
      return [out, i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const [expr, j] = scanCode(code, i + 2, true);
      out += '${' + expr + '}';
      i = j;
    } else {
      literal += c;
      i++;
    }
  }
  throw new Error('minify-templates: unterminated template literal');
}

export function minifyTemplateLiterals(code) {
  return scanCode(code, 0, false)[0];
}

export function minifyTemplates() {
  return {
    name: 'strike-widgets-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplateLiterals(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
