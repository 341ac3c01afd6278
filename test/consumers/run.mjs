// `npm run test:consumers`: the packed package as React 19, Vue 3.5, Svelte 5 and Lit apps use it.
// Builds and packs strike-widgets, installs the tarball beside the frameworks in a cache folder
// (the frameworks are installed once; CONSUMERS_CACHE moves the folder), type-checks each app
// (and a negative file in each, which must fail where it is wrong), then builds the React and Vue
// apps with Vite and opens them in Chromium: properties, bare boolean attributes and events.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../../scripts/browsers.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const APPS = new URL('.', import.meta.url).pathname;
const CACHE = process.env.CONSUMERS_CACHE ?? join(tmpdir(), 'strike-widgets-consumers');

/** What the apps install from the registry (the tarball is unpacked beside them). */
const DEPENDENCIES = {
  lit: '^3.3.3',
  react: '^19.2.0',
  'react-dom': '^19.2.0',
  '@types/react': '^19.2.0',
  '@types/react-dom': '^19.2.0',
  '@vitejs/plugin-react': '^5.0.0',
  vue: '~3.5.0',
  'vue-tsc': '^3.0.0',
  '@vitejs/plugin-vue': '^6.0.0',
  svelte: '^5.0.0',
  'svelte-check': '^4.0.0',
  typescript: '~5.9.3',
  vite: '^7.0.0',
};

/** Each app's type checker, and its negative file (must fail). */
const CHECKS = {
  react: { command: ['tsc', '-p'], negative: 'src/negative.tsx' },
  vue: { command: ['vue-tsc', '-p'], negative: 'src/Negative.vue' },
  svelte: {
    command: ['svelte-check', '--output', 'human', '--tsconfig'],
    negative: 'src/Negative.svelte',
  },
  lit: { command: ['tsc', '-p'], negative: 'src/negative.ts' },
};

/** Runs a command, returning its exit code and output (never throws). */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Builds and packs the package; returns the tarball's path. */
function pack() {
  if (!process.env.CONSUMERS_SKIP_BUILD)
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  mkdirSync(CACHE, { recursive: true });
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', CACHE], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return join(CACHE, JSON.parse(output)[0].filename);
}

/** Installs the frameworks once (again only when DEPENDENCIES change), then unpacks the tarball. */
function install(tarball) {
  const manifest = JSON.stringify(
    { private: true, type: 'module', dependencies: DEPENDENCIES },
    null,
    2,
  );
  const manifestFile = join(CACHE, 'package.json');
  const installed = existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === manifest;
  if (!installed || !existsSync(join(CACHE, 'node_modules'))) {
    writeFileSync(manifestFile, manifest);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
      cwd: CACHE,
      stdio: 'ignore',
    });
  }
  const target = join(CACHE, 'node_modules', 'strike-widgets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', target, '--strip-components=1']);
  for (const app of Object.keys(CHECKS)) {
    rmSync(join(CACHE, app), { recursive: true, force: true });
    cpSync(join(APPS, app), join(CACHE, app), { recursive: true });
  }
}

/** The lines of a file that hold `needle` (1-based). */
function linesWith(file, needle) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
}

/** Serves a built app on 127.0.0.1; resolves to its origin and a close(). */
function serveStatic(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}

let tarball;
before(() => install((tarball = pack())), { timeout: 300_000 });

test('the tarball holds no module that the sources no longer build', () => {
  const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
  const modules = files.filter((file) => /^package\/dist\/esm\/.*\.js$/.test(file));
  const sourceOf = (file) => file.replace(/^package\/dist\/esm\//, 'src/').replace(/\.js$/, '.ts');
  assert.ok(modules.length > 10, `modules in the tarball: ${modules.length}`);
  assert.deepEqual(
    modules.filter((file) => !existsSync(join(ROOT, sourceOf(file)))),
    [],
  );
});

describe('type-checking against the packed package', () => {
  for (const [app, check] of Object.entries(CHECKS)) {
    const bin = (name) => join(CACHE, 'node_modules', '.bin', name);
    const [checker, ...args] = check.command;

    test(`${app}: the app type-checks`, () => {
      const result = run(bin(checker), [...args, 'tsconfig.json'], join(CACHE, app));
      assert.equal(result.status, 0, result.output);
    });

    if (app === 'lit')
      test('lit: the classes alone, without the define entries, type their tags', () => {
        const result = run(bin(checker), [...args, 'tsconfig.classes.json'], join(CACHE, app));
        assert.equal(result.status, 0, result.output);
      });

    test(`${app}: the negative file fails on the wrong attribute value and the wrong detail field`, () => {
      const result = run(bin(checker), [...args, 'tsconfig.negative.json'], join(CACHE, app));
      assert.notEqual(result.status, 0, result.output);
      const file = join(CACHE, app, check.negative);
      const wrongLines = [...linesWith(file, 'yes'), ...linesWith(file, 'phaze')].filter(
        (line) => !readFileSync(file, 'utf8').split('\n')[line - 1].includes('NOT type-check'),
      );
      assert.equal(wrongLines.length, 2);
      const fileName = check.negative.split('/').pop();
      // svelte-check colours its output when it thinks it may (CI=true): read it without colour.
      // eslint-disable-next-line no-control-regex -- the escape character is what colour codes start with
      const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
      for (const line of wrongLines) {
        assert.match(output, new RegExp(`${fileName}\\D{1,3}${line}[,:]`), output);
      }
    });
  }
});

describe('running in Chromium', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS });
  });
  after(() => browser?.close());

  for (const app of ['react', 'vue']) {
    test(`${app}: properties, bare boolean attributes and events reach the widgets`, async () => {
      const dir = join(CACHE, app);
      execFileSync(join(CACHE, 'node_modules', '.bin', 'vite'), ['build'], {
        cwd: dir,
        stdio: 'ignore',
      });
      const server = await serveStatic(join(dir, 'dist'));
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      try {
        await page.goto(server.origin);
        await page.waitForFunction(() =>
          document.querySelector('#countdown')?.shadowRoot?.querySelector('[part=calendar]'),
        );
        const state = await page.evaluate(() => ({
          calendar: document.querySelector('#countdown').calendar,
          autoplay: document.querySelector('#carousel').autoplay,
          interval: document.querySelector('#carousel').interval,
          count: document.querySelector('#counter').value,
          goal: document.querySelector('#counter').goal,
        }));
        // The frameworks set properties: `goal` is the target's setter, `interval` stays text.
        assert.deepEqual(state, {
          calendar: true,
          autoplay: true,
          interval: '8',
          count: 219672,
          goal: 234567,
        });
        await page.waitForFunction(() => document.querySelector('#carousel').playing === true);

        await page.click('#during');
        await page.waitForFunction(() => document.querySelector('#phase').textContent === 'during');
        await page.evaluate(() => document.querySelector('#carousel').next());
        await page.waitForFunction(() => document.querySelector('#index').textContent === '1');
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        server.close();
      }
    });
  }
});
