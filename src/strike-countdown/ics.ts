/**
 * A pure iCalendar (RFC 5545) writer for the strike's rounds: one VEVENT per period, times in
 * UTC, TEXT values escaped, lines folded at 75 octets, CRLF line ends.
 */
import type { Period } from './schedule.js';

/** An instant as an iCalendar UTC date-time, e.g. 20261203T080000Z. */
export const icsDate = (t: number) => new Date(t).toISOString().replace(/[-:]|\.\d+/g, '');

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export const icsText = (s: string) => s.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if ((octets += n) > 75) {
      out += '\r\n ';
      octets = n + 1;
    }
    out += ch;
  }
  return out;
}

export interface IcsInput {
  periods: Period[];
  summary: string;
  url?: string | null;
  /** DTSTAMP: when the file is made. */
  stamp: number;
}

/** The file: written with \n (no TEXT value holds one: icsText escapes them), then folded, CRLF. */
export const ics = ({ periods, summary, url, stamp }: IcsInput): string =>
  `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//strike-widgets//EN
${periods
  .map(({ start, end }, i) => {
    const title = periods.length > 1 ? `${summary} (${i + 1}/${periods.length})` : summary;
    // A stable UID per round: its start and its title.
    return `BEGIN:VEVENT
UID:${icsDate(start)}-${encodeURIComponent(title)}@strike-countdown
DTSTAMP:${icsDate(stamp)}
DTSTART:${icsDate(start)}
${end ? `DTEND:${icsDate(end)}\n` : ''}SUMMARY:${icsText(title)}
${url ? `URL:${url}\n` : ''}END:VEVENT
`;
  })
  .join('')}END:VCALENDAR
`
    .split('\n')
    .map(fold)
    .join('\r\n');
