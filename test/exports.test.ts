import './helpers.js';
import { expect } from '@open-wc/testing';
import * as lib from '../src/index.js';

describe('the npm entry points', () => {
  it('the main entry exports the classes and version without defining any tag', () => {
    expect(lib.StrikeCountdown).to.be.a('function');
    expect(lib.QuoteCarousel).to.be.a('function');
    expect(lib.PetitionCounter).to.be.a('function');
    expect(lib.version).to.match(/^\d+\.\d+\.\d+/);
    for (const tag of ['strike-countdown', 'quote-carousel', 'petition-counter']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('the define entry defines the three tags with those classes', async () => {
    await import('../src/define.js');
    expect(customElements.get('strike-countdown')).to.equal(lib.StrikeCountdown);
    expect(customElements.get('quote-carousel')).to.equal(lib.QuoteCarousel);
    expect(customElements.get('petition-counter')).to.equal(lib.PetitionCounter);
  });

  it('a class defined under its own tag can be defined under another name too, and back', async () => {
    // The define entry (the test above) defined <strike-countdown> with the class itself.
    lib.StrikeCountdown.define('my-countdown');
    expect(customElements.get('my-countdown'), '<my-countdown> defined').to.be.a('function');
    const mine = document.createElement('my-countdown') as lib.StrikeCountdown;
    expect(mine).to.be.instanceOf(lib.StrikeCountdown);
    expect(customElements.get('strike-countdown')).to.equal(lib.StrikeCountdown);
    mine.setAttribute('start', '2031-03-05T08:00');
    document.body.append(mine);
    await mine.updateComplete;
    expect(mine.shadowRoot!.querySelector('[part=days]')).to.not.equal(null);
    mine.remove();
    // The other way round: a name of the author's first, then the class's own tag.
    class Fresh extends lib.PetitionCounter {
      static override tagName = 'fresh-counter';
    }
    Fresh.define('their-counter');
    Fresh.define();
    expect(customElements.get('fresh-counter'), '<fresh-counter> defined').to.be.a('function');
    expect(customElements.get('their-counter')).to.equal(Fresh);
    expect(document.createElement('fresh-counter')).to.be.instanceOf(Fresh);
  });

  it('a class can be defined under another tag name', () => {
    class Renamed extends lib.StrikeCountdown {}
    Renamed.define('my-strike-countdown');
    expect(customElements.get('my-strike-countdown')).to.equal(Renamed);
  });
});
