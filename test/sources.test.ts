import './helpers.js';
import { expect } from '@open-wc/testing';
import { ConfigError } from '../src/core/errors.js';
import { readConfig, type CounterInput } from '../src/petition-counter/config.js';
import {
  describeValue,
  finished,
  parsePath,
  petitionUrl,
  readPath,
  readPetition,
  statusLines,
  toCount,
  type Petition,
} from '../src/petition-counter/sources.js';

const BASE = 'https://campaign.example/blog/post';

describe('petitionUrl', () => {
  const cases: [string, string][] = [
    ['700123', 'https://petition.parliament.uk/petitions/700123'],
    [' 0700123 ', 'https://petition.parliament.uk/petitions/700123'],
    [
      'https://petition.parliament.uk/petitions/700123',
      'https://petition.parliament.uk/petitions/700123',
    ],
    [
      'https://petition.parliament.uk/petitions/700123/',
      'https://petition.parliament.uk/petitions/700123',
    ],
    [
      'https://petition.parliament.uk/petitions/700123.json',
      'https://petition.parliament.uk/petitions/700123',
    ],
    [
      'https://petition.parliament.uk/petitions/700123/count.json',
      'https://petition.parliament.uk/petitions/700123',
    ],
    [
      'https://petition.parliament.uk/petitions/700123?utm_source=x&a=1#sign',
      'https://petition.parliament.uk/petitions/700123',
    ],
    [
      'https://petition.parliament.uk/petitions/700123.json?x=1#y',
      'https://petition.parliament.uk/petitions/700123',
    ],
    // The Parliament's site only answers over https; an editor may paste it with http or none.
    [
      'http://petition.parliament.uk/petitions/700123',
      'https://petition.parliament.uk/petitions/700123',
    ],
    ['petition.parliament.uk/petitions/700123/', 'https://petition.parliament.uk/petitions/700123'],
    [
      'HTTP://Petition.Parliament.UK/petitions/700123',
      'https://petition.parliament.uk/petitions/700123',
    ],
    [
      'HTTP://127.0.0.1:8000/mock/petitions/700123//',
      'http://127.0.0.1:8000/mock/petitions/700123',
    ],
    ['/mock/petitions/700001', 'https://campaign.example/mock/petitions/700001'],
    ['./petitions/1', 'https://campaign.example/blog/petitions/1'],
    ['../petitions/1', 'https://campaign.example/petitions/1'],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${expected}`, () => {
      expect(petitionUrl(value, BASE)).to.equal(expected);
    });
  }

  for (const bad of [
    '',
    'Fund the NHS',
    'petition 700123',
    '700123a',
    'javascript:alert(1)',
    'data:,1',
    '//evil.example/petitions/1',
    'ftp://x/petitions/1',
    '12.5',
  ]) {
    it(`refuses ${JSON.stringify(bad)}, naming petition`, () => {
      expect(() => petitionUrl(bad, BASE))
        .to.throw(ConfigError)
        .with.property('attribute', 'petition');
    });
  }
});

describe('JSON paths', () => {
  const json = {
    data: { attributes: { signature_count: 219672 } },
    total: '42',
    items: [{ count: 1 }, { count: 2 }],
    'odd key': { x: 3 },
  };
  it('parses dots and [n] indexes', () => {
    expect(parsePath('data.attributes.signature_count')).to.deep.equal([
      'data',
      'attributes',
      'signature_count',
    ]);
    expect(parsePath('[0].count')).to.deep.equal([0, 'count']);
    expect(parsePath('items[1].count')).to.deep.equal(['items', 1, 'count']);
    expect(parsePath('a[0][2]')).to.deep.equal(['a', 0, 2]);
    expect(parsePath('')).to.deep.equal([]);
    expect(parsePath(' total ')).to.deep.equal(['total']);
  });
  for (const bad of ['a..b', '.a', 'a.', 'a[x]', 'a[', '[-1]', 'a]b', '[1.5]']) {
    it(`refuses the path ${JSON.stringify(bad)}`, () => {
      expect(() => parsePath(bad))
        .to.throw(ConfigError)
        .with.property('attribute', 'count-path');
    });
  }
  it('reads values, and undefined where the path finds nothing', () => {
    expect(readPath(json, parsePath('data.attributes.signature_count'))).to.equal(219672);
    expect(readPath(json, parsePath('items[1].count'))).to.equal(2);
    expect(readPath(json.items, parsePath('[0].count'))).to.equal(1);
    expect(readPath(json, parsePath('odd key.x'))).to.equal(3);
    expect(readPath(json, [])).to.equal(json);
    expect(readPath(json, parsePath('items[5].count'))).to.equal(undefined);
    expect(readPath(json, parsePath('data.missing.x'))).to.equal(undefined);
    expect(readPath(json, parsePath('total.length'))).to.equal(undefined);
    expect(readPath(json, parsePath('items.length'))).to.equal(undefined);
    expect(readPath(json, parsePath('data[0]'))).to.equal(undefined);
    expect(readPath(null, parsePath('a'))).to.equal(undefined);
  });
  it('never reads inherited properties', () => {
    expect(readPath({}, parsePath('constructor'))).to.equal(undefined);
    expect(readPath({}, parsePath('__proto__'))).to.equal(undefined);
    expect(readPath([], parsePath('[0]'))).to.equal(undefined);
  });
});

describe('toCount', () => {
  it('accepts finite non-negative whole numbers and digit strings', () => {
    expect(toCount(0, 'count')).to.equal(0);
    expect(toCount(219672, 'count')).to.equal(219672);
    expect(toCount('219672', 'count')).to.equal(219672);
    expect(toCount(' 12 ', 'count')).to.equal(12);
    expect(toCount(5.0, 'count')).to.equal(5);
  });
  for (const bad of [
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    2 ** 60,
    '',
    ' ',
    '-3',
    '1e3',
    '12abc',
    'NaN',
    '3.5',
    null,
    undefined,
    true,
    {},
    [],
    [3],
  ]) {
    it(`refuses ${String(JSON.stringify(bad) ?? bad)}`, () => {
      expect(() => toCount(bad, 'count-path', 'data.total'))
        .to.throw(ConfigError)
        .with.property('attribute', 'count-path');
    });
  }
  it('says what it found and where', () => {
    expect(() => toCount(undefined, 'count-path', 'data.total')).to.throw(/nothing at data\.total/);
    expect(() => toCount('abc', 'count')).to.throw(/"abc"/);
  });
});

describe('UK Parliament JSON', () => {
  const full = {
    links: { self: 'https://petition.parliament.uk/petitions/700123.json' },
    data: {
      type: 'petition',
      id: 700123,
      attributes: {
        action: 'Fund the NHS properly',
        state: 'open',
        signature_count: 219672,
        closing_date: '2027-05-20T23:59:59.999Z',
        government_response_at: null,
        debate_threshold_reached_at: null,
        scheduled_debate_date: null,
        debate_outcome_at: null,
        signatures_by_country: [{ name: 'United Kingdom', code: 'GB', signature_count: 999999999 }],
      },
    },
  };
  const now = Date.UTC(2026, 10, 21);

  it('reads the title, state, dates and the total (never the breakdowns)', () => {
    const p = readPetition(full);
    expect(p).to.include({
      action: 'Fund the NHS properly',
      state: 'open',
      count: 219672,
      archived: false,
    });
    expect(finished(p)).to.equal(false);
    expect(statusLines(p, now)).to.deep.equal([['closes', Date.UTC(2027, 4, 20, 22, 59, 59, 999)]]);
  });

  it('updates from count.json without touching the first reading', () => {
    const p = readPetition(full);
    const next = readPetition(
      {
        signature_count: 230001,
        government_response_at: '2026-11-25T16:00:00.000Z',
        scheduled_debate_date: '2027-01-18',
        debate_outcome_at: null,
        debated: false,
      },
      p,
    );
    expect(next.count).to.equal(230001);
    expect(next.action).to.equal('Fund the NHS properly');
    expect(p.count).to.equal(219672);
    expect(statusLines(next, now)).to.deep.equal([
      ['closes', Date.UTC(2027, 4, 20, 22, 59, 59, 999)],
      ['responded', Date.UTC(2026, 10, 25, 16)],
      ['scheduled', Date.UTC(2027, 0, 18)],
    ]);
    const debated = readPetition(
      { signature_count: 230002, debated: true, debate_outcome_at: '2027-01-18T19:00:00.000Z' },
      next,
    );
    expect(statusLines(debated, now).map(([k]) => k)).to.deep.equal([
      'closes',
      'responded',
      'debated',
    ]);
  });

  it('knows closed, rejected and archived petitions are finished', () => {
    const closed = readPetition({
      data: { attributes: { ...full.data.attributes, state: 'closed' } },
    });
    expect(finished(closed)).to.equal(true);
    expect(statusLines(closed, now)).to.deep.equal([['closed']]);
    const rejected = readPetition({
      data: { attributes: { ...full.data.attributes, state: 'rejected' } },
    });
    expect(finished(rejected)).to.equal(true);
    expect(statusLines(rejected, now)).to.deep.equal([['rejected']]);
    const archived = readPetition({
      data: { type: 'archived-petition', attributes: { ...full.data.attributes, state: 'closed' } },
    });
    expect(archived.archived).to.equal(true);
    expect(finished(archived)).to.equal(true);
  });

  it('skips dates that do not parse and a closing date already past', () => {
    const p = readPetition({
      data: {
        attributes: {
          signature_count: 5,
          state: 'open',
          closing_date: '2020-01-01T00:00:00Z',
          government_response_at: 'soon',
        },
      },
    });
    expect(statusLines(p, now)).to.deep.equal([]);
  });

  it('refuses JSON without a usable count', () => {
    expect(() => readPetition({ data: { attributes: { action: 'x' } } })).to.throw(ConfigError);
    expect(() => readPetition({ data: { attributes: { signature_count: -4 } } })).to.throw(
      ConfigError,
    );
    expect(() => readPetition({ signature_count: 'many' })).to.throw(ConfigError);
    expect(() => readPetition(null)).to.throw(ConfigError);
  });

  it('keeps a count only from signature_count, never from elsewhere', () => {
    const p: Petition = readPetition({ data: { attributes: { signature_count: '12' } } });
    expect(p.count).to.equal(12);
  });
});

describe('describeValue (messages never throw)', () => {
  it('shows strings and numbers as written, and names what it cannot show', () => {
    expect(describeValue('lots')).to.equal('"lots"');
    expect(describeValue(Infinity)).to.equal('Infinity');
    expect(describeValue(undefined)).to.equal('nothing');
    expect(describeValue(Symbol('x'))).to.equal('a symbol');
    expect(describeValue(10n)).to.equal('a bigint');
    const throwing = {
      toJSON() {
        throw new Error('no');
      },
    };
    expect(describeValue(throwing)).to.equal('an object');
    expect(describeValue(Object.create(null))).to.equal('{}');
  });
});

describe('readConfig', () => {
  const attribute = (input: CounterInput) => {
    try {
      readConfig(input);
    } catch (e) {
      return (e as ConfigError).attribute;
    }
    return 'none';
  };
  it('reads numbers, strings and URLs where they are meant', () => {
    const config = readConfig({ petition: 700123, goal: '250,000', interval: 30 });
    expect(config).to.include({
      kind: 'petition',
      url: 'https://petition.parliament.uk/petitions/700123',
      link: 'https://petition.parliament.uk/petitions/700123',
      goal: 250_000,
      interval: 30,
      notation: 'standard',
    });
    const fromUrl = readConfig({
      src: new URL('https://union.example/a.json'),
      countPath: 'total',
    });
    expect(fromUrl).to.include({ kind: 'src', url: 'https://union.example/a.json', link: '' });
    expect(fromUrl.countSteps).to.deep.equal(['total']);
    expect(readConfig({ count: '1,500', interval: '5' })).to.include({
      fixedCount: 1500,
      interval: 10,
    });
  });
  it('issue 13.10: a goal or interval that is not finite is an error naming it', () => {
    for (const goal of ['1e309', 'Infinity', '0x10', Infinity, NaN, -1, '']) {
      expect(attribute({ count: 5, goal }), String(goal)).to.equal('goal');
    }
    expect(attribute({ count: 5, interval: Infinity })).to.equal('interval');
  });
  it('issue 13.8-9: a value of the wrong kind is an error naming the property, never a TypeError', () => {
    const values = [Symbol('x'), Object.create(null), new Date(), [1], {}, 10n, () => 1];
    for (const value of values) {
      expect(attribute({ petition: value })).to.equal('petition');
      expect(attribute({ src: value })).to.equal('src');
      expect(attribute({ count: value })).to.equal('count');
      expect(attribute({ count: 5, label: value })).to.equal('label');
      expect(attribute({ count: 5, href: value })).to.equal('href');
      expect(attribute({ count: 5, notation: value })).to.equal('notation');
      expect(attribute({ count: 5, countPath: value })).to.equal('count-path');
      expect(attribute({ count: 5, actionText: value })).to.equal('action-text');
    }
  });
});

describe('readPetition against a page that patches Object.prototype', () => {
  it('issue 13.7: reads data, attributes, type and state as own properties only', () => {
    const proto = Object.prototype as unknown as Record<string, unknown>;
    try {
      proto.data = { type: 'archived-petition', attributes: { signature_count: 999 } };
      proto.state = 'rejected';
      const p = readPetition({ signature_count: 12 });
      expect(p.count).to.equal(12);
      expect(p.archived).to.equal(false);
      expect(Object.hasOwn(p, 'state')).to.equal(false);
      expect(finished(p)).to.equal(false);
    } finally {
      delete proto.data;
      delete proto.state;
    }
  });
});
