import './helpers.js';
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { ConfigError } from '../src/core/errors.js';
import { feedCount } from '../src/core/poller.js';
import '../src/petition-counter/define.js';
import { PetitionCounter } from '../src/petition-counter/petition-counter.js';
import { captureConsole, container, crossOrigin, resetVisibility, setHidden } from './helpers.js';
import { newKey, requests, scenario, sleep, waitFor } from './mock.js';

const M = `${crossOrigin}/mock/petitions`;

const $ = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`);
/** What a reader sees in a part (visible text, whitespace collapsed). */
const text = (el: Element, part: string) =>
  ($(el, part)?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The count as a screen reader gets it. */
const spoken = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="count"] .sr-only')?.textContent?.trim();
/** The count as shown, rolling digits included. */
const shown = (el: Element) =>
  el
    .shadowRoot!.querySelector('[part~="count"] [aria-hidden="true"]')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
const live = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function counter(template: ReturnType<typeof html>) {
  const el = await fixture<PetitionCounter>(template);
  await waitFor(() => el.value !== null || el.error, 5000, 'the first count');
  await el.updateComplete;
  return el;
}

/** Hides or shows the page, as switching tabs does. */
// The test runner opens test files side by side in tabs of one browser, and a background tab is
// really hidden, where the counter rightly requests nothing. Tests stand in the visible page
// unless they hide it themselves.
before(() => setHidden(false));
after(resetVisibility);
const restoreVisibility = () => setHidden(false);

describe('<petition-counter> UK Parliament petitions', () => {
  it('below 10,000: title, count, progress to 10,000, closing date, link to sign', async () => {
    const el = await counter(html`<petition-counter petition="${M}/700001"></petition-counter>`);
    expect(text(el, 'label')).to.equal(
      'Fund the NHS properly and give junior doctors a fair contract',
    );
    expect(spoken(el)).to.equal('4,321 signatures');
    expect(shown(el)).to.equal('4,321 signatures');
    const progress = $(el, 'progress') as HTMLProgressElement;
    expect(progress.tagName).to.equal('PROGRESS');
    expect(progress.getAttribute('aria-label')).to.equal('Progress towards 10,000 signatures');
    expect(progress.max).to.equal(10_000);
    expect(progress.value).to.equal(4_321);
    expect(text(el, 'goal')).to.equal('Next milestone: 10,000 signatures');
    expect(text(el, 'status')).to.equal('Closes on 20 May 2027');
    const a = $(el, 'action') as HTMLAnchorElement;
    expect(a.href).to.equal(`${M}/700001`);
    expect(a.textContent).to.equal('Sign the petition');
    expect(el.value).to.equal(4_321);
    expect(el.goal).to.equal(10_000);
    expect(el.state).to.equal('open');
    expect(el.updatedAt).to.be.instanceOf(Date);
    expect(el.error).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('between 10,000 and 100,000: the next milestone is 100,000', async () => {
    const el = await counter(html`<petition-counter petition="${M}/700002"></petition-counter>`);
    expect(spoken(el)).to.equal('54,210 signatures');
    expect(text(el, 'goal')).to.equal('Next milestone: 100,000 signatures');
    expect(el.goal).to.equal(100_000);
    await expect(el).to.be.accessible();
  });

  it('debated, with a government response: the status lines, and 250,000 next', async () => {
    const el = await counter(html`<petition-counter petition="${M}/700003"></petition-counter>`);
    const items = [...$(el, 'status')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal([
      'Closes on 20 May 2027',
      'Government responded on 25 November 2026',
      'Debated in Parliament',
    ]);
    expect(el.goal).to.equal(250_000);
    await expect(el).to.be.accessible();
  });

  it('a debate scheduled', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 120_000, scheduled_debate_date: '2027-01-18' });
    const el = await counter(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    expect(text(el, 'status')).to.include('Debate scheduled for 18 January 2027');
  });

  it('closed: says so, and reads it once, never polling count.json', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 23_456, state: 'closed', cache: 'no-store' });
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    });
    let el: PetitionCounter;
    try {
      el = await fixture<PetitionCounter>(
        html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
      );
      await clock.tickAsync(0);
      await waitFor(() => el.value !== null);
      await clock.tickAsync(3_600_000);
      await sleep(150);
    } finally {
      clock.restore();
    }
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('This petition is closed');
    expect(el.state).to.equal('closed');
    expect(spoken(el)).to.equal('23,456 signatures');
    expect(await requests(`/k/${key}/petitions/1.json`)).to.equal(1);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('rejected: says so, and the fixture petition too', async () => {
    const el = await counter(html`<petition-counter petition="${M}/700005"></petition-counter>`);
    expect(text(el, 'status')).to.equal('This petition was rejected');
    expect(el.state).to.equal('rejected');
    expect(spoken(el)).to.equal('12 signatures');
    await expect(el).to.be.accessible();
  });

  it('archived: follows the redirect to /archived/petitions/N.json and reads it once', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 31_870, state: 'closed', archived: 1 });
    const el = await counter(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    expect(spoken(el)).to.equal('31,870 signatures');
    expect(text(el, 'status')).to.equal('This petition is closed');
    await sleep(200);
    expect(await requests(`/k/${key}/archived/petitions/1.json`)).to.equal(1);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(0);
    const fixture700006 = await counter(
      html`<petition-counter petition="${M}/700006"></petition-counter>`,
    );
    expect(spoken(fixture700006)).to.equal('31,870 signatures');
    expect(fixture700006.state).to.equal('closed');
  });

  it('accepts the URL with a query, fragment, trailing slash or .json', async () => {
    const el = await counter(
      html`<petition-counter petition="${M}/700002.json?utm_source=blog#sign"></petition-counter>`,
    );
    expect(spoken(el)).to.equal('54,210 signatures');
    expect(($(el, 'action') as HTMLAnchorElement).href).to.equal(`${M}/700002`);
  });

  it('label, href and action-text replace the defaults; href is sanitised', async () => {
    const el = await counter(
      html`<petition-counter
        petition="${M}/700002"
        label="Back the junior doctors"
        href="https://union.example/sign?ref=blog"
        action-text="Add your name"
      ></petition-counter>`,
    );
    expect(text(el, 'label')).to.equal('Back the junior doctors');
    const a = $(el, 'action') as HTMLAnchorElement;
    expect(a.getAttribute('href')).to.equal('https://union.example/sign?ref=blog');
    expect(a.textContent).to.equal('Add your name');
    let bad!: PetitionCounter;
    await captureConsole('error', async () => {
      bad = await fixture(
        html`<petition-counter count="5" href="javascript:alert(1)"></petition-counter>`,
      );
    });
    expect($(bad, 'action')).to.equal(null);
    expect(text(bad, 'error')).to.include('href');
  });

  it('a goal set before the tag is defined is the target once it is, not a value hiding the setter', async () => {
    const tag = `late-counter-${Math.random().toString(36).slice(2, 8)}`;
    const el = document.createElement(tag) as PetitionCounter;
    el.setAttribute('count', '1500');
    (el as unknown as { goal: unknown }).goal = 2000;
    container().append(el);
    (class extends PetitionCounter {}).define(tag);
    await el.updateComplete;
    expect(Object.hasOwn(el, 'goal'), 'no own goal hiding the setter').to.equal(false);
    expect(el.goal).to.equal(2000);
    expect(text(el, 'goal')).to.include('2,000');
    el.goal = 3000;
    await el.updateComplete;
    expect(text(el, 'goal')).to.include('3,000');
  });

  it('speaks Welsh: numbers, status lines with Welsh month names, the link', async () => {
    const el = await counter(
      html`<petition-counter lang="cy" petition="${M}/700003"></petition-counter>`,
    );
    expect(spoken(el)).to.equal('187,345 llofnod');
    expect(text(el, 'goal')).to.equal('Carreg filltir nesaf: 250,000 llofnod');
    expect(text(el, 'status'))
      .to.include('Yn cau ar 20 Mai 2027')
      .and.include('Ymatebodd y Llywodraeth ar 25 Tachwedd 2026');
    expect(text(el, 'action')).to.equal('Llofnodwch y ddeiseb');
    expect(($(el, 'progress') as HTMLElement).getAttribute('aria-label')).to.equal(
      'Cynnydd tuag at 250,000 llofnod',
    );
    await expect(el).to.be.accessible();
  });

  it('compact notation shows 220K; screen readers get the whole number', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 219_672 });
    const el = await counter(
      html`<petition-counter notation="compact" petition="${base}/petitions/1"></petition-counter>`,
    );
    // Intl's own compact form for the language (en-GB: "220K" or "220k" depending on its data).
    expect(shown(el)).to.match(/^220K signatures$/i);
    expect(spoken(el)).to.equal('219,672 signatures');
    expect(text(el, 'goal')).to.match(/^Next milestone: 250K signatures$/i);
  });
});

describe('<petition-counter> other sources', () => {
  it('any JSON with count-path (dots)', async () => {
    const body = encodeURIComponent('{"data":{"attributes":{"signature_count":"1234"}}}');
    const el = await counter(
      html`<petition-counter
        src="${crossOrigin}/mock/json?body=${body}"
        count-path="data.attributes.signature_count"
        href="https://union.example/sign"
      ></petition-counter>`,
    );
    expect(spoken(el)).to.equal('1,234 signatures');
    expect(el.goal).to.equal(2_500);
    expect(text(el, 'goal')).to.equal('Next milestone: 2,500 signatures');
    expect($(el, 'status')).to.equal(null);
    expect(el.state).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('any JSON with count-path ([n] indexes)', async () => {
    const body = encodeURIComponent('[{"count": 87}]');
    const el = await counter(
      html`<petition-counter
        src="${crossOrigin}/mock/json?body=${body}"
        count-path="[0].count"
      ></petition-counter>`,
    );
    expect(spoken(el)).to.equal('87 signatures');
    expect(el.goal).to.equal(100);
    expect($(el, 'action')).to.equal(null);
  });

  it('a fixed count makes no request at all', async () => {
    const spy = sinon.spy(window, 'fetch');
    try {
      const el = await fixture<PetitionCounter>(
        html`<petition-counter count="1,500" goal="2000" href="/sign"></petition-counter>`,
      );
      await sleep(100);
      expect(spoken(el)).to.equal('1,500 signatures');
      expect(text(el, 'goal')).to.equal('Goal: 2,000 signatures');
      expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(1_500);
      expect(spy.callCount).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('the goal caps the bar and stays the goal once passed', async () => {
    const el = await fixture<PetitionCounter>(
      html`<petition-counter count="2500" goal="2000"></petition-counter>`,
    );
    const p = $(el, 'progress') as HTMLProgressElement;
    expect(p.max).to.equal(2000);
    expect(p.value).to.equal(2000);
    expect(el.goal).to.equal(2000);
  });

  it('setting goal sets the target, as React 19 and Vue do for goal={…} (no throw, nothing lost)', async () => {
    const el = await fixture<PetitionCounter>(
      html`<petition-counter count="1,500"></petition-counter>`,
    );
    expect(text(el, 'goal')).to.equal('Next milestone: 2,500 signatures');
    // What React 19 does with a prop whose name is `in` the element (in strict mode).
    el.goal = 234_567;
    await el.updateComplete;
    expect(el.goal).to.equal(234_567);
    expect(text(el, 'goal')).to.equal('Goal: 234,567 signatures');
    expect(($(el, 'progress') as HTMLProgressElement).max).to.equal(234_567);
    el.goal = '2,000';
    await el.updateComplete;
    expect(el.goal).to.equal(2000);
    // No target: the next milestone again.
    el.goal = null;
    await el.updateComplete;
    expect(text(el, 'goal')).to.equal('Next milestone: 2,500 signatures');
    expect(el.goal).to.equal(2_500);
  });
});

describe('<petition-counter> live updates', function () {
  // A background tab (test files run side by side) throttles real timers to one a second.
  this.timeout(30_000);
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    restoreVisibility();
  });
  const fake = () =>
    (clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    }));

  it('polls count.json each interval; update and milestone events; the milestone announced once, politely', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 9_990, cache: 'no-store' });
    fake();
    const updates: unknown[] = [];
    const milestones: unknown[] = [];
    const root = fixtureSync<HTMLElement>(
      html`<div
        @petition-counter-update=${(e: CustomEvent) => updates.push(e.detail)}
        @petition-counter-milestone=${(e: CustomEvent) => milestones.push(e.detail)}
      >
        <petition-counter petition="${base}/petitions/1"></petition-counter>
        <petition-counter petition="${base}/petitions/1"></petition-counter>
      </div>`,
    );
    const [a, b] = root.querySelectorAll('petition-counter');
    await clock!.tickAsync(0);
    await waitFor(() => a.value === 9_990 && b.value === 9_990);
    expect(updates).to.deep.equal([
      { count: 9_990, previous: null },
      { count: 9_990, previous: null },
    ]);
    await scenario(key, { count: 10_010, cache: 'no-store' });
    await clock!.tickAsync(60_000);
    await waitFor(() => a.value === 10_010 && b.value === 10_010);
    expect(updates.slice(2)).to.deep.equal([
      { count: 10_010, previous: 9_990 },
      { count: 10_010, previous: 9_990 },
    ]);
    expect(milestones).to.deep.equal([{ milestone: 10_000 }, { milestone: 10_000 }]);
    await a.updateComplete;
    await b.updateComplete;
    // One announcement for the page, in a polite live region.
    expect([live(a), live(b)].filter(Boolean)).to.deep.equal(['10,000 signatures reached']);
    expect(el(a).querySelector('[role="status"]')!.getAttribute('aria-live') ?? 'polite').to.equal(
      'polite',
    );
    expect(a.goal).to.equal(100_000);
    // Said, then emptied: a visitor reading line by line later does not meet it beside the count.
    await clock!.tickAsync(10_000);
    await a.updateComplete;
    expect([live(a), live(b)].filter(Boolean)).to.deep.equal([]);
    // The same count again: no event.
    await clock!.tickAsync(60_000);
    await sleep(300);
    expect(updates).to.have.length(4);
    expect(await requests(`/k/${key}/petitions/1.json`)).to.equal(1);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(2);
  });

  it('five counters on one URL make one request per interval', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 500, cache: 'no-store' });
    fake();
    const root = fixtureSync<HTMLElement>(
      html`<div>
        ${[1, 2, 3, 4, 5].map(() => html`<petition-counter petition="${base}/petitions/1"></petition-counter>`)}
      </div>`,
    );
    const all = [...root.querySelectorAll('petition-counter')];
    await clock!.tickAsync(0);
    await waitFor(() => all.every((c) => c.value === 500));
    expect(await requests(`/k/${key}/petitions/1.json`)).to.equal(1);
    await scenario(key, { count: 600, cache: 'no-store' });
    await clock!.tickAsync(60_000);
    await waitFor(() => all.every((c) => c.value === 600));
    await clock!.tickAsync(60_000);
    await sleep(300);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(2);
    expect(await requests(`/k/${key}/petitions/1.json`)).to.equal(1);
  });

  it('never polls faster than interval allows (at least 10 s) nor the max-age', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 500, cache: 'no-store, max-age=120' });
    fake();
    const el = await fixture<PetitionCounter>(
      html`<petition-counter interval="1" petition="${base}/petitions/1"></petition-counter>`,
    );
    await clock!.tickAsync(0);
    await waitFor(() => el.value === 500);
    // The first count.json comes one interval (10 s, the floor) after the first reading …
    await clock!.tickAsync(10_000);
    await waitFor(async () => (await requests(`/k/${key}/petitions/1/count.json`)) === 1);
    // … then max-age (120 s) rules.
    await clock!.tickAsync(119_000);
    await sleep(200);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(1);
    await clock!.tickAsync(1_000);
    await waitFor(async () => (await requests(`/k/${key}/petitions/1/count.json`)) === 2);
  });

  it('after a failure the last good count stays, with the time it was read', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 4_000, cache: 'no-store' });
    fake();
    const el = await fixture<PetitionCounter>(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    await clock!.tickAsync(0);
    await waitFor(() => el.value === 4_000);
    const read = el.updatedAt!;
    await scenario(key, { count: 4_100, cache: 'no-store', status: 503 });
    const error = oneEvent(el, 'petition-counter-error');
    await clock!.tickAsync(60_000);
    const { detail } = await error;
    expect(detail.error.message).to.include('503');
    clock!.restore();
    clock = undefined;
    await el.updateComplete;
    expect(spoken(el)).to.equal('4,000 signatures');
    expect(el.value).to.equal(4_000);
    expect(el.error).to.equal(detail.error);
    expect(el.updatedAt!.getTime()).to.equal(read.getTime());
    const hhmm = read.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    expect(text(el, 'updated')).to.equal(`Updated ${hhmm}`);
    expect($(el, 'error')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('before any success: "count unavailable", and still the link to sign', async () => {
    const key = newKey();
    const base = await scenario(key, { on: '1.json', status: 503, cache: 'no-store' });
    let fired = 0;
    const el = await fixture<PetitionCounter>(
      html`<petition-counter
        petition="${base}/petitions/1"
        @petition-counter-error=${() => fired++}
      ></petition-counter>`,
    );
    await waitFor(() => el.error);
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('Count unavailable');
    expect(($(el, 'action') as HTMLAnchorElement).href).to.equal(`${base}/petitions/1`);
    expect($(el, 'progress')).to.equal(null);
    expect($(el, 'updated')).to.equal(null);
    expect(el.value).to.equal(null);
    expect(el.goal).to.equal(null);
    expect(fired).to.equal(1);
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|null/);
    await expect(el).to.be.accessible();
  });

  it('a slow source: loading at first (announced to nobody, no number), then the count', async () => {
    const key = newKey();
    const base = await scenario(key, { on: '1.json', delay: 700 });
    const el = await fixture<PetitionCounter>(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    expect(el.value).to.equal(null);
    expect(text(el, 'count')).to.equal('Loading the count');
    expect(el.shadowRoot!.textContent).not.to.match(/\d|NaN|undefined/);
    await expect(el).to.be.accessible();
    await waitFor(() => el.value === 1_000);
  });

  it('requests nothing while the page is hidden; once on return', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 700, cache: 'no-store' });
    setHidden(true);
    const el = await fixture<PetitionCounter>(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    await sleep(300);
    expect(await requests(`/k/${key}/petitions/1.json`)).to.equal(0);
    expect(el.value).to.equal(null);
    setHidden(false);
    await waitFor(() => el.value === 700);
    expect(await requests(`/k/${key}/petitions/1.json`)).to.equal(1);
  });

  it('hidden longer than the interval: no polls meanwhile, one at once on return', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 700, cache: 'no-store' });
    fake();
    const el = await fixture<PetitionCounter>(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    await clock!.tickAsync(0);
    await waitFor(() => el.value === 700);
    setHidden(true);
    await clock!.tickAsync(600_000);
    await sleep(200);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(0);
    await scenario(key, { count: 800, cache: 'no-store' });
    setHidden(false);
    await clock!.tickAsync(0);
    await waitFor(() => el.value === 800);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(1);
  });

  it('disconnecting stops polling and leaves nothing behind', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 700, cache: 'no-store' });
    const feeds = feedCount();
    fake();
    const el = await fixture<PetitionCounter>(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    await clock!.tickAsync(0);
    await waitFor(() => el.value === 700);
    expect(feedCount()).to.be.above(feeds);
    el.remove();
    expect(feedCount()).to.equal(feeds);
    expect(clock!.countTimers()).to.equal(0);
    await clock!.tickAsync(3_600_000);
    await sleep(200);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(0);
  });

  it('reconnected, it reads and polls again (the poll controller resubscribes)', async () => {
    const key = newKey();
    const base = await scenario(key, { count: 700, cache: 'no-store' });
    fake();
    const el = await fixture<PetitionCounter>(
      html`<petition-counter petition="${base}/petitions/1"></petition-counter>`,
    );
    const parent = el.parentElement!;
    await clock!.tickAsync(0);
    await waitFor(() => el.value === 700);
    el.remove();
    expect(clock!.countTimers()).to.equal(0);
    await scenario(key, { count: 800, cache: 'no-store' });
    parent.append(el);
    // The petition's JSON again at once, then count.json one interval later.
    await clock!.tickAsync(0);
    await waitFor(() => el.value === 800);
    await scenario(key, { count: 900, cache: 'no-store' });
    await clock!.tickAsync(60_000);
    await waitFor(() => el.value === 900);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.be.at.least(1);
  });

  it('rolls up to a new value; instantly under reduced motion', async () => {
    const el = await fixture<PetitionCounter>(
      html`<petition-counter count="1000"></petition-counter>`,
    );
    // Animation frames on a fake clock: a background tab runs none.
    clock = sinon.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    el.count = '2000';
    await el.updateComplete;
    expect(spoken(el)).to.equal('2,000 signatures');
    expect(shown(el)).to.equal('1,000 signatures');
    clock.tick(16);
    clock.tick(400);
    await el.updateComplete;
    const during = Number(shown(el)!.replace(/\D/g, ''));
    expect(during).to.be.above(1000).and.below(2000);
    expect(spoken(el)).to.equal('2,000 signatures');
    clock.tick(700);
    await el.updateComplete;
    expect(shown(el)).to.equal('2,000 signatures');

    document.documentElement.setAttribute('data-strike-reduced-motion', '');
    try {
      el.count = '3000';
      await el.updateComplete;
      expect(shown(el)).to.equal('3,000 signatures');
    } finally {
      document.documentElement.removeAttribute('data-strike-reduced-motion');
    }
  });

  it('the rolling digits are hidden from screen readers, which get the plain number', async () => {
    const el = await fixture<PetitionCounter>(
      html`<petition-counter count="219672"></petition-counter>`,
    );
    const count = $(el, 'count')!;
    const hidden = count.querySelector('[aria-hidden="true"]')!;
    expect(hidden.textContent).to.include('219,672');
    // Everything else in the count is the plain number, once.
    const exposed = [...count.childNodes]
      .filter((n) => n !== hidden)
      .map((n) => n.textContent!.trim())
      .join('');
    expect(exposed).to.equal('219,672 signatures');
  });
});

describe('<petition-counter> bad input: the error view', function () {
  // A background tab (test files run side by side) throttles real timers to one a second.
  this.timeout(30_000);
  async function broken(template: ReturnType<typeof html>) {
    let el!: PetitionCounter;
    let events = 0;
    const onError = () => events++;
    document.addEventListener('petition-counter-error', onError);
    const logged = await captureConsole('error', async () => {
      el = await fixture<PetitionCounter>(template);
      await waitFor(() => $(el, 'error'), 5000, 'the error view');
    });
    document.removeEventListener('petition-counter-error', onError);
    expect(logged).to.have.length(1);
    expect(events).to.equal(1);
    expect(el.error).to.be.instanceOf(Error);
    expect(el.value).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
    return { el, message: text(el, 'error') };
  }

  it('neither petition, src nor count', async () => {
    const { el, message } = await broken(html`<petition-counter></petition-counter>`);
    expect(message)
      .to.include('petition')
      .and.include('missing')
      .and.include('src')
      .and.include('count');
    await expect(el).to.be.accessible();
  });

  it('more than one source', async () => {
    const { message } = await broken(
      html`<petition-counter petition="700123" count="5"></petition-counter>`,
    );
    expect(message).to.include('petition and count');
  });

  it('a petition that is neither a number nor a URL', async () => {
    const { message } = await broken(
      html`<petition-counter petition="Fund the NHS"></petition-counter>`,
    );
    expect(message).to.include('petition').and.include('Fund the NHS').and.include('number or URL');
  });

  it('a count-path that finds nothing', async () => {
    const body = encodeURIComponent('{"data":{"total":5}}');
    const { message } = await broken(
      html`<petition-counter
        src="${crossOrigin}/mock/json?body=${body}"
        count-path="data.count"
      ></petition-counter>`,
    );
    expect(message).to.include('count-path').and.include('nothing at data.count');
  });

  it('a negative count', async () => {
    const { message } = await broken(html`<petition-counter count="-5"></petition-counter>`);
    expect(message).to.include('count').and.include('-5');
  });

  it('a count that is not a number (fixed, and in the JSON)', async () => {
    const { message } = await broken(html`<petition-counter count="lots"></petition-counter>`);
    expect(message).to.include('count').and.include('lots');
    const body = encodeURIComponent('{"total":"12abc"}');
    const { message: fromJson } = await broken(
      html`<petition-counter
        src="${crossOrigin}/mock/json?body=${body}"
        count-path="total"
      ></petition-counter>`,
    );
    expect(fromJson).to.include('count-path').and.include('12abc');
  });

  it('issue 11.4: a petition that answers 404 was not found (naming petition), the fallback kept', async () => {
    const { message, el } = await broken(
      html`<petition-counter petition="${M}/999999"
        ><p><a href="https://example.org/sign">Sign it</a></p></petition-counter
      >`,
    );
    expect(message).to.include('petition: petition 999999 was not found');
    expect(message, 'names the URL that failed').to.include('/999999.json answered HTTP 404');
    expect(message).not.to.include('unavailable');
    expect(el.error).to.be.instanceOf(ConfigError);
    expect((el.error as ConfigError).attribute).to.equal('petition');
    expect($(el, 'count')).to.equal(null);
    expect($(el, 'action'), 'no link to sign the typo').to.equal(null);
    const slot = el.shadowRoot!.querySelector('slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Sign it']);
  });

  it('issue 11.4: a typo in the petition URL (/petitons/) is "not found", not an outage', async () => {
    const { message } = await broken(
      html`<petition-counter petition="${crossOrigin}/mock/petitons/700123"></petition-counter>`,
    );
    expect(message).to.include('petition 700123 was not found').and.include('/petitons/700123');
  });

  it('issue 13.2: JSON that does not parse is a failure that passes, not the error view', async () => {
    const key = newKey();
    const base = await scenario(key, { on: '1.json', malformed: 1 });
    const errors: Error[] = [];
    const el = await fixture<PetitionCounter>(
      html`<petition-counter
        petition="${base}/petitions/1"
        @petition-counter-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></petition-counter>`,
    );
    await waitFor(() => el.error, 5000, 'the failure');
    await el.updateComplete;
    expect($(el, 'error')).to.equal(null);
    expect(text(el, 'count')).to.equal('Count unavailable');
    expect(($(el, 'action') as HTMLAnchorElement).href).to.equal(`${base}/petitions/1`);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.include('/petitions/1.json is not JSON');
    expect(errors[0].message, "not the parser's own words").not.to.match(/token|JSON\.parse/);
  });

  it('a goal that is not a positive number', async () => {
    for (const goal of ['0', '-100', 'lots', '']) {
      const { message } = await broken(
        html`<petition-counter count="5" goal=${goal}></petition-counter>`,
      );
      expect(message).to.include('goal').and.include('positive number');
    }
    for (const goal of ['2000.5', '0.0001']) {
      const { message } = await broken(
        html`<petition-counter count="5" goal=${goal}></petition-counter>`,
      );
      expect(message).to.include('goal').and.include('whole number');
    }
  });

  it('an unknown notation, a bad interval, a src that is not a URL', async () => {
    expect(
      (await broken(html`<petition-counter count="5" notation="short"></petition-counter>`))
        .message,
    ).to.include('notation');
    expect(
      (await broken(html`<petition-counter count="5" interval="often"></petition-counter>`))
        .message,
    ).to.include('interval');
    expect(
      (await broken(html`<petition-counter src="javascript:alert(1)"></petition-counter>`)).message,
    ).to.include('src');
  });

  it('an address typed without https:// is an error, not a page of this site', async () => {
    const link = await broken(
      html`<petition-counter count="5" href="www.union.example/sign"></petition-counter>`,
    );
    expect(link.message).to.include('href').and.include('no https://');
    const source = await broken(
      html`<petition-counter src="www.union.example/count.json"></petition-counter>`,
    );
    expect(source.message).to.include('src').and.include('no https://');
  });

  it('clears when the attribute is fixed, and works from then on', async () => {
    const { el } = await broken(html`<petition-counter count="lots"></petition-counter>`);
    el.setAttribute('count', '42');
    await el.updateComplete;
    expect($(el, 'error')).to.equal(null);
    expect(spoken(el)).to.equal('42 signatures');
    expect(el.error).to.equal(null);
  });
});

describe('<petition-counter> configured by properties', function () {
  this.timeout(30_000);

  it('count and goal may be numbers (document.createElement, then properties)', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const el = document.createElement('petition-counter');
    el.count = 219_672;
    el.goalAttr = 250_000;
    host.append(el);
    await el.updateComplete;
    expect($(el, 'error')).to.equal(null);
    expect(el.error).to.equal(null);
    expect(spoken(el)).to.equal('219,672 signatures');
    expect(text(el, 'goal')).to.equal('Goal: 250,000 signatures');
    expect(($(el, 'progress') as HTMLProgressElement).max).to.equal(250_000);
    expect(el.value).to.equal(219_672);
    expect(el.goal).to.equal(250_000);
    // A number set later takes effect too.
    el.count = 0;
    await el.updateComplete;
    expect(spoken(el)).to.equal('0 signatures');
  });

  it('interval may be a number: a source set by properties is read at that interval', async () => {
    const key = newKey();
    const base = await scenario(key, { body: '{"total": 5}', on: 'data.json', cache: 'no-store' });
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    });
    try {
      const host = fixtureSync<HTMLElement>(html`<div></div>`);
      const el = document.createElement('petition-counter');
      Object.assign(el, { src: `${base}/data.json`, countPath: 'total', interval: 30 });
      host.append(el);
      await el.updateComplete;
      await clock.tickAsync(0);
      await waitFor(() => el.value === 5);
      expect($(el, 'error')).to.equal(null);
      await clock.tickAsync(29_000);
      await sleep(150);
      expect(await requests(`/k/${key}/data.json`)).to.equal(1);
      await clock.tickAsync(1_000);
      await waitFor(async () => (await requests(`/k/${key}/data.json`)) === 2);
      el.remove();
    } finally {
      clock.restore();
    }
  });
});

describe('<petition-counter> attributes after the first render', () => {
  it('changing petition reads the new one', async () => {
    const el = await counter(html`<petition-counter petition="${M}/700001"></petition-counter>`);
    el.setAttribute('petition', `${M}/700002`);
    await waitFor(() => el.value === 54_210);
    await el.updateComplete;
    expect(spoken(el)).to.equal('54,210 signatures');
  });

  it('events bubble out of shadow roots (composed)', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const got = oneEvent(document, 'petition-counter-update');
    const el = document.createElement('petition-counter');
    el.setAttribute('count', '7');
    shadow.append(el);
    const { detail } = await got;
    expect(detail).to.deep.equal({ count: 7, previous: null });
  });
});

/** The shadow root, for a query. */
function el(c: Element) {
  return c.shadowRoot!;
}

describe('<petition-counter> issue 10: styles', () => {
  it('issue 10.7: --strike-petition-count-size sets the size of the count', async () => {
    const el = await fixture<PetitionCounter>(
      html`<petition-counter
        count="1234"
        style="--strike-petition-count-size: 40px; --strike-font-size: 10px"
      ></petition-counter>`,
    );
    const count = $(el, 'count')!;
    expect(getComputedStyle(count).fontSize).to.equal('40px');
    expect(getComputedStyle(count).fontWeight).to.equal('800');
    el.style.removeProperty('--strike-petition-count-size');
    // The default: twice the widget's font size.
    expect(getComputedStyle(count).fontSize).to.equal('20px');
  });
});

describe('<petition-counter> issue 13: networks that stall or lie', function () {
  this.timeout(30_000);
  let clock: sinon.SinonFakeTimers | undefined;
  let random: sinon.SinonStub | undefined;
  afterEach(() => {
    clock?.restore();
    random?.restore();
    clock = undefined;
    random = undefined;
  });
  /** A counter on a fresh scenario that has read its first count (4,000) from the petition's JSON. */
  async function readingCounter() {
    const key = newKey();
    const base = await scenario(key, { count: 4_000, cache: 'no-store' });
    random = sinon.stub(Math, 'random').returns(1);
    clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    });
    const errors: Error[] = [];
    const el = await fixture<PetitionCounter>(
      html`<petition-counter
        petition="${base}/petitions/1"
        @petition-counter-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></petition-counter>`,
    );
    await clock.tickAsync(0);
    await waitFor(() => el.value === 4_000);
    return { key, el, errors, read: el.updatedAt! };
  }
  /** The count stays, with the time it was read, and the failure is no error view. */
  async function expectStaleCount(el: PetitionCounter, read: Date) {
    await el.updateComplete;
    expect(el.value).to.equal(4_000);
    expect(spoken(el)).to.equal('4,000 signatures');
    expect(el.updatedAt!.getTime()).to.equal(read.getTime());
    const hhmm = formatTime(read);
    expect(text(el, 'updated')).to.equal(`Updated ${hhmm}`);
    expect($(el, 'error')).to.equal(null);
  }
  /** Ticks the fake clock until `check` holds (responses arrive in real time). */
  async function tickUntil(check: () => boolean) {
    await waitFor(async () => {
      await clock!.tickAsync(0);
      return check();
    });
  }

  it('issue 13.1: a count.json that stalls halfway is aborted, the count stays with its time, polling goes on', async () => {
    const { key, el, errors, read } = await readingCounter();
    await scenario(key, { count: 4_000, cache: 'no-store', stall: 1 });
    await clock!.tickAsync(60_000);
    await waitFor(async () => (await requests(`/k/${key}/petitions/1/count.json`)) === 1);
    await sleep(200);
    await clock!.tickAsync(30_000);
    await waitFor(() => errors.length === 1, 4000, 'the timeout');
    expect(errors[0].message).to.include('did not answer');
    await expectStaleCount(el, read);
    await scenario(key, { count: 4_100, cache: 'no-store' });
    // Backed off (up to 2 × 60 s), then read again.
    await clock!.tickAsync(120_000);
    await tickUntil(() => el.value === 4_100);
    await el.updateComplete;
    expect($(el, 'updated')).to.equal(null);
  });

  it('issue 13.2: a 200 HTML page (a captive portal) keeps the last good count and is retried', async () => {
    const { key, el, errors, read } = await readingCounter();
    await scenario(key, { count: 4_000, cache: 'no-store', html: 1 });
    await clock!.tickAsync(60_000);
    await waitFor(() => errors.length === 1);
    expect(errors[0].message).to.include('count.json is not JSON');
    await expectStaleCount(el, read);
    await scenario(key, { count: 4_200, cache: 'no-store' });
    await clock!.tickAsync(120_000);
    await tickUntil(() => el.value === 4_200);
  });

  it('issue 13.2: a truncated body and an unreadable count are retried with backoff', async () => {
    const { key, el, errors, read } = await readingCounter();
    await scenario(key, { count: 4_000, cache: 'no-store', malformed: 1 });
    await clock!.tickAsync(60_000);
    await waitFor(() => errors.length === 1);
    await expectStaleCount(el, read);
    // The count is not a number: a failure too, the next retry a longer window (4 × 60 s) away.
    await scenario(key, { count: 'lots', cache: 'no-store' });
    await clock!.tickAsync(120_000);
    await waitFor(() => errors.length === 2);
    expect(errors[1].message).to.include('signature_count');
    await expectStaleCount(el, read);
    await scenario(key, { count: 4_300, cache: 'no-store' });
    await clock!.tickAsync(239_000);
    await sleep(200);
    expect(await requests(`/k/${key}/petitions/1/count.json`)).to.equal(2);
    await clock!.tickAsync(1_000);
    await tickUntil(() => el.value === 4_300);
  });
});

/** HH:MM as en-GB shows it. */
function formatTime(date: Date) {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

describe('<petition-counter> issue 11.5: petitions that are not open any more', () => {
  const cases = [
    ['closed', `${M}/700004`, 'This petition is closed', '23,456 signatures'],
    ['rejected', `${M}/700005`, 'This petition was rejected', '12 signatures'],
    ['archived', `${M}/700006`, 'This petition is closed', '31,870 signatures'],
  ];
  for (const [state, url, status, count] of cases) {
    it(`issue 11.5: ${state}: the final count and status, no link to sign, no next milestone`, async () => {
      const el = await counter(html`<petition-counter petition="${url}"></petition-counter>`);
      expect(spoken(el)).to.equal(count);
      expect(text(el, 'status')).to.equal(status);
      expect($(el, 'action')).to.equal(null);
      expect($(el, 'goal')).to.equal(null);
      expect($(el, 'progress')).to.equal(null);
      expect(el.goal).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.match(/Sign the petition|Next milestone/);
      await expect(el).to.be.accessible();
    });
  }

  it('issue 11.5: a goal set by the author stays (text and bar); a given href is dropped too', async () => {
    const el = await counter(
      html`<petition-counter
        petition="${M}/700004"
        goal="50000"
        href="https://union.example/sign"
      ></petition-counter>`,
    );
    expect(text(el, 'goal')).to.equal('Goal: 50,000 signatures');
    expect(($(el, 'progress') as HTMLProgressElement).max).to.equal(50_000);
    expect(el.goal).to.equal(50_000);
    expect($(el, 'action')).to.equal(null);
  });
});

describe('<petition-counter> issue 13: values a developer will set', function () {
  this.timeout(30_000);
  /** A counter made with createElement and configured by properties. */
  async function byProperties(properties: Record<string, unknown>) {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const el = document.createElement('petition-counter');
    Object.assign(el, properties);
    host.append(el);
    await el.updateComplete;
    return el;
  }

  it('issue 13.8: petition = new URL(…) reads the petition', async () => {
    const el = await byProperties({ petition: new URL(`${M}/700002`) });
    await waitFor(() => el.value === 54_210);
    await el.updateComplete;
    expect(($(el, 'action') as HTMLAnchorElement).href).to.equal(`${M}/700002`);
  });

  it('issue 13.8: petition may be a number', async () => {
    const el = await byProperties({ petition: 700123, count: undefined });
    expect($(el, 'error')).to.equal(null);
    expect(($(el, 'action') as HTMLAnchorElement).href).to.equal(
      'https://petition.parliament.uk/petitions/700123',
    );
    el.remove();
  });

  it('issue 13.8: src = new URL(…) and href = new URL(…) work', async () => {
    const body = encodeURIComponent('{"total": 321}');
    const el = await byProperties({
      src: new URL(`${crossOrigin}/mock/json?body=${body}`),
      countPath: 'total',
      href: new URL('https://union.example/sign'),
    });
    await waitFor(() => el.value === 321);
    await el.updateComplete;
    expect($(el, 'error')).to.equal(null);
    expect(($(el, 'action') as HTMLAnchorElement).getAttribute('href')).to.equal(
      'https://union.example/sign',
    );
  });

  it('issue 13.8: anything else is an error naming the property', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['count', { count: new Date() }],
      ['count', { count: [5] }],
      ['goal', { count: 5, goalAttr: new Date() }],
      ['interval', { count: 5, interval: {} }],
      ['petition', { petition: new Date() }],
      ['src', { src: 42 }],
      ['href', { count: 5, href: 42 }],
      ['label', { count: 5, label: 42 }],
    ];
    for (const [name, properties] of cases) {
      let el!: PetitionCounter;
      await captureConsole('error', async () => {
        el = await byProperties(properties);
      });
      expect(text(el, 'error'), JSON.stringify(Object.keys(properties))).to.match(
        new RegExp(`^<petition-counter> ${name}:`),
      );
      expect((el.error as ConfigError).attribute).to.equal(name);
    }
  });

  it('issue 13.9: exotic values never escape as exceptions; each is an error naming the property', async () => {
    const throwing = {
      toString() {
        throw new Error('no');
      },
      toJSON() {
        throw new Error('no');
      },
    };
    const exotic = [Symbol('x'), Object.create(null), throwing, 10n];
    const names = ['label', 'actionText', 'countPath', 'notation', 'href', 'goalAttr', 'interval'];
    const attributes: Record<string, string> = {
      actionText: 'action-text',
      countPath: 'count-path',
      goalAttr: 'goal',
    };
    const escaped: unknown[] = [];
    const onError = (e: ErrorEvent) => escaped.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => escaped.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const value of exotic) {
        for (const name of names) {
          let el!: PetitionCounter;
          await captureConsole('error', async () => {
            el = await byProperties({ count: 5, [name]: value });
            await sleep(0);
          });
          const attribute = attributes[name] ?? name;
          expect((el.error as ConfigError).attribute, `${name}`).to.equal(attribute);
          // Set on a rendered counter too, then a good value again.
          el.label = 'Fine';
          Object.assign(el, { [name]: value });
          await captureConsole('error', () => el.updateComplete);
          expect(text(el, 'error')).to.include(attribute);
        }
        for (const name of ['petition', 'src', 'count']) {
          let el!: PetitionCounter;
          await captureConsole('error', async () => {
            el = await byProperties({ [name]: value });
            await sleep(0);
          });
          expect((el.error as ConfigError).attribute).to.equal(name);
        }
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(escaped).to.deep.equal([]);
  });

  it('issue 13.10: goal="1e309" and goal="Infinity" are errors naming goal, never "Goal: 0"', async () => {
    for (const goal of ['1e309', 'Infinity', '1'.repeat(400)]) {
      let el!: PetitionCounter;
      await captureConsole('error', async () => {
        el = await fixture<PetitionCounter>(
          html`<petition-counter count="5" goal=${goal}></petition-counter>`,
        );
      });
      expect(text(el, 'error')).to.include('goal').and.include('positive number');
      expect(el.shadowRoot!.textContent).not.to.include('Goal: 0');
    }
    let el!: PetitionCounter;
    await captureConsole('error', async () => {
      el = await byProperties({ count: 5, goalAttr: Infinity });
    });
    expect((el.error as ConfigError).attribute).to.equal('goal');
  });
});
