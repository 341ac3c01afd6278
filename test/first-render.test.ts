import './helpers.js';
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { PetitionCounter, StrikeCountdown } from '../src/index.js';
import { formatDate } from '../src/core/format.js';
import { localeFor } from '../src/core/locale.js';
import { parseDateTime } from '../src/strike-countdown/schedule.js';

const iso = (t: number) => new Date(t).toISOString().replace('.000', '');

/** The text a shadow root's slots show of the host's light DOM. */
const slotted = (root: ShadowRoot) =>
  [...root.querySelectorAll('slot')]
    .flatMap((slot) => slot.assignedNodes({ flatten: true }))
    .map((node) => node.textContent)
    .join('')
    .trim();

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** A few microtask turns: as many as Lit takes to render after a property is set. */
async function microtasks() {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

describe('first render in a task of its own (core/first-render.ts)', () => {
  /** Puts `markup` on the page, then defines its tags: as a page whose script comes after them. */
  let tags = 0;
  function onPageThenDefined(markup: (countdown: string, counter: string) => string) {
    tags++;
    const countdownTag = `queued-countdown-${tags}`;
    const counterTag = `queued-counter-${tags}`;
    const container = document.createElement('div');
    container.innerHTML = markup(countdownTag, counterTag);
    document.body.append(container);
    (class extends StrikeCountdown {}).define(countdownTag);
    (class extends PetitionCounter {}).define(counterTag);
    return container;
  }

  it('on the page when defined: shows the fallback until the first render, which updateComplete awaits', async () => {
    const container = onPageThenDefined(
      (countdown, counter) => `
      <${countdown} start="2026-12-03T08:00Z" now="2026-12-01T08:00Z"><p>Strike on 3 December</p></${countdown}>
      <${counter} count="1234"><p>Sign the petition</p></${counter}>`,
    );
    try {
      const [countdown, counter] = container.children as unknown as [Rendered, Rendered];
      // After the microtasks in which Lit would have rendered: the fallbacks are still shown.
      await microtasks();
      expect(slotted(countdown.shadowRoot!)).to.equal('Strike on 3 December');
      expect(slotted(counter.shadowRoot!)).to.equal('Sign the petition');
      expect(countdown.shadowRoot!.querySelector('[part~=base]')).to.equal(null);
      await countdown.updateComplete;
      await counter.updateComplete;
      expect(countdown.shadowRoot!.querySelector('[part=days]')?.textContent).to.equal('2');
      expect(counter.shadowRoot!.querySelector('[part~=count]')?.textContent).to.contain('1,234');
    } finally {
      container.remove();
    }
  });

  it('a bare tag on the page when defined keeps the page’s layout (inline) until its first render', async () => {
    // A page of many bare tags then turns them into blocks a batch at a time, not in one task.
    const container = onPageThenDefined(
      (countdown) =>
        `<p>Before <${countdown} start="2026-12-03T08:00Z" now="2026-12-01T08:00Z"></${countdown}> after.</p>`,
    );
    try {
      const countdown = container.querySelector('p > *') as Rendered;
      await microtasks();
      expect(getComputedStyle(countdown).display).to.equal('inline');
      await countdown.updateComplete;
      expect(getComputedStyle(countdown).display).to.equal('block');
    } finally {
      container.remove();
    }
  });

  it('added later (by a script, or by the parser after the tags were defined): renders as Lit does, in a microtask', async () => {
    // Waiting would paint it empty (its children not parsed yet, or none) and then move the page.
    const container = document.createElement('div');
    container.innerHTML = `<strike-countdown start="2026-12-03T08:00Z" now="2026-12-01T08:00Z"><p>Strike on 3 December</p></strike-countdown>`;
    document.body.append(container);
    try {
      const countdown = container.firstElementChild as Rendered;
      await microtasks();
      expect(countdown.shadowRoot!.querySelector('[part=days]')?.textContent).to.equal('2');
      expect(getComputedStyle(countdown).display).to.equal('block');
    } finally {
      container.remove();
    }
  });
});

describe('cached offsets and formatters give what Intl gives', () => {
  it('an offset change on the half hour (Newfoundland) is exact on both sides', () => {
    // 2026-03-08 02:00 NST (-03:30) becomes 03:00 NDT (-02:30), at 05:30 UTC: inside one UTC hour.
    const zone = 'America/St_Johns';
    expect(iso(parseDateTime('2026-03-08T01:45', zone))).to.equal('2026-03-08T05:15:00Z');
    expect(iso(parseDateTime('2026-03-08T03:15', zone))).to.equal('2026-03-08T05:45:00Z');
    expect(iso(parseDateTime('2026-03-08T01:59', zone))).to.equal('2026-03-08T05:29:00Z');
  });

  it('options that differ only in a value, or in their order, get their own formatter', () => {
    const locale = localeFor('en');
    const at = Date.parse('2026-07-01T12:00Z');
    const london = formatDate(locale, at, { hour: '2-digit', timeZone: 'Europe/London' });
    const tokyo = formatDate(locale, at, { hour: '2-digit', timeZone: 'Asia/Tokyo' });
    const tokyoReordered = formatDate(locale, at, { timeZone: 'Asia/Tokyo', hour: '2-digit' });
    expect(london).to.equal('13');
    expect(tokyo).to.equal('21');
    expect(tokyoReordered).to.equal('21');
  });
});
