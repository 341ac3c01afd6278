// Every snippet the docs and the embed builder give, through the engines site owners paste into:
// plain HTML, WordPress's own `wpautop` (PHP, from Debian's `wordpress` package), markdown-it
// with `html: true` (as Eleventy) and marked. Each result is served and opened in Chromium with
// the built script: every widget upgrades, shows no error, keeps its quotes, and its fallback text
// does not also appear outside it.
//
// The snippets are read from README.md itself (every ```html block holding a widget tag) and
// written by the embed builder's page itself, so neither the docs nor the builder can drift.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createViteServer } from 'vite';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import {
  BOUND,
  html,
  launch,
  openPage,
  problems,
  ROOT,
  start,
  stop,
  TAGS,
  widgets,
} from './lib.mjs';

const WIDGET_TAG = new RegExp(`<(?:${TAGS.join('|')})[\\s>]`);

// ---- The snippets. -------------------------------------------------------------------------

/** Every ```html block of README.md that holds a widget tag, named by its line. */
function readmeSnippets() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```html\n([\s\S]*?)^```/gm)];
  return blocks
    .filter((match) => WIDGET_TAG.test(match[1]))
    .map((match) => ({
      name: `README.md line ${readme.slice(0, match.index).split('\n').length}`,
      html: match[1],
    }));
}

/**
 * What the embed builder writes, from the builder page itself (demo/builder.html, served from
 * the sources by Vite's dev server on 127.0.0.1, as `npm start` does), driven in Chromium: each
 * widget with the form's own example values (and a link for the countdown), as "Any website"
 * and as "Markdown / blog". (WordPress shortcodes need the plugin: test/builder.test.ts checks
 * their shape.)
 */
