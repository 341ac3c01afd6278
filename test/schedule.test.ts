import './helpers.js';
import { expect } from '@open-wc/testing';
import { ConfigError } from '../src/core/errors.js';
import {
  addDuration,
  instantOf,
  parseDateTime,
  parseSchedule,
  phaseAt,
  split,
} from '../src/strike-countdown/schedule.js';

const H = 36e5;
const utc = (s: string) => Date.parse(s);
const iso = (t: number) => new Date(t).toISOString().replace('.000', '');
const L = 'Europe/London';
const NY = 'America/New_York';
const SYD = 'Australia/Sydney';

function configError(fn: () => unknown, attribute: string) {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ConfigError);
    expect((e as ConfigError).attribute).to.equal(attribute);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('schedule: wall-clock times in a zone (Intl only)', () => {
  it('resolves London times on both sides of the changes', () => {
    expect(iso(parseDateTime('2026-03-29T08:00', L))).to.equal('2026-03-29T07:00:00Z');
    expect(iso(parseDateTime('2026-10-25T08:00', L))).to.equal('2026-10-25T08:00:00Z');
    expect(iso(parseDateTime('2026-12-03T08:00', L))).to.equal('2026-12-03T08:00:00Z');
    expect(iso(parseDateTime('2026-07-01T00:00', L))).to.equal('2026-06-30T23:00:00Z');
  });

  it('a date alone is 00:00 in the zone', () => {
    expect(iso(parseDateTime('2026-07-01', L))).to.equal('2026-06-30T23:00:00Z');
    expect(iso(parseDateTime('2026-12-03', NY))).to.equal('2026-12-03T05:00:00Z');
    expect(iso(parseDateTime('2026-12-03', SYD))).to.equal('2026-12-02T13:00:00Z');
  });

  it("spring gap: a time that does not exist moves later (Temporal's 'compatible')", () => {
    // 01:30 on 2026-03-29 does not exist in London: it is read as 02:30 BST = 01:30Z.
    expect(iso(parseDateTime('2026-03-29T01:30', L))).to.equal('2026-03-29T01:30:00Z');
    // New York springs forward at 02:00 on 2026-03-08: 02:30 is 03:30 EDT = 07:30Z.
    expect(iso(parseDateTime('2026-03-08T02:30', NY))).to.equal('2026-03-08T07:30:00Z');
    // Sydney springs forward at 02:00 on 2026-10-04: 02:30 is 03:30 AEDT = 16:30Z the day before.
    expect(iso(parseDateTime('2026-10-04T02:30', SYD))).to.equal('2026-10-03T16:30:00Z');
  });

  it('autumn overlap: a time that happens twice is the earlier', () => {
    expect(iso(parseDateTime('2026-10-25T01:30', L))).to.equal('2026-10-25T00:30:00Z');
    expect(iso(parseDateTime('2026-11-01T01:30', NY))).to.equal('2026-11-01T05:30:00Z');
    // Sydney falls back at 03:00 AEDT on 2026-04-05: 02:30 AEDT (+11) = 15:30Z the day before.
    expect(iso(parseDateTime('2026-04-05T02:30', SYD))).to.equal('2026-04-04T15:30:00Z');
    expect(iso(instantOf(L, Date.UTC(2026, 9, 25, 1, 0)))).to.equal('2026-10-25T00:00:00Z');
  });

  it('an offset or Z makes it that instant, whatever the zone', () => {
    expect(iso(parseDateTime('2026-03-29T08:00Z', NY))).to.equal('2026-03-29T08:00:00Z');
    expect(iso(parseDateTime('2026-03-29T08:00+01:00', NY))).to.equal('2026-03-29T07:00:00Z');
    expect(iso(parseDateTime('2026-03-29T08:00-05:00', L))).to.equal('2026-03-29T13:00:00Z');
    expect(iso(parseDateTime('2026-03-29T08:00:30.5+0530', L))).to.equal(
      '2026-03-29T02:30:30.500Z',
    );
    expect(iso(parseDateTime('2026-03-29 08:00:00z', L))).to.equal('2026-03-29T08:00:00Z');
  });

  it('New York and Sydney equivalents of 08:00', () => {
    expect(iso(parseDateTime('2026-03-08T08:00', NY))).to.equal('2026-03-08T12:00:00Z');
    expect(iso(parseDateTime('2026-03-07T08:00', NY))).to.equal('2026-03-07T13:00:00Z');
    expect(iso(parseDateTime('2026-10-04T08:00', SYD))).to.equal('2026-10-03T21:00:00Z');
    expect(iso(parseDateTime('2026-10-03T08:00', SYD))).to.equal('2026-10-02T22:00:00Z');
  });

  it('refuses what is not a date', () => {
    for (const bad of [
      'soon',
      '2026-13-01',
      '2026-02-30',
      '2026-12-03T25:00',
      '3/12/2026',
      '2026-12-03T08:00+25:00',
      '',
    ])
      configError(() => parseDateTime(bad, L), 'start');
  });
});

