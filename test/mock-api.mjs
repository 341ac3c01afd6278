// A mock UK Parliament petitions API (the real JSON format, SPEC.md's appendix) and other JSON
// endpoints, served by the test runner and by the demo's dev server. Cross-origin tests reach it
// through 127.0.0.1 while the page is on localhost.
//
// Everything lives under /mock/. The petition count rises over time so the demo shows it live.

import { PassThrough } from 'node:stream';

const started = Date.now();

function petition(id, overrides = {}) {
  const count = overrides.signature_count ?? 9_000 + Math.floor((Date.now() - started) / 1000) * 7;
  return {
    links: { self: `https://petition.parliament.uk/petitions/${id}.json` },
    data: {
      type: 'petition',
      id: Number(id),
      attributes: {
        action: 'Fund the NHS properly and give junior doctors a fair contract',
        background: 'Junior doctors are striking for a safe contract.',
        state: 'open',
        signature_count: count,
        closing_date: '2027-05-20T23:59:59.999Z',
        opened_at: '2026-11-20T14:12:50.460Z',
        response_threshold_reached_at: count >= 10_000 ? '2026-11-21T09:02:11.120Z' : null,
        government_response_at: null,
        debate_threshold_reached_at: count >= 100_000 ? '2026-11-22T10:00:00.000Z' : null,
        scheduled_debate_date: null,
        debate_outcome_at: null,
        government_response: null,
        debate: null,
        signatures_by_country: [{ name: 'United Kingdom', code: 'GB', signature_count: count }],
        signatures_by_constituency: [],
        ...overrides,
      },
    },
  };
}

function countOf(full) {
  const a = full.data.attributes;
  return {
    signature_count: a.signature_count,
    response_threshold_reached_at: a.response_threshold_reached_at,
    government_response_at: a.government_response_at,
    debate_threshold_reached_at: a.debate_threshold_reached_at,
    scheduled_debate_date: a.scheduled_debate_date,
    debate_outcome_at: a.debate_outcome_at,
    debated: Boolean(a.debate_outcome_at),
  };
}

/** Fixed petitions by id, for tests and stories: each a set of attribute overrides. */
export const PETITIONS = {
  700123: {},
  700001: { signature_count: 4_321, response_threshold_reached_at: null },
  700002: { signature_count: 54_210 },
  700003: {
    signature_count: 187_345,
    debate_threshold_reached_at: '2026-11-22T10:00:00.000Z',
    government_response_at: '2026-11-25T16:00:00.000Z',
    scheduled_debate_date: '2027-01-18',
    debate_outcome_at: '2027-01-18T19:00:00.000Z',
  },
  700004: { signature_count: 23_456, state: 'closed', closing_date: '2026-10-01T23:59:59.999Z' },
  700005: {
    signature_count: 12,
    state: 'rejected',
    rejection: { code: 'duplicate', details: 'There is already a petition about this issue.' },
  },
};

/**
 * Archived petitions: /mock/petitions/ID.json redirects to /mock/archived/petitions/ID.json (with
 * `data.type` "archived-petition") and there is no count.json, as on the real site. Kept apart
 * from PETITIONS, whose JSON static builds snapshot.
 */
export const ARCHIVED = {
  700006: { signature_count: 31_870, state: 'closed', closing_date: '2025-03-01T23:59:59.999Z' },
};

const headers = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=60, stale-while-revalidate=120',
};

/**
 * Scenarios for tests and benchmarks, by key: GET /mock/control?key=K&… sets (or replaces) one,
 * then /mock/k/K/petitions/ID.json, /mock/k/K/petitions/ID/count.json and /mock/k/K/data.json
 * follow it. Parameters:
 *   count, state, action, closing_date, …  petition attributes (count = signature_count)
 *   archived=1                             ID.json redirects to /mock/k/K/archived/petitions/ID.json
 *   body=…                                 data.json's body (any text, so also malformed JSON)
 *   on=count.json                          which requests the faults below hit (path suffix)
 *   status=CODE&times=N                    answer CODE (the next N times; default every time)
 *   retry-after=S&expose=1                 with Retry-After (readable cross-origin with expose)
 *   delay=MS                               answer slowly
 *   cache=…                                the Cache-Control header (default public, max-age=60)
 *   malformed=1                            a body that is not JSON (a truncated one)
 *   html=1                                 a 200 HTML page (a captive portal, a CDN challenge)
 *   stall=1                                headers and half a body, then nothing (closed after 20 s)
 */
