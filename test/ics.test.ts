import './helpers.js';
import { expect } from '@open-wc/testing';
import { fold, ics, icsText } from '../src/strike-countdown/ics.js';
import { parseSchedule } from '../src/strike-countdown/schedule.js';

/** A small RFC 5545 reader: unfolds, splits properties, unescapes TEXT. */
function parse(text: string) {
  expect(text.endsWith('\r\n')).to.equal(true);
  expect(/[^\r]\n/.test(text), 'bare LF').to.equal(false);
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  const stack: string[] = [];
  for (const line of lines) {
    const i = line.indexOf(':');
    const [name, value] = [line.slice(0, i), line.slice(i + 1)];
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push((current = {}));
    } else if (name === 'END') {
      expect(stack.pop()).to.equal(value);
      current = undefined;
    } else if (current) {
      current[name] = value.replace(/\\([\\;,nN])/g, (_, c) =>
        c.toLowerCase() === 'n' ? '\n' : c,
      );
    }
  }
  expect(stack).to.deep.equal([]);
  return { events, lines };
}

describe('ics', () => {
  const { periods } = parseSchedule({ periods: '2026-12-03T08:00/P2D 2027-06-17T08:00/PT12H' });
  const summary = 'Junior doctors\' strike; pay, safety, and "restoration"\\ now\nJoin us';
  const text = ics({
    periods,
    summary,
    url: 'https://example.org/picket?a=1,2;x',
    stamp: Date.UTC(2026, 10, 21, 9, 5, 7),
  });

  it('writes one VEVENT per period with UTC times, UID, DTSTAMP, SUMMARY and URL', () => {
    const { events, lines } = parse(text);
    expect(lines.slice(0, 2)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
    expect(events).to.have.length(2);
    expect(events[0]).to.include({
      DTSTAMP: '20261121T090507Z',
      DTSTART: '20261203T080000Z',
      DTEND: '20261205T080000Z',
      SUMMARY: `${summary} (1/2)`,
      URL: 'https://example.org/picket?a=1,2;x',
    });
    expect(events[1]).to.include({ DTSTART: '20270617T070000Z', DTEND: '20270617T190000Z' });
    expect(events[0].UID).to.match(/@/);
    expect(events[0].UID).not.to.equal(events[1].UID);
  });

  it('escapes , ; \\ and newlines in TEXT', () => {
    expect(icsText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    expect(text.replace(/\r\n /g, '')).to.include(
      'SUMMARY:Junior doctors\' strike\\; pay\\, safety\\, and "restoration"\\\\ now\\nJoin us',
    );
  });

  it('folds lines at 75 octets with CRLF and a space, never inside a UTF-8 character', () => {
    const long = `SUMMARY:${'Streic meddygon iau — ŵ ŷ '.repeat(8)}`;
    const folded = fold(long);
    const enc = new TextEncoder();
    for (const l of folded.split('\r\n')) expect(enc.encode(l).length).to.be.at.most(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).to.equal(true);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    for (const l of text.split('\r\n')) expect(enc.encode(l).length).to.be.at.most(75);
    expect(fold('x'.repeat(75))).to.equal('x'.repeat(75));
  });

  it('an open-ended strike has no DTEND; no URL without href', () => {
    const open = ics({
      periods: parseSchedule({ start: '2026-12-03' }).periods,
      summary: 'S',
      stamp: 0,
    });
    const { events } = parse(open);
    expect(events[0].DTSTART).to.equal('20261203T000000Z');
    expect(events[0]).not.to.have.property('DTEND');
    expect(events[0]).not.to.have.property('URL');
    expect(events[0].SUMMARY).to.equal('S');
  });
});