describe('schedule: durations and ends', () => {
  const start = () => parseDateTime('2026-10-24T08:00', L);
  it('a 48-hour strike across the autumn change: P2D and a date-time end are 49 h, PT48H is 48 h', () => {
    expect(addDuration(L, start(), 'P2D') - start()).to.equal(49 * H);
    expect(parseDateTime('2026-10-26T08:00', L) - start()).to.equal(49 * H);
    expect(addDuration(L, start(), 'PT48H') - start()).to.equal(48 * H);
    expect(addDuration(L, start(), 'P1DT12H') - start()).to.equal(37 * H);
  });

  it('across the spring change a day is 23 hours', () => {
    const s = parseDateTime('2026-03-28T08:00', L);
    expect(parseDateTime('2026-03-29T08:00', L) - s).to.equal(23 * H);
    expect(addDuration(L, s, 'P1D') - s).to.equal(23 * H);
    const ny = parseDateTime('2026-03-07T08:00', NY);
    expect(addDuration(NY, ny, 'P2D') - ny).to.equal(47 * H);
    const syd = parseDateTime('2026-04-04T08:00', SYD);
    expect(addDuration(SYD, syd, 'P2D') - syd).to.equal(49 * H);
  });

  it('weeks, minutes and (fractional) seconds; no years or months', () => {
    const jan31 = parseDateTime('2026-01-31T08:00', L);
    expect(iso(addDuration(L, jan31, 'P1W'))).to.equal('2026-02-07T08:00:00Z');
    expect(iso(addDuration(L, jan31, 'P1W2DT1H'))).to.equal('2026-02-09T09:00:00Z');
    expect(iso(addDuration(L, jan31, 'PT0,5S'))).to.equal('2026-01-31T08:00:00.500Z');
    // Months and years are refused as such, not as "not after the start".
    for (const calendar of ['P1M', 'P1Y', 'P1Y2M', 'p1m2d'])
      expect(configError(() => addDuration(L, jan31, calendar), 'end').message).to.include(
        'months or years',
      );
    expect(iso(addDuration(L, jan31, 'PT90M'))).to.equal('2026-01-31T09:30:00Z');
    expect(iso(addDuration(L, jan31, 'PT1.5S'))).to.equal('2026-01-31T08:00:01.500Z');
  });

  it('says an end in words is neither a date-time nor a duration, and what both look like', () => {
    for (const words of ['48 hours', 'Saturday', '2 days']) {
      const problem = configError(() => addDuration(L, 0, words), 'end');
      expect(problem.message).to.include('neither a date-time nor a duration');
      expect(problem.message).to.include('P2D');
    }
  });

  it('refuses zero, negative and malformed durations', () => {
    expect(configError(() => addDuration(L, 0, 'PT0H'), 'end').message).to.include('positive');
    expect(configError(() => addDuration(L, 0, '-P1D'), 'end').message).to.include('positive');
    for (const bad of ['P', 'PT', 'P2', 'P1DT', 'P-1D', 'PT1H2D'])
      configError(() => addDuration(L, 0, bad), 'end');
  });
});

describe('schedule: parseSchedule', () => {
  it('start and end, or open-ended', () => {
    const s = parseSchedule({ start: '2026-12-03T08:00', end: 'P2D' });
    expect(s.zone).to.equal(L);
    expect(s.periods.map((p) => [iso(p.start), iso(p.end!)])).to.deep.equal([
      ['2026-12-03T08:00:00Z', '2026-12-05T08:00:00Z'],
    ]);
    expect(parseSchedule({ start: '2026-12-03T08:00' }).periods[0].end).to.equal(undefined);
  });

  it('periods separated by spaces or commas, as start/end or start/duration', () => {
    const s = parseSchedule({
      periods: '2026-12-03T08:00/2026-12-05T08:00, 2026-12-17T08:00/P2D\n2027-01-07/PT24H',
      timezone: NY,
    });
    expect(s.periods.map((p) => iso(p.start))).to.deep.equal([
      '2026-12-03T13:00:00Z',
      '2026-12-17T13:00:00Z',
      '2027-01-07T05:00:00Z',
    ]);
    expect(iso(s.periods[1].end!)).to.equal('2026-12-19T13:00:00Z');
  });

  it('bad input names its attribute', () => {
    configError(() => parseSchedule({}), 'start');
    configError(() => parseSchedule({ start: '  ' }), 'start');
    configError(() => parseSchedule({ start: 'next Thursday' }), 'start');
    configError(() => parseSchedule({ start: '2026-12-03T08:00', end: '2026-12-02T08:00' }), 'end');
    configError(() => parseSchedule({ start: '2026-12-03T08:00', end: '2026-12-03T08:00' }), 'end');
    configError(() => parseSchedule({ start: '2026-12-03T08:00', end: 'PT0S' }), 'end');
    configError(
      () => parseSchedule({ start: '2026-12-03', timezone: 'Europe/Cardif' }),
      'timezone',
    );
    configError(
      () => parseSchedule({ periods: '2026-12-03T08:00/P2D 2026-12-04T08:00/P1D' }),
      'periods',
    );
    configError(
      () => parseSchedule({ periods: '2026-12-17T08:00/P2D 2026-12-03T08:00/P1D' }),
      'periods',
    );
    configError(() => parseSchedule({ periods: '2026-12-17T08:00' }), 'periods');
    configError(() => parseSchedule({ periods: '2026-12-17T08:00/P1D/P2D' }), 'periods');
  });
});