async function builderSnippets() {
  const vite = await createViteServer({
    configFile: join(ROOT, 'vite.demo.config.ts'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await vite.listen();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/demo/builder.html', vite.resolvedUrls.local[0]).href);
    await page.fill('#countdown-href', 'https://example.org/pickets');
    await page.fill('#countdown-action-text', 'Find your picket line');
    const written = [];
    for (const tag of TAGS) {
      await page.check(`[name="widget"][value="${tag}"]`);
      for (const format of ['html', 'markdown']) {
        await page.check(`[name="format"][value="${format}"]`);
        assert.equal(await page.isEnabled('#copy'), true, `${tag}, ${format}: Copy is enabled`);
        written.push({
          name: `builder, ${tag}, ${format}`,
          html: await page.inputValue('#snippet'),
        });
      }
    }
    return written;
  } finally {
    await browser.close();
    await vite.close();
  }
}

// ---- The engines. --------------------------------------------------------------------------

const WORDPRESS_CACHE = process.env.STRIKE_WORDPRESS_CACHE ?? join(tmpdir(), 'strike-wordpress');
const FORMATTING_PHP = join(WORDPRESS_CACHE, 'usr/share/wordpress/wp-includes/formatting.php');

const hasCommand = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** PHP from Debian's php-cli, installed with apt-get when missing (as root). */
function ensurePhp() {
  if (hasCommand('php', ['-v'])) return;
  if (process.getuid?.() !== 0) throw new Error('PHP is missing: run apt-get install php-cli');
  execFileSync('apt-get', ['install', '-y', '-qq', 'php-cli'], { stdio: 'inherit' });
}

/** WordPress's own formatting.php, from Debian's package, unpacked once into a cache folder. */
function ensureWordPress() {
  if (existsSync(FORMATTING_PHP)) return;
  mkdirSync(WORDPRESS_CACHE, { recursive: true });
  const findPackage = () => readdirSync(WORDPRESS_CACHE).find((f) => /^wordpress_.*\.deb$/.test(f));
  if (!findPackage())
    execFileSync('apt-get', ['download', 'wordpress'], { cwd: WORDPRESS_CACHE, stdio: 'inherit' });
  execFileSync('dpkg', ['-x', join(WORDPRESS_CACHE, findPackage()), WORDPRESS_CACHE]);
}

/** WordPress's `wpautop` (the Classic editor's automatic paragraphs), run by PHP on `text`. */
function wpautop(text) {
  const program = `require ${JSON.stringify(FORMATTING_PHP)}; echo wpautop(stream_get_contents(STDIN));`;
  return execFileSync('php', ['-r', program], { input: text, encoding: 'utf8' });
}

const markdownIt = new MarkdownIt({ html: true });

const ENGINES = {
  'plain HTML': (text) => text,
  wpautop,
  'markdown-it': (text) => markdownIt.render(text),
  marked: (text) => marked.parse(text, { async: false }),
};

// ---- The page. -----------------------------------------------------------------------------

/**
 * A post as a site owner writes it: a paragraph, the snippet, a paragraph. The snippet's script
 * is the built one (a per-widget script stays per-widget); without one, the page adds it.
 */
function post(snippet) {
  return `A paragraph of the post before the widget.\n\n${snippet.trim()}\n\nA paragraph after it.\n`;
}

function servedPage(engineOutput, apiOrigin) {
  let body = engineOutput.replace(
    /<script src="[^"]*?\b(strike-widgets|strike-countdown|quote-carousel|petition-counter)\.js"/g,
    '<script src="/dist/$1.js"',
  );
  // The snippets read petition.parliament.uk: here, the mock of its API on the second origin.
  body = body.replace(
    /petition="(?:https:\/\/petition\.parliament\.uk\/petitions\/)?(\d+)"/g,
    `petition="${apiOrigin}/mock/petitions/$1"`,
  );
  // README.md's "any JSON" example: its source, on the data origin.
  body = body.replaceAll('https://union.example/api/', `${apiOrigin}/api/`);
  if (!/<script src="\/dist\//.test(body))
    body += '\n<script src="/dist/strike-widgets.js"></script>';
  return html({ body });
}

/**
 * Runs in the page: for each widget of the snippet as plain HTML, its fallback's pieces of text
 * and its number of quotes; then whether any piece is shown outside every widget.
 */
function inspect({ snippet, tags }) {
  const selector = tags.join(',');
  const textNodes = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  };
  const normalise = (text) => text.replace(/\s+/g, ' ').trim();
  const original = new DOMParser().parseFromString(snippet, 'text/html');
  const expected = [...original.querySelectorAll(selector)].map((el) => ({
    tag: el.localName,
    pieces: textNodes(el)
      .map((node) => normalise(node.textContent))
      .filter((text) => text.length >= 12),
    quotes:
      el.localName === 'quote-carousel'
        ? el.querySelectorAll('figure, blockquote:not(figure *)').length
        : null,
  }));
  const outside = normalise(
    textNodes(document.body)
      .filter((node) => !node.parentElement.closest(`${selector}, script`))
      .map((node) => node.textContent)
      .join(' '),
  );
  const found = [...document.querySelectorAll(selector)];
  return {
    expectedTags: expected.map((widget) => widget.tag),
    foundTags: found.map((el) => el.localName),
    quotes: found.map((el) => (el.localName === 'quote-carousel' ? el.quotes.length : null)),
    expectedQuotes: expected.map((widget) => widget.quotes),
    // What an engine left inside the widgets: empty paragraphs and line breaks.
    damage: found.flatMap((el) =>
      [...el.querySelectorAll(':scope > p:empty, :scope > br, :scope > p > br')].map(
        (node) => `${el.localName} > ${node.localName}`,
      ),
    ),
    shownTwice: expected.flatMap((widget) =>
      widget.pieces.filter((piece) => outside.includes(piece)),
    ),
  };
}

async function check(browser, servers, { name, snippet, engine }) {
  const output = ENGINES[engine](post(snippet));
  const path = `/snippets/${encodeURIComponent(`${name} ${engine}`).replaceAll('%', '_')}.html`;
  const url = servers.site.page(path, servedPage(output, servers.api.origin));
  const tab = await openPage(browser);
  try {
    await tab.page.goto(url);
    await tab.page.waitForFunction(
      (tags) => [...document.querySelectorAll(tags.join(','))].every((el) => el.shadowRoot),
      TAGS,
      { timeout: 10_000 },
    );
    const rendered = await widgets(tab.page);
    const seen = await tab.page.evaluate(inspect, { snippet, tags: TAGS });
    const context = `\n--- ${engine} wrote:\n${output}`;
    assert.deepEqual(seen.foundTags, seen.expectedTags, `every widget is still there${context}`);
    assert.deepEqual(problems(rendered), [], `every widget upgrades, with no error${context}`);
    assert.deepEqual(seen.quotes, seen.expectedQuotes, `every quote is in its carousel${context}`);
    assert.deepEqual(seen.shownTwice, [], `no fallback text is shown outside its widget${context}`);
    for (const node of seen.damage) tolerated.add(`${engine}: ${node}`);
  } finally {
    await tab.close();
  }
}

// ---- The tests. ----------------------------------------------------------------------------

/** The damage inside widgets that an engine made and the widgets tolerated. */
const tolerated = new Set();

const SNIPPETS = [...readmeSnippets(), ...(await builderSnippets())];

let browser, servers;
before(async () => {
  ensurePhp();
  ensureWordPress();
  ({ browser, servers } = await start());
  servers.api.route('/api/letter.json', JSON.stringify({ data: { total: 1234 } }), {
    type: 'application/json',
    headers: { 'Access-Control-Allow-Origin': '*' },
  });
}, BOUND);
after(() => stop({ browser, servers }));

describe('the snippets', () => {
  test('README.md and the builder give snippets to test', () => {
    assert.ok(readmeSnippets().length >= 4, 'README.md has its snippets');
    assert.ok(SNIPPETS.length >= 10);
  });

  test('each opening tag stands on one line and no blank line is inside a widget', () => {
    for (const { name, html: snippet } of SNIPPETS) {
      for (const tag of TAGS) {
        const opening = new RegExp(`<${tag}(?=[\\s>])[^>]*>`, 'g');
        for (const match of snippet.matchAll(opening))
          assert.ok(!match[0].includes('\n'), `${name}: ${match[0]} is on one line`);
        const whole = new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`, 'g');
        for (const match of snippet.matchAll(whole))
          assert.ok(!/\n\s*\n/.test(match[0]), `${name}: no blank line inside ${tag}`);
      }
    }
  });

  for (const { name, html: snippet } of SNIPPETS) {
    describe(name, () => {
      for (const engine of Object.keys(ENGINES)) {
        test(engine, BOUND, () => check(browser, servers, { name, snippet, engine }));
      }
    });
  }

  test("the widgets were tested with wpautop's damage inside them: empty <p>, <br>", () => {
    assert.ok(tolerated.has('wpautop: quote-carousel > p'), [...tolerated].join(', '));
    assert.ok(tolerated.has('wpautop: strike-countdown > br'), [...tolerated].join(', '));
  });
});
