import './helpers.js';
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { StrikeCountdown } from '../src/strike-countdown/strike-countdown.js';
import '../src/strike-countdown/define.js';
import { captureConsole } from './helpers.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const text = (el: Element, sel: string) =>
  $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const part = (el: Element, name: string) => text(el, `[part~="${name}"]`);
/** The visually hidden sentence. */
const sentence = (el: Element) => text(el, '.sr-only:not([aria-live])');
const live = (el: Element) => $(el, '[aria-live="polite"]')!;
const flush = async (el: StrikeCountdown) => {
  for (let i = 0; i < 3; i++) await el.updateComplete;
};

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Never waits on a frame (fixture() would, for a plain <div>): frames stall in a background tab. */
async function make(attrs: string) {
  const wrap = fixtureSync(`<div>${'<strike-countdown ' + attrs + '></strike-countdown>'}</div>`);
  const el = wrap.firstElementChild as StrikeCountdown;
  await flush(el);
  return el;
}

describe('<strike-countdown> frozen phases (now attribute), with axe', () => {
  const strike = 'label="Junior doctors\' strike" start="2026-12-03T08:00" end="P2D"';

  it('before: days, hours, minutes, seconds, dates in the zone with GMT, and the full sentence', async () => {
    const el = await make(`${strike} now="2026-11-30T06:58:30"`);
    expect(el.phase).to.equal('before');
    expect(el.getAttribute('phase')).to.equal('before');
    expect(el.remaining).to.equal(((3 * 24 + 1) * 3600 + 90) * 1000);
    expect(el.periodIndex).to.equal(0);
    expect(part(el, 'label')).to.equal("Junior doctors' strike");
    expect(part(el, 'status')).to.equal('The strike starts in');
    expect([
      part(el, 'days'),
      part(el, 'hours'),
      part(el, 'minutes'),
      part(el, 'seconds'),
    ]).to.deep.equal(['3', '1', '1', '30']);
    expect(text(el, '[role="timer"]')).to.equal('3 days 1 hour 1 minute 30 seconds');
    expect(part(el, 'dates')).to.equal(
      'Thursday 3 December at 08:00 GMT – Saturday 5 December at 08:00 GMT',
    );
    expect(sentence(el)).to.equal(
      'The strike starts on Thursday 3 December at 08:00 GMT, in 3 days.',
    );
    await expect(el).to.be.accessible();
  });

  it('the ticking display is role=timer and never live; the status is not read twice', async () => {
    const el = await make(`${strike} now="2026-12-02T08:00"`);
    const timer = $(el, '[role="timer"]')!;
    expect(timer.getAttribute('aria-live')).to.equal('off');
    expect(timer.closest('[aria-live="polite"],[aria-live="assertive"]')).to.equal(null);
    expect(live(el).textContent!.trim()).to.equal('');
    expect($(el, '.sr-only:not([aria-live])')!.getBoundingClientRect().width).to.be.at.most(1);
    expect($(el, '[part="status"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('during with an end: counts down to the end, in BST in summer', async () => {
    const el = await make('start="2026-06-03T08:00" end="PT48H" now="2026-06-04T08:00"');
    expect(el.phase).to.equal('during');
    expect(el.remaining).to.equal(24 * 3600e3);
    expect(part(el, 'status')).to.equal('On strike now. It ends in');
    expect(part(el, 'days')).to.equal('1');
    expect(part(el, 'dates')).to.equal(
      'Wednesday 3 June at 08:00 BST – Friday 5 June at 08:00 BST',
    );
    expect(sentence(el)).to.equal(
      'The strike is on. It ends on Friday 5 June at 08:00 BST, in 1 day.',
    );
    await expect(el).to.be.accessible();
  });

  it('open-ended: stays during and shows the day of the strike', async () => {
    const el = await make('start="2026-12-03T08:00" now="2026-12-05T01:00"');
    expect(el.phase).to.equal('during');
    expect(el.remaining).to.equal(Infinity);
    expect(part(el, 'status')).to.equal('On strike now: day 3');
    expect($(el, '[role="timer"]')).to.equal(null);
    expect(sentence(el)).to.equal(
      'The strike is on: day 3. It started on Thursday 3 December at 08:00 GMT.',
    );
    await expect(el).to.be.accessible();
  });

  it('between rounds: "round 2 of 3", and periodIndex', async () => {
    const el = await make(
      'periods="2026-12-03T08:00/P2D, 2026-12-17T08:00/P2D 2027-01-07T08:00/PT24H" now="2026-12-10T08:00"',
    );
    expect(el.phase).to.equal('between');
    expect(el.periodIndex).to.equal(1);
    expect(part(el, 'status')).to.equal('Round 2 of 3 starts in');
    expect(part(el, 'days')).to.equal('7');
    expect(part(el, 'dates')).to.equal(
      'Round 2 of 3: Thursday 17 December at 08:00 GMT – Saturday 19 December at 08:00 GMT',
    );
    expect(sentence(el)).to.equal(
      'Round 2 of 3: The strike starts on Thursday 17 December at 08:00 GMT, in 7 days.',
    );
    await expect(el).to.be.accessible();
  });

  it('after: no timer, no calendar, remaining 0; hide-after hides the element', async () => {
    const el = await make(`${strike} now="2026-12-06T08:00" calendar`);
    expect(el.phase).to.equal('after');
    expect(el.remaining).to.equal(0);
    expect(part(el, 'status')).to.equal('The strike is over');
    expect($(el, '[role="timer"]')).to.equal(null);
    expect($(el, '[part="calendar"]'), 'no calendar for a strike that is over').to.equal(null);
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
    el.hideAfter = true;
    await flush(el);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('precision="minutes" shows no seconds and rounds up to the minute', async () => {
    const el = await make('start="2026-12-03T08:00" precision="minutes" now="2026-12-03T07:58:30"');
    expect($(el, '[part="seconds"]')).to.equal(null);
    expect(text(el, '[role="timer"]')).to.equal('0 hours 2 minutes');
  });

  it('speaks Welsh: unit names, plurals, Welsh month and day names', async () => {
    const el = await make('lang="cy" start="2026-12-03T08:00" end="P2D" now="2026-12-01T07:59:59"');
    expect(text(el, '[role="timer"]')).to.equal('2 ddiwrnod 0 awr 0 munud 1 eiliad');
    expect(part(el, 'dates')).to.equal(
      'dydd Iau 3 Rhagfyr am 08:00 GMT – dydd Sadwrn 5 Rhagfyr am 08:00 GMT',
    );
    expect(part(el, 'status')).to.equal("Mae'r streic yn dechrau ymhen");
    await expect(el).to.be.accessible();
  });

  it('slots before, during and after replace the default message', async () => {
    const wrap = fixtureSync(
      html`<div>
        <strike-countdown start="2026-12-03T08:00" end="P1D" now="2026-12-01T08:00"
          ><span slot="before">We walk out in</span
          ><span slot="after">Thank you</span></strike-countdown
        >
      </div>`,
    );
    const el = wrap.firstElementChild as StrikeCountdown;
    await flush(el);
    const slot = () => $(el, '[part="status"] slot') as HTMLSlotElement;
    expect(slot().name).to.equal('before');
    expect(slot().assignedNodes()[0].textContent).to.equal('We walk out in');
    el.now = '2026-12-09T08:00';
    await flush(el);
    expect(slot().name).to.equal('after');
    expect(slot().assignedNodes()[0].textContent).to.equal('Thank you');
  });

  it("reads an author's slotted message to screen readers (the default one is the sentence's)", async () => {
    const wrap = fixtureSync(
      html`<div>
        <strike-countdown start="2026-12-03T08:00" end="P2D" now="2026-12-04T08:00"
          ><span slot="during">We're out! Join us at the Town Hall picket from 7am.</span
          ><a slot="after" href="/next">What happens next</a></strike-countdown
        >
      </div>`,
    );
    const el = wrap.firstElementChild as StrikeCountdown;
    await flush(el);
    const slot = () => $(el, '[part="status"] slot') as HTMLSlotElement;
    // Nothing between the slotted message and the host hides it from the accessibility tree.
    expect(slot().closest('[aria-hidden="true"]') === null, 'no aria-hidden above it').to.equal(
      true,
    );
    expect(slot().assignedNodes()[0].textContent).to.include('Town Hall');
    await expect(el).to.be.accessible();
    el.now = '2026-12-09T08:00';
    await flush(el);
    expect(slot().name).to.equal('after');
    expect(slot().closest('[aria-hidden="true"]') === null, 'no aria-hidden above it').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
    // Without a message of the author's for the phase, the default one stays hidden.
    el.querySelector('[slot="after"]')!.remove();
    await flush(el);
    expect($(el, '[part="status"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('the call to action is sanitised; javascript: is an error, not a link', async () => {
    const el = await make(
      'start="2026-12-03" href="/picket?x=1" action-text="Find your picket line" now="2026-12-01"',
    );
    const a = $(el, '[part="action"]') as HTMLAnchorElement;
    expect(a.textContent).to.equal('Find your picket line');
    expect(a.href).to.equal(new URL('/picket?x=1', location.href).href);
    const errors = await captureConsole('error', async () => {
      el.setAttribute('href', 'javascript:alert(1)');
      await flush(el);
    });
    expect($(el, '[part="action"]')).to.equal(null);
    expect(part(el, 'error')).to.include('href');
    expect(errors).to.have.length(1);
  });

  it('a link typed without https:// is an error, not a page of this site', async () => {
    let el!: StrikeCountdown;
    await captureConsole('error', async () => {
      el = await make('start="2026-12-03" href="www.union.example/pickets" now="2026-12-01"');
    });
    expect($(el, '[part="action"]') === null, 'no link').to.equal(true);
    expect(part(el, 'error')).to.include('href').and.include('no https://');
  });

  it('offers the rounds as an .ics download (a blob: link, no inline script)', async () => {
    const el = await make(
      'label="Strike, round; two" href="https://example.org/" calendar periods="2026-12-03T08:00/P2D 2026-12-17T08:00/P1D" now="2026-12-01"',
    );
    const a = $(el, '[part="calendar"]') as HTMLAnchorElement;
    expect(a.textContent).to.equal('Add to calendar');
    expect(a.getAttribute('download')).to.match(/\.ics$/);
    expect(a.protocol).to.equal('blob:');
    const res = await fetch(a.href);
    const ics = await res.text();
    expect(res.headers.get('content-type')).to.include('text/calendar');
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(ics).to.include('DTSTART:20261203T080000Z\r\nDTEND:20261205T080000Z');
    expect(ics).to.include('SUMMARY:Strike\\, round\\; two (1/2)');
    expect(ics).to.include('URL:https://example.org/');
    await expect(el).to.be.accessible();
    el.remove();
    // The blob URL is revoked on disconnect.
    let failed = false;
    await fetch(a.href).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('attribute changes after the first render take effect', async () => {
    const el = await make('start="2026-12-03T08:00" now="2026-12-03T07:00"');
    expect(part(el, 'hours')).to.equal('1');
    el.setAttribute('timezone', 'America/New_York');
    await flush(el);
    // 08:00 in New York is 13:00Z; now is 07:00 New York time.
    expect(part(el, 'hours')).to.equal('1');
    expect(part(el, 'dates')).to.equal('Thursday 3 December at 08:00 GMT-5');
    el.setAttribute('start', '2026-12-03T10:00');
    await flush(el);
    expect(part(el, 'hours')).to.equal('3');
  });

  it('fits a 320 px wide screen at 200% text size', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await make(
        'style="--strike-font-size: 200%" label="Junior doctors\' strike" start="2026-12-03T08:00" end="P2D" href="/x" action-text="Find your picket line" calendar now="2026-11-30T06:58:30"',
      );
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(el.getBoundingClientRect().width + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<strike-countdown> bad input: error view and phase "error"', () => {
  const cases: [string, string, string][] = [
    ['unparseable start', 'start="next Thursday"', 'start'],
    ['end before start', 'start="2026-12-03T08:00" end="2026-12-02T08:00"', 'end'],
    ['zero duration', 'start="2026-12-03T08:00" end="PT0H"', 'end'],
    ['negative duration', 'start="2026-12-03T08:00" end="-P2D"', 'end'],
    ['overlapping periods', 'periods="2026-12-03T08:00/P2D 2026-12-04T08:00/P2D"', 'periods'],
    ['unordered periods', 'periods="2026-12-17T08:00/P2D 2026-12-03T08:00/P2D"', 'periods'],
    ['unknown time zone', 'start="2026-12-03T08:00" timezone="Europe/Cardiff"', 'timezone'],
    ['no start attribute at all', 'label="Strike"', 'start'],
  ];
  for (const [name, attrs, attribute] of cases) {
    it(name, async () => {
      let el!: StrikeCountdown;
      const errors = await captureConsole('error', async () => {
        el = await make(attrs);
      });
      expect(el.phase).to.equal('error');
      expect(el.getAttribute('phase')).to.equal('error');
      expect(part(el, 'error')).to.include(`${attribute}:`).and.include('Expected');
      expect($(el, '[role="timer"]')).to.equal(null);
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('the error stays through updates that change nothing (a tick, the address, the page shown again)', async () => {
    let el!: StrikeCountdown;
    const errors = await captureConsole('error', async () => {
      el = await make('start="next Thursday"');
      el.requestUpdate();
      await el.updateComplete;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
    });
    expect(part(el, 'error')).to.include('start:');
    expect(el.phase).to.equal('error');
    expect(errors, 'logged once').to.have.length(1);
  });

  it('recovers when the attribute is fixed, and tells the page', async () => {
    const el = await captureConsole('error', () => make('start="soon"')).then(
      () => document.querySelector('strike-countdown') as StrikeCountdown,
    );
    setTimeout(() => el.setAttribute('start', '2099-01-01'));
    const ev = await oneEvent(el, 'strike-countdown-phase');
    expect(ev.detail).to.deep.equal({ phase: 'before', periodIndex: 0 });
  });
});

describe('<strike-countdown> live, with fake timers', () => {
  let clock: sinon.SinonFakeTimers;
  const cleanups: (() => void)[] = [];
  // The test runner may run this page in a background tab: the tests decide what is visible.
  beforeEach(() => setHidden(false));
  afterEach(() => {
    cleanups.splice(0).forEach((f) => f());
    clock?.restore();
    delete (document as { visibilityState?: string }).visibilityState;
  });
  const fake = (iso: string) =>
    (clock = sinon.useFakeTimers({
      now: Date.parse(iso),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldClearNativeTimers: true,
    }));

  it('ticks every second from the clock, and crosses the start: event, phase attribute, one polite announcement', async () => {
    fake('2026-12-03T07:59:58Z');
    const el = await make('start="2026-12-03T08:00" end="PT1H"');
    const events: CustomEvent[] = [];
    // Listened for on the document: the event bubbles out of the element.
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('strike-countdown-phase', listener);
    cleanups.push(() => document.removeEventListener('strike-countdown-phase', listener));
    expect(part(el, 'seconds')).to.equal('2');
    expect(clock.countTimers()).to.equal(1);
    clock.tick(1000);
    await flush(el);
    expect(part(el, 'seconds')).to.equal('1');
    expect(live(el).textContent!.trim()).to.equal('');
    clock.tick(1000);
    await flush(el);
    expect(el.phase).to.equal('during');
    expect(el.getAttribute('phase')).to.equal('during');
    expect(part(el, 'minutes')).to.equal('0');
    expect(text(el, '[role="timer"]')).to.equal('1 hour 0 minutes 0 seconds');
    expect(events.map((e) => [e.detail, e.bubbles, e.composed])).to.deep.equal([
      [{ phase: 'during', periodIndex: 0 }, true, true],
    ]);
    const said = live(el).textContent!.trim();
    expect(said).to.equal(
      'The strike is on. It ends on Thursday 3 December at 09:00 GMT, in 1 hour.',
    );
    clock.tick(5000);
    await flush(el);
    expect(live(el).textContent!.trim()).to.equal(said);
    expect(events).to.have.length(1);
    expect(part(el, 'minutes')).to.equal('59');
    // Said, then cleared: a visitor reading line by line later hears the sentence once.
    clock.tick(5000);
    await flush(el);
    expect(live(el).textContent!.trim()).to.equal('');
    expect(sentence(el)).to.equal(
      'The strike is on. It ends on Thursday 3 December at 09:00 GMT, in 59 minutes.',
    );
  });

  it('a tick writes only the text that changed', async () => {
    fake('2026-12-01T07:00:30Z');
    const el = await make('label="Strike" start="2026-12-03T08:00" end="P2D"');
    const seconds = $(el, '[part="seconds"]')!;
    const changed: Node[] = [];
    const mo = new MutationObserver((records) => records.forEach((r) => changed.push(r.target)));
    mo.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    clock.tick(1000);
    await flush(el);
    await Promise.resolve();
    mo.disconnect();
    expect(part(el, 'seconds')).to.equal('29');
    expect(changed.length).to.be.greaterThan(0);
    // Only inside the seconds box (its number and, when it changes, its unit name).
    expect(changed.every((n) => seconds.parentElement!.contains(n))).to.equal(true);
    expect($(el, '[part="seconds"]')).to.equal(seconds);
  });

  it('a boundary passed while the page was hidden: no timer meanwhile, event and fresh values on return', async () => {
    fake('2026-12-03T07:00:00Z');
    const el = await make('start="2026-12-03T08:00" end="PT1H"');
    expect(clock.countTimers()).to.equal(1);
    setHidden(true);
    await flush(el);
    expect(clock.countTimers()).to.equal(0);
    clock.tick(90 * 60e3); // the laptop sleeps through the start
    await flush(el);
    expect(el.getAttribute('phase')).to.equal('before');
    const events: CustomEvent[] = [];
    el.addEventListener('strike-countdown-phase', (e) => events.push(e));
    setHidden(false);
    await flush(el);
    expect(events.map((e) => e.detail)).to.deep.equal([{ phase: 'during', periodIndex: 0 }]);
    await flush(el);
    expect(text(el, '[role="timer"]')).to.equal('0 hours 30 minutes 0 seconds');
    expect(clock.countTimers()).to.equal(1);
  });

  it('fifty countdowns on a page share one timer; none is left after they are removed', async () => {
    fake('2026-12-03T07:00:00.400Z');
    const spy = sinon.spy(globalThis, 'setTimeout');
    try {
      const wrap = fixtureSync(
        `<div>${Array.from({ length: 50 }, (_, i) => `<strike-countdown start="2026-12-0${(i % 5) + 3}T08:00" ${i % 2 ? 'precision="minutes"' : ''}></strike-countdown>`).join('')}</div>`,
      );
      const els = [...wrap.children] as StrikeCountdown[];
      await Promise.all(els.map(flush));
      await flush(els[0]);
      expect(clock.countTimers()).to.equal(1);
      expect(part(els[0], 'seconds')).to.equal('0');
      expect(part(els[0], 'hours')).to.equal('1');
      const armed = spy.getCalls().filter((c) => c.args[1] === 600);
      expect(armed.length).to.be.at.least(1);
      clock.tick(600);
      await flush(els[0]);
      expect(clock.countTimers()).to.equal(1);
      expect(part(els[0], 'seconds')).to.equal('59');
      expect(part(els[2], 'seconds')).to.equal('59');
      wrap.remove();
      await flush(els[0]);
      await Promise.resolve();
      expect(clock.countTimers()).to.equal(0);
    } finally {
      spy.restore();
    }
  });

  it('fifty countdowns add one listener each to the window and the document; none is left after they are removed', async () => {
    /** The listeners added to `target` and not removed, by event type. */
    const track = (target: EventTarget) => {
      const live = new Map<string, Set<unknown>>();
      const add = sinon.stub(target, 'addEventListener').callsFake(function (
        this: EventTarget,
        type,
        listener,
        options,
      ) {
        if (!live.has(type)) live.set(type, new Set());
        live.get(type)!.add(listener);
        return add.wrappedMethod.call(this, type, listener, options);
      });
      const remove = sinon.stub(target, 'removeEventListener').callsFake(function (
        this: EventTarget,
        type,
        listener,
        options,
      ) {
        live.get(type)?.delete(listener);
        return remove.wrappedMethod.call(this, type, listener, options);
      });
      return {
        count: (type: string) => live.get(type)?.size ?? 0,
        restore: () => (add.restore(), remove.restore()),
      };
    };
    const onWindow = track(window);
    const onDocument = track(document);
    try {
      const wrap = fixtureSync(
        `<div>${Array.from({ length: 50 }, () => '<strike-countdown start="2030-12-03T08:00"></strike-countdown>').join('')}</div>`,
      );
      const els = [...wrap.children] as StrikeCountdown[];
      await Promise.all(els.map(flush));
      expect(onWindow.count('hashchange'), 'hashchange listeners').to.equal(1);
      expect(onDocument.count('visibilitychange'), 'visibilitychange listeners').to.be.at.most(2);
      wrap.remove();
      await Promise.resolve();
      expect(onWindow.count('hashchange')).to.equal(0);
      expect(onDocument.count('visibilitychange')).to.equal(0);
    } finally {
      onWindow.restore();
      onDocument.restore();
    }
  });

  it('now freezes: no timer at all', async () => {
    fake('2026-12-03T07:00:00Z');
    const el = await make('start="2026-12-03T08:00" now="2026-12-03T07:59:00"');
    await flush(el);
    expect(clock.countTimers()).to.equal(0);
    clock.tick(120e3);
    await flush(el);
    expect(part(el, 'minutes')).to.equal('1');
    expect(el.phase).to.equal('before');
  });

  it('#strike-preview=<date-time> previews every countdown, frozen, with a visible marker; hashchange too', async () => {
    fake('2026-12-01T07:00:00Z');
    const wrap = fixtureSync(
      html`<div>
        <strike-countdown start="2026-12-03T08:00" end="P2D"></strike-countdown>
        <strike-countdown start="2026-12-05T08:00" now="2026-12-01T08:00"></strike-countdown>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('strike-countdown')] as StrikeCountdown[];
    await flush(a);
    expect($(a, '[part="preview"]')).to.equal(null);
    try {
      // As if the address changed (no real navigation, so nothing waits on the browser).
      history.replaceState(null, '', '#strike-preview=2026-12-04T10:00');
      dispatchEvent(new HashChangeEvent('hashchange'));
      await flush(a);
      await flush(b);
      expect(a.phase).to.equal('during');
      expect(b.phase).to.equal('before');
      expect(part(a, 'preview')).to.equal('Preview: as at Friday 4 December at 10:00 GMT');
      expect($(a, '[part="preview"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(part(b, 'preview')).to.include('Preview');
      // Frozen: the only timer clears the announcement of the previewed phase, then none.
      expect(live(a).textContent!.trim()).to.include('The strike is on');
      expect(clock.countTimers()).to.equal(1);
      clock.tick(10_000);
      await flush(a);
      expect(live(a).textContent!.trim()).to.equal('');
      expect(clock.countTimers()).to.equal(0);
      clock.restore(); // axe needs real timers
      await expect(a).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      dispatchEvent(new HashChangeEvent('hashchange'));
    }
    await flush(a);
    expect($(a, '[part="preview"]')).to.equal(null);
    expect(a.phase).to.equal('before');
  });
});

describe('<strike-countdown> issue 10: a light shadow DOM, controllers', () => {
  it('issue 10: the common before phase renders at most 12 elements, keeping every part and the timer', async () => {
    const el = await make(
      'label="Strike" start="2026-12-03T08:00" end="P2D" now="2026-11-30T06:58:30"',
    );
    const elements = el.shadowRoot!.querySelectorAll('*').length;
    expect(elements).to.be.at.most(12);
    for (const name of ['label', 'status', 'days', 'hours', 'minutes', 'seconds', 'dates'])
      expect($(el, `[part~="${name}"]`), name).to.not.equal(null);
    expect($(el, '[role="timer"]')).to.not.equal(null);
    expect(sentence(el)).to.include('The strike starts on');
    expect(live(el)).to.not.equal(null);
  });

  it('issue 12: a countdown a script adds is laid out from its first render; far off screen, it may be skipped, and reads the same', async () => {
    const wrap = fixtureSync(
      `<div><strike-countdown label="Near" start="2026-12-03T08:00" now="2026-11-30T06:58:30"></strike-countdown>
        <div style="height: 500vh"></div>
        <strike-countdown label="Far" start="2026-12-03T08:00" end="P2D" now="2026-11-30T06:58:30"></strike-countdown></div>`,
    );
    const [near, far] = wrap.querySelectorAll('strike-countdown') as NodeListOf<StrikeCountdown>;
    await flush(near);
    await flush(far);
    // Measured at once, the one on screen has its own height, not the skipped one's estimate.
    expect(near.matches(':state(skippable)'), 'on screen, first render').to.equal(false);
    expect(getComputedStyle(near).contentVisibility).to.equal('visible');
    expect(text(near, '[part~="base"]')).to.include('Near');
    // Once the page's observer has seen it far from the screen, the browser may skip it.
    await waitUntil(() => far.matches(':state(skippable)'), 'the far countdown becomes skippable');
    expect(getComputedStyle(far).contentVisibility).to.equal('auto');
    expect(near.matches(':state(skippable)')).to.equal(false);
    // Skipped or not, the content is there for screen readers and find-in-page.
    expect(sentence(far)).to.include('The strike starts on');
    expect(part(far, 'days')).to.equal('3');
  });

  it('issue 10: a removed countdown holds no timer and no hashchange listener', async () => {
    const clock = sinon.useFakeTimers({
      now: Date.parse('2026-12-03T07:00:00Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      shouldClearNativeTimers: true,
    });
    try {
      setHidden(false);
      const el = await make('start="2026-12-03T08:00"');
      expect(clock.countTimers()).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      await Promise.resolve();
      await Promise.resolve();
      expect(clock.countTimers()).to.equal(0);
      // Reconnected, it ticks again and reads the address again.
      parent.append(el);
      await flush(el);
      expect(clock.countTimers()).to.equal(1);
      el.remove();
    } finally {
      clock.restore();
      delete (document as { visibilityState?: string }).visibilityState;
    }
  });
});

describe('<strike-countdown> issue 13: values a developer will set', () => {
  /** Sets `values` as properties on a fresh countdown; returns it and the console errors. */
  async function withProperties(values: Record<string, unknown>) {
    const el = await make('start="2026-12-03T08:00" now="2026-12-01T08:00"');
    const errors = await captureConsole('error', async () => {
      Object.assign(el, values);
      await flush(el);
    });
    return { el, errors };
  }

  it('issue 13.8: accepts a Date for start, end and now', async () => {
    const { el, errors } = await withProperties({
      start: new Date('2026-12-03T08:00:00Z'),
      end: new Date('2026-12-05T08:00:00Z'),
      now: new Date('2026-12-04T08:00:00Z'),
    });
    expect(errors).to.have.length(0);
    expect(el.phase).to.equal('during');
    expect(el.remaining).to.equal(24 * 3600e3);
    expect(part(el, 'dates')).to.equal(
      'Thursday 3 December at 08:00 GMT – Saturday 5 December at 08:00 GMT',
    );
  });

  it('issue 13.8: accepts a number (ms since 1970) for start, end and now', async () => {
    const { el, errors } = await withProperties({
      start: Date.parse('2026-12-03T08:00:00Z'),
      end: Date.parse('2026-12-03T10:00:00Z'),
      now: Date.parse('2026-12-03T07:00:00Z'),
    });
    expect(errors).to.have.length(0);
    expect(el.phase).to.equal('before');
    expect(el.remaining).to.equal(3600e3);
  });

  const wrongValues: [string, string, unknown][] = [
    ['start', 'an invalid Date', new Date('soon')],
    ['start', 'an object', {}],
    ['end', 'a Symbol', Symbol('end')],
    ['now', 'an array', ['2026-12-03']],
    ['start', 'NaN', NaN],
    ['periods', 'a number', 3],
    ['timezone', 'an object', { zone: 'Europe/London' }],
    ['precision', 'a Symbol', Symbol('seconds')],
    ['href', 'a number', 42],
  ];
  for (const [property, kind, value] of wrongValues) {
    it(`issue 13.8: ${kind} for ${property} is an error naming ${property}`, async () => {
      const { el, errors } = await withProperties({ [property]: value });
      expect(el.phase).to.equal('error');
      expect(part(el, 'error')).to.include(`${property}:`);
      expect(errors).to.have.length(1);
    });
  }

  it('issue 13.8: a URL for href is accepted', async () => {
    const { el, errors } = await withProperties({ href: new URL('https://example.org/picket') });
    expect(errors).to.have.length(0);
    expect(($(el, '[part="action"]') as HTMLAnchorElement).href).to.equal(
      'https://example.org/picket',
    );
  });

  const exoticLabels: [string, () => unknown][] = [
    ['Symbol()', () => Symbol('label')],
    ['Object.create(null)', () => Object.create(null)],
    [
      'an object whose toString throws',
      () => ({
        toString() {
          throw new Error('no');
        },
      }),
    ],
  ];
  for (const [name, makeValue] of exoticLabels) {
    it(`issue 13.9: label = ${name} throws nothing and names label`, async () => {
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.error);
      window.addEventListener('error', onError);
      try {
        const { el, errors } = await withProperties({ label: makeValue() });
        expect(el.phase).to.equal('error');
        expect(part(el, 'error')).to.include('label:');
        expect(errors).to.have.length(1);
        el.label = 'Strike';
        await flush(el);
        expect(el.phase).to.equal('before');
        expect(part(el, 'label')).to.equal('Strike');
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(uncaught).to.deep.equal([]);
    });
  }

  const farEnds: [string, string, string][] = [
    ['end="P99999999D"', 'start="2026-12-03T08:00" end="P99999999D"', 'end'],
    ['end="PT9999999999999H"', 'start="2026-12-03T08:00" end="PT9999999999999H"', 'end'],
    ['a period of P99999999D', 'periods="2026-12-03T08:00/P99999999D"', 'periods'],
  ];
  for (const [name, attrs, attribute] of farEnds) {
    it(`issue 13.10: ${name} names ${attribute}, not "configuration"`, async () => {
      let el!: StrikeCountdown;
      const errors = await captureConsole('error', async () => {
        el = await make(attrs);
      });
      expect(el.phase).to.equal('error');
      expect(part(el, 'error')).to.include(`${attribute}:`).and.not.include('Invalid time value');
      expect(errors).to.have.length(1);
    });
  }

  it('issue 13.10: a start Date past the year 9999 names start', async () => {
    const { el, errors } = await withProperties({ start: new Date(8.64e15) });
    expect(part(el, 'error')).to.include('start:');
    expect(errors).to.have.length(1);
  });

  it('issue 13.6: a page that patches Date.prototype.toJSON still gets its dates', async () => {
    const { toJSON, toISOString } = Date.prototype;
    // A common "local time" patch, and a worse one.
    Date.prototype.toJSON = function () {
      return this.toLocaleString();
    };
    Date.prototype.toISOString = () => 'patched';
    try {
      const el = await make('start="2026-12-03T08:00" end="P2D" now="2026-12-02T08:00"');
      expect(el.phase).to.equal('before');
      expect(el.remaining).to.equal(24 * 3600e3);
    } finally {
      Date.prototype.toJSON = toJSON;
      Date.prototype.toISOString = toISOString;
    }
  });
});

describe('<strike-countdown> issue 11.5: the call to action after the strike', () => {
  const strike =
    'start="2026-12-03T08:00" end="P2D" href="/picket" action-text="Find your picket line"';

  it('issue 11.5: after the last round the call to action (href) is no longer offered', async () => {
    const el = await make(`${strike} now="2026-12-06T08:00"`);
    expect(el.phase).to.equal('after');
    expect($(el, '[part="action"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it("issue 11.5: after-href offers the page author's own link after the strike only", async () => {
    const el = await make(
      `${strike} after-href="/what-next" after-action-text="What happens next" now="2026-12-02T08:00"`,
    );
    const action = () => $(el, '[part="action"]') as HTMLAnchorElement | null;
    expect(action()!.textContent).to.equal('Find your picket line');
    expect(action()!.href).to.equal(new URL('/picket', location.href).href);
    el.now = '2026-12-06T08:00';
    await flush(el);
    expect(action()!.textContent).to.equal('What happens next');
    expect(action()!.href).to.equal(new URL('/what-next', location.href).href);
    await expect(el).to.be.accessible();
  });

  it('issue 11.5: an unsafe after-href is an error naming after-href', async () => {
    let el!: StrikeCountdown;
    const errors = await captureConsole('error', async () => {
      el = await make(`${strike} after-href="javascript:alert(1)" now="2026-12-02T08:00"`);
    });
    expect(part(el, 'error')).to.include('after-href:');
    expect(errors).to.have.length(1);
  });
});