describe('schedule: phaseAt', () => {
  const s = parseSchedule({ periods: '2026-12-03T08:00/P2D 2026-12-17T08:00/PT12H' });
  it('before, during, between, after, with remaining and periodIndex', () => {
    expect(phaseAt(s, utc('2026-12-01T08:00Z'))).to.deep.include({
      phase: 'before',
      remaining: 2 * 24 * H,
      periodIndex: 0,
    });
    expect(phaseAt(s, utc('2026-12-03T08:00Z'))).to.deep.include({
      phase: 'during',
      remaining: 48 * H,
      periodIndex: 0,
    });
    expect(phaseAt(s, utc('2026-12-05T07:59:59Z'))).to.deep.include({
      phase: 'during',
      remaining: 1000,
      periodIndex: 0,
    });
    expect(phaseAt(s, utc('2026-12-05T08:00Z'))).to.deep.include({
      phase: 'between',
      remaining: 12 * 24 * H,
      periodIndex: 1,
    });
    expect(phaseAt(s, utc('2026-12-17T20:00Z'))).to.deep.include({
      phase: 'after',
      remaining: 0,
      periodIndex: 1,
    });
  });

  it('an open-ended strike stays during and knows its day (calendar days in the zone)', () => {
    const open = parseSchedule({ start: '2026-10-24T08:00' });
    const at = (t: string) => phaseAt(open, utc(t));
    expect(at('2026-10-24T08:00Z')).to.deep.include({
      phase: 'during',
      day: 1,
      remaining: Infinity,
    });
    expect(at('2026-10-24T22:59Z').day).to.equal(1);
    expect(at('2026-10-24T23:00Z').day).to.equal(2); // midnight BST
    expect(iso(at('2026-10-24T12:00Z').next)).to.equal('2026-10-24T23:00:00Z');
    expect(iso(at('2026-10-25T12:00Z').next)).to.equal('2026-10-26T00:00:00Z'); // midnight GMT
    expect(at('2027-10-24T12:00Z').day).to.equal(366);
  });

  it('split rounds up to the unit', () => {
    expect(split(90061000)).to.deep.equal({ days: 1, hours: 1, minutes: 1, seconds: 1 });
    expect(split(500)).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 1 });
    expect(split(61000, 60000)).to.deep.equal({ days: 0, hours: 0, minutes: 2, seconds: 0 });
  });
});

describe('schedule: issue 13 (hostile pages and values)', () => {
  it('issue 13.6: dates are checked with getUTC* fields, not toJSON', () => {
    const { toJSON } = Date.prototype;
    Date.prototype.toJSON = function () {
      return this.toLocaleString();
    };
    try {
      expect(iso(parseDateTime('2026-12-03T08:00', L))).to.equal('2026-12-03T08:00:00Z');
      configError(() => parseDateTime('2026-02-30T08:00', L), 'start');
      configError(() => parseDateTime('2026-12-03T24:00', L), 'start');
    } finally {
      Date.prototype.toJSON = toJSON;
    }
  });

  it('issue 13.10: durations and dates past the year 9999 name their attribute', () => {
    const start = parseDateTime('2026-12-03T08:00', L);
    configError(() => addDuration(L, start, 'P99999999D'), 'end');
    configError(() => addDuration(L, start, 'PT99999999999H'), 'end');
    configError(() => addDuration(L, start, new Date(8.64e15)), 'end');
    configError(() => parseSchedule({ periods: '2026-12-03T08:00/P99999999D' }), 'periods');
    configError(() => parseSchedule({ start: new Date(NaN) }), 'start');
  });

  it('issue 13.8: a Date or ms since 1970 is read as that instant', () => {
    const start = Date.UTC(2026, 11, 3, 8);
    const schedule = parseSchedule({ start: new Date(start), end: start + 3 * H });
    expect(schedule.periods).to.deep.equal([{ start, end: start + 3 * H }]);
    configError(() => parseSchedule({ start: {} as never }), 'start');
  });
});
