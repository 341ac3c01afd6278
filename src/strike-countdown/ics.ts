/**
 * A pure iCalendar (RFC 5545) writer for the strike's rounds: one VEVENT per period, times in
 * UTC, TEXT values escaped, lines folded at 75 octets, CRLF line ends.
 */
import type { Period } from './schedule.js';

/** An instant as an iCalendar UTC date-time, e.g. 20261203T080000Z. */
export const icsDate = (t: number) => new Date(t).toISOString().replace(/[-:]|\.\d+/g, '');

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export const icsText = (s: string) => s.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

export interface IcsInput {
  periods: Period[];
  summary: string;
  url?: string | null;
  /** DTSTAMP: when the file is made. */
  stamp: number;
}

/** A stable UID per round, from its start and the summary. */
function uid(p: Period, summary: string) {
  let h = 5381;
  for (const c of summary) h = (h * 33) ^ c.charCodeAt(0);
  return `${icsDate(p.start)}-${(h >>> 0).toString(36)}@strike-countdown`;
}

export function ics({ periods, summary, url, stamp }: IcsInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//strike-widgets//strike-countdown//EN',
    'METHOD:PUBLISH',
  ];
  periods.forEach((p, i) => {
    const title = periods.length > 1 ? `${summary} (${i + 1}/${periods.length})` : summary;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(p, title)}`,
      `DTSTAMP:${icsDate(stamp)}`,
      `DTSTART:${icsDate(p.start)}`,
      ...(p.end === undefined ? [] : [`DTEND:${icsDate(p.end)}`]),
      `SUMMARY:${icsText(title)}`,
      ...(url ? [`URL:${url}`] : []),
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
