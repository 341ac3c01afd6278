// Extending a widget with Lit's standard API: the README's example (test/fixtures/branch-countdown.ts;
// test/e2e/scripts.test.mjs checks that the README shows that code), @lit/task and @lit/context.
import './helpers.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createContext, consume, provide } from '@lit/context';
import { Task } from '@lit/task';
import { html as litHtml, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { QuoteCarousel } from '../src/quote-carousel/quote-carousel.js';
import { PetitionCounter } from '../src/petition-counter/petition-counter.js';
import './fixtures/branch-countdown.js'; // defines <branch-countdown>
import type { BranchCountdown } from './fixtures/branch-countdown.js';

describe('extending a widget (the README example)', () => {
  it('renders its own part, takes its @property from an attribute, runs firstUpdated and hostUpdated', async () => {
    const el = await fixture<BranchCountdown>(
      html`<branch-countdown
        branch="Leeds"
        start="2026-12-03T08:00"
        now="2026-12-01T08:00"
      ></branch-countdown>`,
    );
    expect(el.shadowRoot!.querySelector('[part="branch"]')!.textContent).to.equal('Leeds');
    expect(el.shadowRoot!.querySelector('[part="days"]')!.textContent).to.equal('2');
    expect(el.hasAttribute('ready'), 'firstUpdated ran').to.equal(true);
    const before = el.updateCounter.updates;
    expect(before).to.be.above(0);
    el.branch = 'York';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="branch"]')!.textContent).to.equal('York');
    expect(el.updateCounter.updates).to.be.above(before);
    expect(el.phase).to.equal('before');
  });
});

describe('extending with @lit/task and @lit/context', () => {
  const strikeDate = createContext<string>('strike-date');

  @customElement('task-carousel')
  class TaskCarousel extends QuoteCarousel {
    readonly greeting = new Task(this, {
      task: async ([name]: readonly [string]) => `Solidarity, ${name}`,
      args: () => [this.who] as const,
    });
    @property() who = 'Leeds';
    protected override render() {
      return litHtml`<p part="greeting">${this.greeting.render({ complete: (text) => text })}</p>
        ${super.render()}`;
    }
  }

  @customElement('date-provider')
  class DateProvider extends LitElement {
    @provide({ context: strikeDate }) date = '2026-12-03';
    protected override render() {
      return litHtml`<slot></slot>`;
    }
  }

  @customElement('context-counter')
  class ContextCounter extends PetitionCounter {
    @consume({ context: strikeDate, subscribe: true }) strikeOn = '';
    protected override render() {
      return litHtml`<p part="strike-on">${this.strikeOn}</p>
        ${super.render()}`;
    }
  }

  it('runs a @lit/task in a carousel subclass', async () => {
    const el = await fixture<TaskCarousel>(
      html`<task-carousel
        ><blockquote>Striking is an act of desperation.</blockquote></task-carousel
      >`,
    );
    const greeting = () => el.shadowRoot!.querySelector('[part="greeting"]')!.textContent;
    await waitUntil(() => greeting() === 'Solidarity, Leeds', 'the task completed');
    el.who = 'York';
    await waitUntil(() => greeting() === 'Solidarity, York', 'the task ran again');
    expect(el.shadowRoot!.querySelector('[part="text"]')).to.exist;
  });

  it('consumes a @lit/context value in a counter subclass', async () => {
    const provider = await fixture<DateProvider>(
      html`<date-provider><context-counter count="1200"></context-counter></date-provider>`,
    );
    const el = provider.querySelector('context-counter') as ContextCounter;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="strike-on"]')!.textContent).to.equal('2026-12-03');
    provider.date = '2026-12-17';
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="strike-on"]')!.textContent === '2026-12-17',
    );
    expect(el.value).to.equal(1200);
  });
});
