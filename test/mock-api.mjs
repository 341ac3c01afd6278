// A mock UK Parliament petitions API (the real JSON format, SPEC.md's appendix) and other JSON
// endpoints, served by the test runner and by the demo's dev server. Cross-origin tests reach it
// through 127.0.0.1 while the page is on localhost.
//
// Everything lives under /mock/. The petition count rises over time so the demo shows it live.

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

const headers = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=60, stale-while-revalidate=120',
};

/** Requests seen, by path, so tests can count them: GET /mock/requests?path=… */
const seen = new Map();

/** Koa middleware (the test runner's and, through a small adapter, Vite's). */
export async function mockApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/mock/')) return next();
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
  seen.set(path, (seen.get(path) ?? 0) + 1);

  // /mock/petitions/ID.json and /mock/petitions/ID/count.json
  let m = path.match(/^\/petitions\/(\d+)(\/count)?\.json$/);
  if (m) {
    const [, id, count] = m;
    if (!(id in PETITIONS)) {
      ctx.status = 404;
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = '{"error":"not found"}';
      return;
    }
    const full = petition(id, PETITIONS[id]);
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
  return next();
}
