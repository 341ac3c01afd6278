/**
 * The strike's schedule, as pure code (no DOM, no date library: `Intl` alone).
 *
 * Times written without an offset are wall-clock times in the schedule's IANA zone. They are
 * turned into instants the way `Temporal` does by default (`disambiguation: 'compatible'`):
 * a time that does not exist (the spring-forward gap, 01:30 on 2026-03-29 in London) moves
 * forward by the length of the gap (02:30 BST); a time that happens twice (the autumn overlap,
 * 01:30 on 2026-10-25 in London) is the earlier of the two (01:30 BST). A date alone is 00:00.
 *
 * Durations (`P2D`, `PT48H`, `P1DT12H`) are added as `Temporal.ZonedDateTime#add` adds them:
 * years, months, weeks and days are calendar units in the zone (P2D across the autumn change is
 * 49 hours), hours, minutes and seconds are exact (PT48H is always 48 hours).
 */
import { ConfigError } from '../core/errors.js';

export const DAY = 864e5;
export type Phase = 'before' | 'during' | 'between' | 'after';

/** One round of the strike, as instants (ms since the epoch); no `end` when open-ended. */
export interface Period {
  start: number;
  end?: number;
}

export interface Schedule {
  periods: Period[];
  /** The IANA zone for times without an offset and for showing dates. */
  zone: string;
}

export interface PhaseInfo {
  phase: Phase;
  /** Ms to the next boundary (next start, or the end during a round); 0 after; Infinity during an open-ended round. */
  remaining: number;
  /** The round that is on or next, from 0 (the last one after). */
  periodIndex: number;
  /** The instant the phase (or, in an open-ended round, the day number) next changes; Infinity if never. */
  next: number;
  /** During an open-ended round: its day, from 1, counted in calendar days in the zone. */
  day?: number;
}

const DATE_EXPECTED = 'an ISO 8601 date-time such as 2026-12-03T08:00';
const END_EXPECTED =
  'a date-time after the start, or a positive ISO 8601 duration such as P2D or PT48H';

const parts = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(zone: string) {
  let f = parts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    parts.set(zone, f);
  }
  return f;
}

/** Throws a ConfigError for `timezone` unless `Intl` knows the zone. */
export function checkZone(zone: string) {
  try {
    zoneFormat(zone);
  } catch {
    throw new ConfigError(
      'timezone',
      `"${zone}" is not a time zone.`,
      'an IANA time zone such as Europe/London',
    );
  }
}

/**
 * The wall-clock time in `zone` at instant `t`, as a number that `Date`'s UTC methods read back
 * as that wall-clock time ("wall ms").
 */
export function wallOf(zone: string, t: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of zoneFormat(zone).formatToParts(t)) p[type] = +value;
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + (((t % 1000) + 1000) % 1000)
  );
}

/** The instant of wall-clock time `wall` in `zone`, disambiguated as Temporal's 'compatible'. */
export function instantOf(zone: string, wall: number): number {
  const a = wall - (wallOf(zone, wall - DAY) - (wall - DAY)); // with the offset before any change that day
  const b = wall - (wallOf(zone, wall + DAY) - (wall + DAY)); // with the offset after it
  const okA = wallOf(zone, a) === wall;
  const okB = wallOf(zone, b) === wall;
  if (okA && okB) return Math.min(a, b); // overlap: the earlier
  if (okB) return b;
  // Exists with the earlier offset, or falls in a gap: then the earlier offset moves it later.
  return a;
}

const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;

/** An ISO 8601 date or date-time as an instant; without an offset, wall-clock time in `zone`. */
export function parseDateTime(value: string, zone: string, attribute = 'start'): number {
  const m = DATE_TIME.exec(value.trim());
  const bad = () => new ConfigError(attribute, `"${value}" is not a date.`, DATE_EXPECTED);
  if (!m) throw bad();
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +frac.padEnd(3, '0').slice(0, 3));
  const check = new Date(wall);
  if (
    check.getUTCDate() !== +d ||
    check.getUTCMonth() !== +mo - 1 ||
    +h > 23 ||
    +mi > 59 ||
    +s > 59
  )
    throw bad();
  if (!offset) return instantOf(zone, wall);
  if (/z/i.test(offset)) return wall;
  const sign = offset[0] === '-' ? -1 : 1;
  const o = offset.replace(':', '');
  const oh = +o.slice(1, 3);
  const om = +(o.slice(3) || 0);
  if (oh > 23 || om > 59) throw bad();
  return wall - sign * (oh * 60 + om) * 6e4;
}

