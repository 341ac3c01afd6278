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

  it('a class can be defined under another tag name', () => {
    class Renamed extends lib.StrikeCountdown {}
    Renamed.define('my-strike-countdown');
    expect(customElements.get('my-strike-countdown')).to.equal(Renamed);
  });
});
