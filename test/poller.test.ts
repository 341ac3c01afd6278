import './helpers.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  backoff,
  feedCount,
  maxAge,
  PollError,
  REQUEST_TIMEOUT,
  retryAfter,
  subscribe,
  type SubscribeOptions,
} from '../src/core/poller.js';
import { newKey, requests, scenario, sleep, waitFor } from './mock.js';

function subscriber(interval = 60, active = true) {
  const s = {
    interval,
    active,
    got: [] as unknown[],
    errors: [] as PollError[],
    data(json: unknown) {
      s.got.push(json);
    },
    fail(e: PollError) {
      s.errors.push(e);
    },
  };
  return s;
}

describe('poller: pure parts', () => {
  it('backs off with full jitter, never under the interval or Retry-After, capped at an hour', () => {
    expect(backoff(1, 60, 0, () => 0)).to.equal(60);
    expect(backoff(1, 60, 0, () => 1)).to.equal(120);
    expect(backoff(3, 60, 0, () => 1)).to.equal(480);
    expect(backoff(3, 60, 0, () => 0.5)).to.equal(240);
    expect(backoff(20, 60, 0, () => 1)).to.equal(3600);
    expect(backoff(1, 60, 900, () => 1)).to.equal(900);
    expect(backoff(1, 7200, 0, () => 1)).to.equal(7200);
  });
  it('reads Retry-After as seconds or an HTTP date, and max-age', () => {
    const now = Date.UTC(2026, 10, 21, 12);
    expect(retryAfter('120', now)).to.equal(120);
    expect(retryAfter(new Date(now + 90_000).toUTCString(), now)).to.equal(90);
    expect(retryAfter('soon', now)).to.equal(0);
    expect(retryAfter(null, now)).to.equal(0);
    expect(retryAfter('-5', now)).to.equal(0);
    expect(retryAfter('99999999', now)).to.equal(86_400);
    expect(maxAge('public, max-age=60, stale-while-revalidate=120')).to.equal(60);
    expect(maxAge('no-store')).to.equal(0);
    expect(maxAge(null)).to.equal(0);
  });
});