const DURATION =
  /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/** Whether `value` looks like an ISO 8601 duration (possibly negative or malformed). */
export const isDuration = (value: string) => /^[-+]?P/i.test(value.trim());

/**
 * `start` plus a positive ISO 8601 duration (weeks, days, hours, minutes, seconds): weeks and
 * days are calendar days in `zone`, then hours, minutes and seconds are exact.
 */
export function addDuration(zone: string, start: number, value: string, attribute = 'end'): number {
  const m = DURATION.exec(value.trim());
  const [w, d, h, mi, s] = (m?.slice(1) ?? []).map((n) => +(n ?? '0').replace(',', '.'));
  let t = start;
  if (w || d) {
    const wall = new Date(wallOf(zone, start));
    wall.setUTCDate(wall.getUTCDate() + 7 * w + d);
    t = instantOf(zone, +wall);
  }
  t += (h * 3600 + mi * 60 + s) * 1000;
  if (!m || /T$/i.test(value.trim()) || !(t > start)) {
    throw new ConfigError(attribute, `"${value}" is not a positive duration.`, END_EXPECTED);
  }
  return t;
}

function endOf(zone: string, start: number, value: string, attribute: string): number {
  const end = isDuration(value)
    ? addDuration(zone, start, value, attribute)
    : parseDateTime(value, zone, attribute);
  if (end <= start)
    throw new ConfigError(attribute, `"${value}" is not after the start.`, END_EXPECTED);
  return end;
}

export interface ScheduleInput {
  start?: string | null;
  end?: string | null;
  periods?: string | null;
  timezone?: string | null;
}

/** Reads the attributes into a schedule; throws a ConfigError naming the attribute at fault. */
export function parseSchedule({ start, end, periods, timezone }: ScheduleInput): Schedule {
  const zone = timezone?.trim() || 'Europe/London';
  checkZone(zone);
  const list: Period[] = [];
  if (periods?.trim()) {
    const expected =
      'ISO 8601 intervals in order, not overlapping, such as 2026-12-03T08:00/P2D 2026-12-17T08:00/P2D';
    for (const interval of periods.trim().split(/[\s,]+/)) {
      const [a, b, extra] = interval.split('/');
      if (!b || extra !== undefined)
        throw new ConfigError('periods', `"${interval}" is not an interval.`, expected);
      const s = parseDateTime(a, zone, 'periods');
      const period = { start: s, end: endOf(zone, s, b, 'periods') };
      const previous = list[list.length - 1];
      if (previous && period.start < previous.end!) {
        throw new ConfigError(
          'periods',
          `"${interval}" overlaps or comes before the round before it.`,
          expected,
        );
      }
      list.push(period);
    }
  } else {
    if (!start?.trim()) throw new ConfigError('start', 'is missing.', DATE_EXPECTED);
    const s = parseDateTime(start, zone, 'start');
    list.push({ start: s, end: end?.trim() ? endOf(zone, s, end, 'end') : undefined });
  }
  return { periods: list, zone };
}

/** The day number (from 1) of `now` in a round that started at `start`, in calendar days in `zone`. */
function dayOf(zone: string, start: number, now: number) {
  const day = (t: number) => Math.floor(wallOf(zone, t) / DAY);
  return day(now) - day(start) + 1;
}

/** Where the schedule is at `now`. */
export function phaseAt({ periods, zone }: Schedule, now: number): PhaseInfo {
  for (let i = 0; i < periods.length; i++) {
    const { start, end } = periods[i];
    if (now < start) {
      return {
        phase: i ? 'between' : 'before',
        remaining: start - now,
        periodIndex: i,
        next: start,
      };
    }
    if (end === undefined) {
      const day = dayOf(zone, start, now);
      const midnight = instantOf(zone, (Math.floor(wallOf(zone, now) / DAY) + 1) * DAY);
      return { phase: 'during', remaining: Infinity, periodIndex: i, next: midnight, day };
    }
    if (now < end) return { phase: 'during', remaining: end - now, periodIndex: i, next: end };
  }
  return { phase: 'after', remaining: 0, periodIndex: periods.length - 1, next: Infinity };
}

/** Splits ms into whole days, hours, minutes and seconds, rounded up to `unit` ms. */
export function split(ms: number, unit = 1000) {
  const s = (Math.ceil(ms / unit) * unit) / 1000;
  return {
    days: Math.floor(s / 86400),
    hours: Math.floor(s / 3600) % 24,
    minutes: Math.floor(s / 60) % 60,
    seconds: s % 60,
  };
}