const scenarios = new Map();

function control(params) {
  const s = Object.fromEntries(params);
  delete s.key;
  for (const k of ['count', 'times', 'delay']) if (k in s) s[k] = Number(s[k]);
  if ('count' in s) s.signature_count = s.count;
  delete s.count;
  return s;
}

async function scenario(ctx, key, rest) {
  const s = scenarios.get(key);
  if (!s) {
    ctx.status = 404;
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.body = 'no such scenario';
    return;
  }
  ctx.set('Access-Control-Allow-Origin', '*');
  const hit = rest.endsWith(s.on ?? 'count.json');
  if (hit && s.delay) await new Promise((r) => setTimeout(r, Math.min(s.delay, 10_000)));
  if (hit && s.status && (s.times === undefined || s.times-- > 0)) {
    ctx.status = Number(s.status);
    if (s['retry-after']) ctx.set('Retry-After', s['retry-after']);
    if (s.expose) ctx.set('Access-Control-Expose-Headers', 'Retry-After');
    ctx.type = 'text/plain';
    ctx.body = 'error';
    return;
  }
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  if (s.cache) ctx.set('Cache-Control', s.cache);
  if (hit && s.malformed) {
    ctx.body = '{"signature_count": 12';
    return;
  }
  if (hit && s.html) {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = '<!doctype html><title>Checking your browser</title><p>One moment…</p>';
    return;
  }
  if (hit && s.stall) {
    ctx.body = stalledBody();
    return;
  }
  if (rest === '/data.json') {
    ctx.body = s.body ?? '{}';
    return;
  }
  const m = rest.match(/^(\/archived)?\/petitions\/(\d+)(\/count)?\.json$/);
  if (!m) {
    ctx.status = 404;
    ctx.body = '{"error":"not found"}';
    return;
  }
  const [, archived, id, count] = m;
  // The scenario's other keys are the petition's attributes.

  const { on, status, times, delay, cache, malformed, html, stall, body, expose, ...attributes } =
    s;
  if (s.archived && !archived) {
    if (count) {
      ctx.status = 404;
      ctx.body = '{"error":"not found"}';
      return;
    }
    ctx.status = 302;
    ctx.set('Location', `/mock/k/${key}/archived/petitions/${id}.json`);
    ctx.body = '';
    return;
  }
  delete attributes.archived;
  delete attributes['retry-after'];
  const full = petition(id, { signature_count: 1_000, ...attributes });
  if (archived) full.data.type = 'archived-petition';
  ctx.body = JSON.stringify(count ? countOf(full) : full);
}

/**
 * A response body that sends half of a JSON object, then stalls: the headers are out, the body
 * never ends. Closed after 20 s (or when the client gives up), so no server is kept waiting.
 */
function stalledBody() {
  const body = new PassThrough();
  body.write('{"signature_count": 12');
  const end = setTimeout(() => body.destroy(), 20_000);
  body.on('close', () => clearTimeout(end));
  return body;
}

/** Requests seen, by path, so tests can count them: GET /mock/requests?path=… */
const seen = new Map();

function notFound(ctx) {
  ctx.status = 404;
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'application/json';
  ctx.body = '{"error":"not found"}';
}

/**
 * Koa middleware (the test runner's and, through a small adapter, Vite's). The test runner's own
 * cache middleware, which runs around this one, stamps `Cache-Control: public, max-age=31536000`
 * on every path with an extension once the response is built; the mock's responses keep the
 * headers the real API sends, so their Cache-Control is locked once set here.
 */
