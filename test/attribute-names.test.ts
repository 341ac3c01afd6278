import './helpers.js';
import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import type { StrikeElement } from '../src/core/strike-element.js';
import { captureConsole } from './helpers.js';

/** The notice a widget shows in place, or '' when it shows none. */
const notice = (el: Element) =>
  el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function make(markup: string) {
  let el!: StrikeElement;
  const errors = await captureConsole('error', async () => {
    const wrap = await fixture(`<div>${markup}</div>`);
    el = wrap.firstElementChild as StrikeElement;
    await el.updateComplete;
  });
  return { el, errors };
}

describe('misspelt attribute names', () => {
  const typos: [string, string, string][] = [
    [
      '<strike-countdown start="2031-03-05T08:00" lable="Strike"></strike-countdown>',
      'lable',
      'label',
    ],
    [
      '<strike-countdown start="2031-03-05T08:00" calender></strike-countdown>',
      'calender',
      'calendar',
    ],
    ['<strike-countdown strat="2031-03-05T08:00"></strike-countdown>', 'strat', 'start'],
    [
      '<strike-countdown start="2031-03-05T08:00" href="/x" action_text="Go"></strike-countdown>',
      'action_text',
      'action-text',
    ],
    [
      '<quote-carousel auto-play><blockquote>One</blockquote></quote-carousel>',
      'auto-play',
      'autoplay',
    ],
    [
      '<quote-carousel intervall="8"><blockquote>One</blockquote></quote-carousel>',
      'intervall',
      'interval',
    ],
    ['<petition-counter count="5" gaol="10"></petition-counter>', 'gaol', 'goal'],
  ];
  for (const [markup, typo, meant] of typos) {
    it(`${typo}: the widget names it and the attribute it is one typo away from`, async () => {
      const { el, errors } = await make(markup);
      expect(notice(el)).to.include(typo).and.include(`${meant}="…"`);
      expect(errors).to.have.length(1);
    });
  }

  it('leaves alone global, data-, aria- and framework attributes, and names far from any', async () => {
    const { el, errors } = await make(
      `<strike-countdown start="2031-03-05T08:00" id="a" class="b" title="c" lang="en" data-v-7ba5bd90 data-track="x" aria-describedby="d" phase="before" ready _ngcontent-abc=""></strike-countdown>`,
    );
    expect(notice(el)).to.equal('');
    expect(errors).to.have.length(0);
  });
});
