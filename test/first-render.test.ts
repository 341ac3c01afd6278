import './helpers.js';
import { expect } from '@open-wc/testing';
import '../src/define.js';
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

describe('first render in a task of its own (core/first-render.ts)', () => {
  it('shows the fallback until the first render, which updateComplete awaits', async () => {
    const container = document.createElement('div');
    container.innerHTML = `
      <strike-countdown start="2026-12-03T08:00Z" now="2026-12-01T08:00Z"><p>Strike on 3 December</p></strike-countdown>
      <petition-counter count="1234"><p>Sign the petition</p></petition-counter>`;
    document.body.append(container);
    try {
      const [countdown, counter] = container.children as unknown as [HTMLElement, HTMLElement];
      // After the microtasks in which Lit would have rendered: the fallbacks are still shown.
      await Promise.resolve();
      await Promise.resolve();
      expect(slotted(countdown.shadowRoot!)).to.equal('Strike on 3 December');
      expect(slotted(counter.shadowRoot!)).to.equal('Sign the petition');
      expect(countdown.shadowRoot!.querySelector('[part~=base]')).to.equal(null);
      await (countdown as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      await (counter as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(countdown.shadowRoot!.querySelector('[part=days]')?.textContent).to.equal('2');
      expect(counter.shadowRoot!.querySelector('[part~=count]')?.textContent).to.contain('1,234');
    } finally {
      container.remove();
    }
  });

  it('a bare tag keeps the page’s layout (inline) until its first render, then is a block', async () => {
    // A page of many bare tags then turns them into blocks a batch at a time, not in one task.
    const container = document.createElement('p');
    container.innerHTML = `Before <strike-countdown start="2026-12-03T08:00Z" now="2026-12-01T08:00Z"></strike-countdown> after.`;
    document.body.append(container);
    try {
      const countdown = container.querySelector('strike-countdown') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      await Promise.resolve();
      expect(getComputedStyle(countdown).display).to.equal('inline');
      await countdown.updateComplete;
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
