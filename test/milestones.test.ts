import './helpers.js';
import { expect } from '@open-wc/testing';
import { crossed, ladder, nextMilestone } from '../src/petition-counter/milestones.js';

describe('milestones', () => {
  it('UK Parliament: 10,000, 100,000, then 250k, 500k, 1M, 2.5M, 5M, …', () => {
    expect(ladder(6_000_000, { ukParliament: true }).slice(0, 8)).to.deep.equal([
      10_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000,
    ]);
  });
  it('other sources: 100, 250, 500, 1,000, 2,500, …', () => {
    expect(ladder(20_000).slice(0, 8)).to.deep.equal([
      100, 250, 500, 1000, 2500, 5000, 10_000, 25_000,
    ]);
  });
  const next: [number, boolean, number][] = [
    [0, true, 10_000],
    [9_999, true, 10_000],
    [10_000, true, 100_000],
    [54_210, true, 100_000],
    [100_000, true, 250_000],
    [187_345, true, 250_000],
    [999_999, true, 1_000_000],
    [1_000_000, true, 2_500_000],
    [0, false, 100],
    [99, false, 100],
    [100, false, 250],
    [2_499, false, 2_500],
    [123_456_789, false, 250_000_000],
  ];
  for (const [count, uk, m] of next) {
    it(`next above ${count} (${uk ? 'UK' : 'other'}) is ${m}`, () =>
      expect(nextMilestone(count, { ukParliament: uk })).to.equal(m));
  }
  it('crossing: the highest milestone passed, the goal counting as one', () => {
    expect(crossed(9_990, 10_010, { ukParliament: true })).to.equal(10_000);
    expect(crossed(9_990, 10_000, { ukParliament: true })).to.equal(10_000);
    expect(crossed(10_000, 10_500, { ukParliament: true })).to.equal(undefined);
    expect(crossed(9_000, 260_000, { ukParliament: true })).to.equal(250_000);
    expect(crossed(99, 101)).to.equal(100);
    expect(crossed(40_000, 60_000, { ukParliament: true, goal: 50_000 })).to.equal(50_000);
    expect(crossed(95_000, 105_000, { ukParliament: true, goal: 50_000 })).to.equal(100_000);
  });
  it('no crossing on the first reading or going down', () => {
    expect(crossed(null, 10_500, { ukParliament: true })).to.equal(undefined);
    expect(crossed(10_500, 9_000, { ukParliament: true })).to.equal(undefined);
    expect(crossed(500, 500)).to.equal(undefined);
  });
});
