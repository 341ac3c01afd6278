import './helpers.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MAX_DELAY, subscribe, type TickSubscriber } from '../src/core/ticker.js';

const flush = () => Promise.resolve().then(() => Promise.resolve());

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('ticker: one shared timer', () => {
  let clock: sinon.SinonFakeTimers;
  let setTimeoutSpy: sinon.SinonSpy;
  const active = () => clock.countTimers();

  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: Date.UTC(2026, 11, 1, 8, 0, 0, 250),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    setTimeoutSpy = sinon.spy(globalThis, 'setTimeout');
    setHidden(false); // the test runner may run this page in a background tab
  });
  afterEach(() => {
    setTimeoutSpy.restore();
    clock.restore();
    delete (document as { visibilityState?: string }).visibilityState;
  });

  const sub = (unit: number, next = Infinity) => {
    const s: TickSubscriber & { ticks: number[] } = {
      unit,
      next,
      ticks: [],
      tick: (now) => void s.ticks.push(now),
    };
    return s;
  };

  it('a thousand subscribers share one timer, armed once, for the next whole second', async () => {
    const subs = Array.from({ length: 1000 }, (_, i) => sub(i % 2 ? 1000 : 60000));
    const offs = subs.map(subscribe);
    await flush();
    expect(active()).to.equal(1);
    expect(setTimeoutSpy.callCount).to.equal(1);
    expect(setTimeoutSpy.firstCall.args[1]).to.equal(750);
    clock.tick(750);
    expect(
      subs.every((s) => s.ticks.length === 1 && s.ticks[0] === Date.UTC(2026, 11, 1, 8, 0, 1)),
    ).to.equal(true);
    expect(active()).to.equal(1);
    clock.tick(3000);
    expect(subs[1].ticks).to.have.length(4);
    offs.forEach((off) => off());
    await flush();
    expect(active()).to.equal(0);
  });

  it('arms for the smallest unit shown, or an earlier boundary', async () => {
    const a = sub(60000);
    const off = subscribe(a);
    await flush();
    expect(setTimeoutSpy.lastCall.args[1]).to.equal(59750);
    const b = sub(Infinity, Date.now() + 100);
    const offB = subscribe(b);
    await flush();
    expect(setTimeoutSpy.lastCall.args[1]).to.equal(100);
    expect(active()).to.equal(1);
    off();
    offB();
    await flush();
    expect(active()).to.equal(0);
  });

  it('no timer with no subscriber, or with nothing to wait for', async () => {
    expect(active()).to.equal(0);
    const off = subscribe(sub(Infinity));
    await flush();
    expect(active()).to.equal(0);
    off();
  });

  it('cuts delays beyond 24.8 days to the largest setTimeout delay, then re-arms', async () => {
    const far = sub(Infinity, Date.now() + 40 * 864e5);
    const off = subscribe(far);
    await flush();
    expect(setTimeoutSpy.lastCall.args[1]).to.equal(MAX_DELAY);
    clock.tick(MAX_DELAY);
    expect(active()).to.equal(1);
    expect(setTimeoutSpy.lastCall.args[1]).to.equal(40 * 864e5 - MAX_DELAY);
    clock.tick(40 * 864e5 - MAX_DELAY);
    expect(far.ticks.at(-1)).to.equal(far.next);
    off();
    await flush();
  });

  it('no timer while the page is hidden; ticks everyone at once when it is visible again', async () => {
    const a = sub(1000);
    const off = subscribe(a);
    await flush();
    expect(active()).to.equal(1);
    setHidden(true);
    expect(active()).to.equal(0);
    clock.tick(3_600_000); // an hour in a background tab, or a laptop asleep
    expect(a.ticks).to.have.length(0);
    setHidden(false);
    expect(a.ticks).to.deep.equal([Date.UTC(2026, 11, 1, 9, 0, 0, 250)]);
    expect(active()).to.equal(1);
    off();
    await flush();
    expect(active()).to.equal(0);
  });
});