export async function mockApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/mock/')) return next();
  try {
    return await handle(ctx, url);
  } finally {
    const res = ctx.response;
    if (res && typeof res.set === 'function') {
      const set = res.set;
      res.set = function (field, value) {
        if (typeof field === 'string' && field.toLowerCase() === 'cache-control') return;
        return set.call(this, field, value);
      };
    }
  }
}

async function handle(ctx, url) {
  const path = url.pathname.slice('/mock'.length);
  if (path === '/requests') {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    const key = url.searchParams.get('path');
    ctx.body = JSON.stringify(key ? (seen.get(key) ?? 0) : Object.fromEntries(seen));
    if (url.searchParams.has('reset')) seen.clear();
    return;
  }
  if (path === '/control') {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    scenarios.set(url.searchParams.get('key'), control(url.searchParams));
    ctx.body = 'ok';
    return;
  }
  seen.set(path, (seen.get(path) ?? 0) + 1);

  // /mock/k/KEY/…: a scenario set with /mock/control
  const k = path.match(/^\/k\/([\w-]+)(\/.*)$/);
  if (k) return scenario(ctx, k[1], k[2]);

  // /mock/petitions/ID.json and /mock/petitions/ID/count.json
  let m = path.match(/^(\/archived)?\/petitions\/(\d+)(\/count)?\.json$/);
  if (m) {
    const [, archived, id, count] = m;
    const old = id in ARCHIVED;
    if ((archived && !old) || (old && count)) return notFound(ctx);
    if (old && !archived) {
      ctx.status = 302;
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Location', `/mock/archived/petitions/${id}.json`);
      ctx.body = '';
      return;
    }
    if (!(id in PETITIONS) && !old) return notFound(ctx);
    const full = petition(id, PETITIONS[id] ?? ARCHIVED[id]);
    if (archived) full.data.type = 'archived-petition';
    for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
    ctx.body = JSON.stringify(count ? countOf(full) : full);
    return;
  }
  // /mock/status/CODE[?retry-after=S]: an error response
  m = path.match(/^\/status\/(\d{3})$/);
  if (m) {
    ctx.status = Number(m[1]);
    ctx.set('Access-Control-Allow-Origin', '*');
    const retry = url.searchParams.get('retry-after');
    if (retry) ctx.set('Retry-After', retry);
    ctx.body = 'error';
    return;
  }
  // /mock/json?body=…&delay=MS&max-age=S: any body, optionally slow
  if (path === '/json') {
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 10_000)));
    for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
    const maxAge = url.searchParams.get('max-age');
    if (maxAge) ctx.set('Cache-Control', `public, max-age=${maxAge}`);
    ctx.body = url.searchParams.get('body') ?? '{}';
    return;
  }
  // Any other path under /mock/ (a typo such as /mock/petitons/1): a 404 the page can read, as
  // the real API answers one.
  return notFound(ctx);
}

/**
 * Runs the Koa-style middleware above for a URL, outside Koa: returns the response it made
 * (`{ status, headers, body }`), or null when the path is not the mock's. The demo's and
 * Storybook's Vite servers, the benchmark server and the e2e servers all use it.
 */
export async function runMock(url) {
  const ctx = {
    url,
    status: 200,
    headers: {},
    body: '',
    set(k, v) {
      this.headers[k] = v;
    },
    set type(t) {
      this.headers['Content-Type'] = t;
    },
  };
  let passed = false;
  await mockApi(ctx, async () => {
    passed = true;
  });
  return passed ? null : ctx;
}

/** Answers a plain Node request from the mock (404 for a path it does not know). */
export async function serveMock(req, res) {
  const ctx = (await runMock(req.url)) ?? { status: 404, headers: {}, body: '' };
  res.writeHead(ctx.status, ctx.headers);
  if (ctx.body instanceof PassThrough) {
    // A stalled body (stall=1): sent as it comes, destroyed when the client leaves.
    res.on('close', () => ctx.body.destroy());
    ctx.body.pipe(res);
    return;
  }
  res.end(ctx.body ?? '');
}