describe('poller: against the mock API on a second origin', function () {
  // A background tab (test files run side by side) throttles real timers to one a second.
  this.timeout(30_000);
  let clock: sinon.SinonFakeTimers;
  let key: string;
  let base: string;
  let stops: (() => void)[];
  const count = () => requests(`/k/${key}/data.json`);
  const url = () => `${base}/data.json`;

  beforeEach(async () => {
    key = newKey();
    base = await scenario(key, { body: '{"total": 5}', on: 'data.json', cache: 'no-store' });
    stops = [];
    clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    });
  });
  afterEach(() => {
    stops.forEach((s) => s());
    clock.restore();
  });
  const join = (s: ReturnType<typeof subscriber>, options: SubscribeOptions = {}) => {
    const sub = subscribe(url(), s, options);
    stops.push(sub.stop);
    return sub;
  };

  it('makes one request for many subscribers, and gives later ones the data without another', async () => {
    const subs = Array.from({ length: 5 }, () => subscriber());
    subs.forEach((s) => join(s));
    await clock.tickAsync(0);
    await waitFor(() => subs.every((s) => s.got.length === 1), 4000, 'data');
    expect(subs[0].got[0]).to.deep.equal({ total: 5 });
    const late = subscriber();
    join(late);
    await waitFor(() => late.got.length === 1);
    await clock.tickAsync(0);
    await sleep(100);
    expect(await count()).to.equal(1);
  });

  it('requests again after the interval, not before', async () => {
    const s = subscriber(60);
    join(s);
    await clock.tickAsync(0);
    await waitFor(() => s.got.length === 1);
    await clock.tickAsync(59_000);
    await sleep(150);
    expect(await count()).to.equal(1);
    await clock.tickAsync(1_000);
    await waitFor(() => s.got.length === 2);
    expect(await count()).to.equal(2);
  });

  it('never sooner than the response’s Cache-Control max-age', async () => {
    await scenario(key, { body: '{"total": 5}', on: 'data.json', cache: 'no-store, max-age=300' });
    const s = subscriber(60);
    join(s);
    await clock.tickAsync(0);
    await waitFor(() => s.got.length === 1);
    await clock.tickAsync(299_000);
    await sleep(150);
    expect(await count()).to.equal(1);
    await clock.tickAsync(1_000);
    await waitFor(() => s.got.length === 2);
  });

  it('backs off on 5xx with jitter, then resets on success', async () => {
    await scenario(key, {
      body: '{"total": 5}',
      on: 'data.json',
      cache: 'no-store',
      status: 503,
      times: 2,
    });
    const random = sinon.stub(Math, 'random').returns(1);
    try {
      const s = subscriber(60);
      join(s);
      await clock.tickAsync(0);
      await waitFor(() => s.errors.length === 1);
      expect(s.errors[0]).to.include({ status: 503, retry: true });
      // First failure: up to 2 × 60 s (random = 1 gives the whole window).
      await clock.tickAsync(119_000);
      await sleep(150);
      expect(await count()).to.equal(1);
      await clock.tickAsync(1_000);
      await waitFor(() => s.errors.length === 2);
      // Second: up to 4 × 60 s.
      await clock.tickAsync(239_000);
      await sleep(150);
      expect(await count()).to.equal(2);
      await clock.tickAsync(1_000);
      await waitFor(() => s.got.length === 1);
      // Success resets: the plain interval again.
      await clock.tickAsync(60_000);
      await waitFor(() => s.got.length === 2);
    } finally {
      random.restore();
    }
  });

  it('honours Retry-After on 429 when the server lets it be read', async () => {
    await scenario(key, {
      body: '{"total": 5}',
      on: 'data.json',
      cache: 'no-store',
      status: 429,
      times: 1,
      'retry-after': 600,
      expose: 1,
    });
    const random = sinon.stub(Math, 'random').returns(0);
    try {
      const s = subscriber(60);
      join(s);
      await clock.tickAsync(0);
      await waitFor(() => s.errors.length === 1);
      expect(s.errors[0]).to.include({ status: 429, retry: true });
      await clock.tickAsync(599_000);
      await sleep(150);
      expect(await count()).to.equal(1);
      await clock.tickAsync(1_000);
      await waitFor(() => s.got.length === 1);
    } finally {
      random.restore();
    }
  });

  it('retries a network error; gives up on a 404', async () => {
    const s = subscriber(60);
    const sub = subscribe('http://127.0.0.1:9/nothing.json', s);
    stops.push(sub.stop);
    await clock.tickAsync(0);
    await waitFor(() => s.errors.length === 1, 6000, 'network error');
    expect(s.errors[0]).to.include({ status: 0, retry: true });

    await scenario(key, { on: 'data.json', cache: 'no-store', status: 404 });
    const s404 = subscriber(60);
    join(s404);
    await clock.tickAsync(0);
    await waitFor(() => s404.errors.length === 1);
    expect(s404.errors[0]).to.include({ status: 404, retry: false });
    await clock.tickAsync(3_600_000);
    await sleep(150);
    expect(await count()).to.equal(1);
  });

  it('issue 13.2: JSON that does not parse (truncated, or an HTML page) is retried with backoff', async () => {
    const random = sinon.stub(Math, 'random').returns(1);
    try {
      await scenario(key, { on: 'data.json', cache: 'no-store', malformed: 1 });
      const bad = subscriber(60);
      join(bad);
      await clock.tickAsync(0);
      await waitFor(() => bad.errors.length === 1);
      expect(bad.errors[0]).to.include({ status: 200, retry: true });
      expect(bad.errors[0].message).to.include('is not JSON');
      await scenario(key, { on: 'data.json', cache: 'no-store', html: 1 });
      // Backed off: not at the interval, but after the first window (2 × 60 s).
      await clock.tickAsync(119_000);
      await sleep(150);
      expect(await count()).to.equal(1);
      await clock.tickAsync(1_000);
      await waitFor(() => bad.errors.length === 2);
      expect(bad.errors[1]).to.include({ status: 200, retry: true });
      await scenario(key, { body: '{"total": 5}', on: 'data.json', cache: 'no-store' });
      await clock.tickAsync(240_000);
      await waitFor(() => bad.got.length === 1);
      expect(bad.got[0]).to.deep.equal({ total: 5 });
    } finally {
      random.restore();
    }
  });

  it('issue 13.2: a body a subscriber cannot read is retried with backoff', async () => {
    const random = sinon.stub(Math, 'random').returns(1);
    try {
      const picky = { ...subscriber(60), reads: 0 };
      picky.data = () => {
        picky.reads++;
        return false;
      };
      join(picky);
      await clock.tickAsync(0);
      await waitFor(() => picky.reads === 1);
      await clock.tickAsync(119_000);
      await sleep(150);
      expect(await count()).to.equal(1);
      await clock.tickAsync(1_000);
      await waitFor(() => picky.reads === 2);
    } finally {
      random.restore();
    }
  });

  it('requests nothing while no subscriber is active, and at once on return when stale', async () => {
    const s = subscriber(60, false);
    const sub = join(s);
    await clock.tickAsync(600_000);
    await sleep(150);
    expect(await count()).to.equal(0);
    s.active = true;
    sub.update();
    await clock.tickAsync(0);
    await waitFor(() => s.got.length === 1);
    // Hidden for longer than the interval: one request at once on return, not two.
    s.active = false;
    sub.update();
    await clock.tickAsync(300_000);
    await sleep(150);
    expect(await count()).to.equal(1);
    s.active = true;
    sub.update();
    await clock.tickAsync(0);
    await waitFor(() => s.got.length === 2);
    expect(await count()).to.equal(2);
    // Hidden briefly: nothing extra on return; the next request at the usual time.
    s.active = false;
    sub.update();
    await clock.tickAsync(10_000);
    s.active = true;
    sub.update();
    await clock.tickAsync(0);
    await sleep(150);
    expect(await count()).to.equal(2);
    await clock.tickAsync(50_000);
    await waitFor(() => s.got.length === 3);
  });

  it('one active subscriber is enough; the others being off-screen does not stop it', async () => {
    const off = subscriber(60, false);
    const on = subscriber(60, true);
    join(off);
    join(on);
    await clock.tickAsync(0);
    await waitFor(() => on.got.length === 1 && off.got.length === 1);
  });

  it('the last subscriber to leave aborts the request in flight and leaves no timer', async () => {
    const before = feedCount();
    await scenario(key, { body: '{"total": 5}', on: 'data.json', cache: 'no-store', delay: 800 });
    const a = subscriber();
    const b = subscriber();
    const sa = join(a);
    const sb = join(b);
    await clock.tickAsync(0);
    await sleep(100);
    sa.stop();
    expect(feedCount()).to.equal(before + 1);
    sb.stop();
    expect(feedCount()).to.equal(before);
    await sleep(1200);
    expect(a.got.length + b.got.length).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
  });

  it('a slow response: one request in flight until it answers or times out', async () => {
    await scenario(key, { body: '{"total": 7}', on: 'data.json', cache: 'no-store', delay: 700 });
    const s = subscriber(60);
    join(s);
    await clock.tickAsync(0);
    await sleep(50);
    join(subscriber(60));
    // Within the request timeout (30 s), however long the real server takes.
    await clock.tickAsync(20_000);
    await waitFor(() => s.got.length === 1);
    expect(await count()).to.equal(1);
  });

  it('a feed read once is not requested again', async () => {
    const s = subscriber(60);
    join(s, { readOnce: true });
    await clock.tickAsync(0);
    await waitFor(() => s.got.length === 1);
    await clock.tickAsync(3_600_000);
    await sleep(150);
    expect(await count()).to.equal(1);
  });

  it('a feed that waits makes its first request after one interval', async () => {
    const s = subscriber(60);
    join(s, { waitOneInterval: true });
    await clock.tickAsync(59_000);
    await sleep(150);
    expect(await count()).to.equal(0);
    await clock.tickAsync(1_000);
    await waitFor(() => s.got.length === 1);
  });
});

