// (Not in test/e2e/: it needs the static build, which CI makes after the tests.)
// The static Storybook (`npm run build-storybook`, output storybook-static/) as a designer opens
// it: served as plain files on 127.0.0.1 (so the stories' mock data must be in the build), every
// story's iframe opened in Chromium. A story fails on Storybook's error view, on a widget showing
// its error view (`part="error"`) or on a console error, unless its name says "Error"; a docs
// page fails on the error view or on an argument table that lost or doubled a row.
//
// Run after the Storybook build: `npm run build-storybook && npm run test:storybook`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { BOUND, ROOT, TAGS, launch } from '../e2e/lib.mjs';

const STATIC = join(ROOT, 'storybook-static');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A plain static file server for storybook-static/, as any web host would serve it. */
async function serveStatic() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    // The browser asks for one whatever the page says; the iframe has none.
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    const file = normalize(join(STATIC, path === '/' ? 'index.html' : path));
    if (!file.startsWith(STATIC) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function readIndex() {
  const file = join(STATIC, 'index.json');
  if (!existsSync(file)) {
    throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first');
  }
  return Object.values(JSON.parse(readFileSync(file, 'utf8')).entries);
}

const entries = readIndex();
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');

/** Opens one entry's iframe and waits until Storybook has shown it (or its error view). */
async function openEntry(browser, origin, entry) {
  const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  page.setDefaultTimeout(20_000);
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, {
    waitUntil: 'networkidle',
  });
  await page.waitForFunction(() =>
    ['sb-show-main', 'sb-show-errordisplay'].some((shown) =>
      document.body.classList.contains(shown),
    ),
  );
  const errorView = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? document.querySelector('#error-message')?.textContent?.trim() || 'error view shown'
      : null,
  );
  return { page, consoleErrors, errorView };
}

/** Each widget on the page once its updates settled: its tag and its error text, if any. */
function widgetErrors(page) {
  return page.evaluate(async (tags) => {
    const widgets = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    return widgets
      .map((widget) => ({
        tag: widget.localName,
        defined: Boolean(widget.shadowRoot),
        error: widget.shadowRoot?.querySelector('[part~=error]')?.textContent?.trim() ?? null,
      }))
      .filter((widget) => !widget.defined || widget.error !== null);
  }, TAGS);
}

// Bounded per story (BOUND); the whole suite has time for every story on a slow machine.
describe('the static Storybook', { timeout: 15 * 60_000 }, () => {
  let browser;
  let server;
  before(async () => {
    [browser, server] = await Promise.all([launch(), serveStatic()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('has stories and a docs page for each widget', () => {
    assert.ok(stories.length >= 40, `only ${stories.length} stories in index.json`);
    const docsTitles = docsPages.map((entry) => entry.title);
    for (const title of ['Strike countdown', 'Quote carousel', 'Petition counter']) {
      assert.ok(docsTitles.includes(`Widgets/${title}`), `no docs page for ${title}`);
    }
  });

  test('titles share one style: Widgets/<Sentence case>', () => {
    const titles = [...new Set(entries.map((entry) => entry.title))];
    const odd = titles.filter((title) => !/^Widgets\/[A-Z][a-z]*( [a-z]+)*$/.test(title));
    assert.deepEqual(odd, []);
  });

  for (const story of stories) {
    const expectsError = /error/i.test(story.name);
    test(`${story.title} / ${story.name}`, BOUND, async () => {
      const { page, consoleErrors, errorView } = await openEntry(browser, server.origin, story);
      try {
        assert.equal(errorView, null, 'Storybook shows its error view');
        const problems = await widgetErrors(page);
        const undefinedWidgets = problems.filter((widget) => !widget.defined);
        assert.deepEqual(undefinedWidgets, [], 'a widget did not upgrade');
        if (expectsError) {
          assert.ok(problems.length > 0, 'an "Error" story shows no error view');
        } else {
          assert.deepEqual(problems, [], 'a widget shows its error view');
          assert.deepEqual(consoleErrors, [], 'console errors');
        }
      } finally {
        await page.close();
      }
    });
  }

  for (const docs of docsPages) {
    test(`${docs.title} / ${docs.name}: tables read from the manifest`, BOUND, async () => {
      const { page, errorView } = await openEntry(browser, server.origin, docs);
      try {
        assert.equal(errorView, null, 'Storybook shows its error view');
        await page.waitForSelector('.docblock-argstable');
        const rows = await page.$$eval('.docblock-argstable tbody tr', (trs) =>
          trs.map((tr) => tr.querySelector('td')?.textContent?.trim() ?? ''),
        );
        const names = rows.map((row) => row.replace(/\*$/, ''));
        for (const internal of ['tagName', 'version', 'locale', 'problem', 'hasUpdated']) {
          assert.ok(!names.includes(internal), `the table shows the internal ${internal}`);
        }
        assert.ok(!names.includes('actionText'), 'actionText and action-text both shown');
        const attributes = {
          'Widgets/Strike countdown': ['label', 'calendar', 'action-text', 'precision', 'now'],
          'Widgets/Quote carousel': ['label', 'interval', 'autoplay'],
          'Widgets/Petition counter': ['label', 'count', 'goal', 'notation'],
        }[docs.title];
        for (const attribute of attributes ?? []) {
          assert.ok(names.includes(attribute), `no row for the attribute ${attribute}`);
        }
      } finally {
        await page.close();
      }
    });
  }
});