describe('poller: timeouts and whole origins (issue 13)', function () {
  this.timeout(30_000);
  let clock: sinon.SinonFakeTimers;
  let random: sinon.SinonStub;
  let stops: (() => void)[];
  beforeEach(() => {
    stops = [];
    random = sinon.stub(Math, 'random').returns(1);
    clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    });
  });
  afterEach(() => {
    stops.forEach((stop) => stop());
    clock.restore();
    random.restore();
  });
  const join = (url: string, s: ReturnType<typeof subscriber>, options: SubscribeOptions = {}) =>
    stops.push(subscribe(url, s, options).stop);

  it('issue 13.1: a body that stalls halfway is aborted after the timeout and retried with backoff', async () => {
    const key = newKey();
    const base = await scenario(key, { on: 'data.json', cache: 'no-store', stall: 1 });
    const s = subscriber(60);
    join(`${base}/data.json`, s);
    await clock.tickAsync(0);
    await waitFor(async () => (await requests(`/k/${key}/data.json`)) === 1);
    await sleep(200);
    await clock.tickAsync(REQUEST_TIMEOUT - 1_000);
    await sleep(150);
    expect(s.errors).to.have.length(0);
    await clock.tickAsync(1_000);
    await waitFor(() => s.errors.length === 1, 4000, 'the timeout');
    expect(s.errors[0]).to.include({ status: 0, retry: true });
    expect(s.errors[0].message).to.include('did not answer within 30 s');
    // Retried after the first backoff window (2 × 60 s with Math.random() = 1), then it answers.
    await scenario(key, { body: '{"total": 9}', on: 'data.json', cache: 'no-store' });
    await clock.tickAsync(119_000);
    await sleep(150);
    expect(await requests(`/k/${key}/data.json`)).to.equal(1);
    await clock.tickAsync(1_000);
    await waitFor(() => s.got.length === 1);
    expect(s.got[0]).to.deep.equal({ total: 9 });
  });

  it('issue 13.1: leaving during a stalled request aborts it quietly, told apart from a timeout', async () => {
    const key = newKey();
    const base = await scenario(key, { on: 'data.json', cache: 'no-store', stall: 1 });
    const before = feedCount();
    const s = subscriber(60);
    const subscription = subscribe(`${base}/data.json`, s);
    await clock.tickAsync(0);
    await waitFor(async () => (await requests(`/k/${key}/data.json`)) === 1);
    subscription.stop();
    expect(feedCount()).to.equal(before);
    expect(clock.countTimers(), 'no timer left, the timeout included').to.equal(0);
    await clock.tickAsync(REQUEST_TIMEOUT * 2);
    await sleep(200);
    expect(s.errors).to.have.length(0);
  });

  it('issue 13.3: Retry-After on the petition JSON holds back its count.json too (the whole origin)', async () => {
    random.returns(0);
    const key = newKey();
    const base = await scenario(key, {
      on: '1.json',
      cache: 'no-store',
      status: 429,
      times: 1,
      'retry-after': 300,
      expose: 1,
    });
    const petitionJson = subscriber(60);
    const countJson = subscriber(60);
    join(`${base}/petitions/1.json`, petitionJson, { readOnce: true });
    join(`${base}/petitions/1/count.json`, countJson, { waitOneInterval: true });
    await clock.tickAsync(0);
    await waitFor(() => petitionJson.errors.length === 1);
    expect(petitionJson.errors[0]).to.include({ status: 429, retry: true });
    // count.json is due after 60 s, but the origin asked for 300 s.
    await clock.tickAsync(299_000);
    await sleep(200);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(0);
    expect(await requests(`/k/${key}/petitions/1.json`)).to.equal(1);
    await clock.tickAsync(1_000);
    // Both are due: one goes, then the other at once (a zero-delay timer on the fake clock).
    await waitFor(async () => {
      await clock.tickAsync(0);
      return petitionJson.got.length === 1 && countJson.got.length === 1;
    });
  });

  it('issue 13.3: while an origin fails, its URLs share one retry schedule, taking turns', async () => {
    const key = newKey();
    const base = await scenario(key, { on: '.json', cache: 'no-store', status: 503 });
    const petitionJson = subscriber(60);
    const countJson = subscriber(60);
    join(`${base}/petitions/1.json`, petitionJson, { readOnce: true });
    join(`${base}/petitions/1/count.json`, countJson, { waitOneInterval: true });
    const total = async () =>
      (await requests(`/k/${key}/petitions/1.json`)) +
      (await requests(`/k/${key}/petitions/1/count.json`));
    const failures = () => petitionJson.errors.length + countJson.errors.length;
    await clock.tickAsync(0);
    await waitFor(() => failures() === 1);
    // One schedule (Math.random() = 1): retries 120 s, then 240 s, then 480 s apart; count.json,
    // due at 60 s, waits for it instead of starting its own.
    for (const [wait, expected] of [
      [60_000, 1],
      [60_000, 2],
      [240_000, 3],
      [480_000, 4],
    ]) {
      await clock.tickAsync(wait);
      await waitFor(() => failures() === expected, 4000, `failure ${expected}`);
      await sleep(150);
      expect(await total()).to.equal(expected);
    }
    // Turns: count.json was asked too, so a failing petition JSON cannot starve it.
    expect(countJson.errors.length).to.be.at.least(1);
  });
});
