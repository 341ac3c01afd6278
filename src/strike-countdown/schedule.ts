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
 * weeks and days are calendar days in the zone (P2D across the autumn change is 49 hours),
 * hours, minutes and seconds are exact (PT48H is always 48 hours). Years and months are refused.
 */
import { ConfigError } from '../core/errors.js';
import { dateTimeFormat } from '../core/format.js';

const DAY = 864e5;
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
  /** The instant the phase or (during a round) the day number next changes; Infinity if never. */
  next: number;
  /** During a round: its day, from 1, counted in calendar days in the zone. */
  day?: number;
}

const DATE = 'a date-time such as 2026-12-03T08:00';
const END = 'a later date-time or a positive duration such as P2D';
const PERIODS = 'ordered intervals such as 2026-12-03T08:00/P2D';
const ZONE = 'an IANA zone such as Europe/London';
const DATE_VALUE = 'an ISO 8601 date-time such as 2026-12-03T08:00, a Date, or ms since 1970';

/** An offset (sign, hours, minutes) in ms; none (Z, GMT) is 0. */
function offsetMs(sign?: string, hours = '0', minutes = '0') {
  if (!sign) return 0;
  const direction = sign === '-' ? -1 : 1;
  return direction * (Number(hours) * 60 + Number(minutes)) * 60e3;
}

const HOUR = 36e5;

/** The UTC offset of `zone` at instant `t`, in ms, from `Intl` ("GMT+01:00", or "GMT" for 0). */
function offsetFromIntl(zone: string, t: number) {
  const [, sign, h, m] =
    /([+-])(\d\d):(\d\d)/.exec(
      dateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).format(t),
    ) ?? [];
  return offsetMs(sign, h, m);
}

/**
 * Each zone's offset for each UTC day, and for each UTC hour, asked about (ms since the epoch /
 * the span's length); `NaN` for a span with an offset change inside it.
 */
const offsetsByDay = new Map<string, Map<number, number>>();
const offsetsByHour = new Map<string, Map<number, number>>();

/**
 * The UTC offset of `zone` at instant `t`, in ms. `Intl` is asked once per zone and UTC day (at
 * its first and last millisecond: no zone changes its offset and back within a day); for a day
 * with a change, once per hour in the same way (Newfoundland's and Lord Howe's changes fall on
 * the half hour), and for the hour of the change, at `t` itself. A page of countdowns spread
 * over weeks asks about a few dozen days rather than thousands of hours. Throws for a zone that
 * is not one (nothing is cached for it).
 */
function offset(zone: string, t: number) {
  const dayOffset = spanOffset(offsetsByDay, zone, t, DAY);
  if (!Number.isNaN(dayOffset)) return dayOffset;
  const hourOffset = spanOffset(offsetsByHour, zone, t, HOUR);
  return Number.isNaN(hourOffset) ? offsetFromIntl(zone, t) : hourOffset;
}

/** The offset of `zone` all through the span of `length` ms around `t`, or `NaN` if it changes. */
function spanOffset(
  cache: Map<string, Map<number, number>>,
  zone: string,
  t: number,
  length: number,
) {
  const index = Math.floor(t / length);
  let spans = cache.get(zone);
  let known = spans?.get(index);
  if (known === undefined) {
    const atStart = offsetFromIntl(zone, index * length);
    const atEnd = offsetFromIntl(zone, (index + 1) * length - 1);
    known = atStart === atEnd ? atStart : NaN;
    if (!spans) cache.set(zone, (spans = new Map()));
    spans.set(index, known);
  }
  return known;
}

/** The wall-clock time in `zone` at instant `t`, as ms that `Date`'s UTC methods read as that time. */
const wallOf = (zone: string, t: number) => t + offset(zone, t);

/** The instant of wall-clock time `wall` in `zone`, disambiguated as Temporal's 'compatible'. */
export function instantOf(zone: string, wall: number): number {
  const a = wall - offset(zone, wall - DAY); // with the offset before any change that day
  const b = wall - offset(zone, wall + DAY); // with the offset after it
  // Only the later offset is right: after the change. Otherwise the earlier one: before the
  // change, the earlier of an overlap, or a gap's time moved later by the gap.
  return offset(zone, a) != wall - a && offset(zone, b) == wall - b ? b : a;
}

/**
 * The latest instant a schedule may reach: the end of the year 9999, the last a four-digit ISO
 * 8601 year can write (far inside `Date`'s range, so the zone arithmetic below never fails).
 */
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** `t` is an instant the schedule can work with: finite, and no later than the year 9999. */
const inRange = (t: number) => Number.isFinite(t) && Math.abs(t) <= LATEST;

/**
 * The wall-clock fields as ms that `Date`'s UTC methods read back, or NaN when they do not read
 * back as written (30 February, 24:00, minute 60). Checked with the `getUTC*` fields, so a page
 * that patches `Date.prototype.toJSON` or `toISOString` cannot make a valid date look invalid.
 */
function wallClock(date: string, time: string, seconds: string, fraction: string) {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const second = Number(seconds.slice(1));
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, Number((fraction + '000').slice(1, 4)));
  const readsBack =
    wall.getUTCFullYear() === year &&
    wall.getUTCMonth() === month - 1 &&
    wall.getUTCDate() === day &&
    wall.getUTCHours() === hour &&
    wall.getUTCMinutes() === minute &&
    wall.getUTCSeconds() === second;
  return readsBack ? wall.getTime() : NaN;
}

/** An ISO 8601 date or date-time as an instant; without an offset, wall-clock time in `zone`. */
export function parseDateTime(value: string, zone: string, attribute = 'start'): number {
  const text = value.trim();
  const [
    ,
    date,
    time = '00:00',
    seconds = ':00',
    fraction = '',
    zulu,
    sign,
    offsetHours,
    offsetMinutes,
  ] =
    /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d)(?:(:\d\d)([.,]\d+)?)?(Z|([+-])(\d\d)(?::?(\d\d))?)?)?$/i.exec(
      text,
    ) ?? [];
  const wall = date ? wallClock(date, time, seconds, fraction) : NaN;
  if (Number.isNaN(wall) || Number(offsetHours) > 23 || Number(offsetMinutes) > 59)
    throw new ConfigError(attribute, text ? `"${text}" is not a date.` : 'is missing.', DATE);
  return zulu ? wall - offsetMs(sign, offsetHours, offsetMinutes) : instantOf(zone, wall);
}

/** A value a developer may give for a date-time: ISO 8601 text, a `Date`, or ms since the epoch. */
export type DateTimeInput = string | Date | number;

/**
 * A date-time given as text (read by `parseDateTime`), as a `Date` or as a number of ms since the
 * epoch (as `Date.now()` gives). Anything else, an invalid `Date` or an instant past the year
 * 9999, is a ConfigError naming `attribute`.
 */
export function readDateTime(value: unknown, zone: string, attribute: string): number {
  if (typeof value === 'string') return parseDateTime(value, zone, attribute);
  if (value instanceof Date || typeof value === 'number') {
    const instant = value instanceof Date ? value.getTime() : value;
    if (inRange(instant)) return instant;
    throw new ConfigError(attribute, 'is not a valid date.', DATE_VALUE);
  }
  throw new ConfigError(attribute, `is a ${describeType(value)}, not a date.`, DATE_VALUE);
}

/** What kind of value `value` is, for a message (never calls the value's own methods). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * The end of a round that starts at `start`: `start` plus a positive ISO 8601 duration (weeks,
 * days, hours, minutes, seconds: weeks and days are calendar days in `zone`, the rest exact), or
 * a date-time after `start` (text, a `Date` or ms, as `readDateTime` reads them).
 */
export function addDuration(zone: string, start: number, value: unknown, attribute = 'end') {
  const isDuration = typeof value === 'string' && /P/i.test(value);
  // "48 hours", "Saturday": not an ISO date-time either, and the message says both are welcome.
  if (typeof value === 'string' && !isDuration && !/^\s*\d{4}-/.test(value))
    throw new ConfigError(attribute, `"${value}" is neither a date-time nor a duration.`, END);
  const end = isDuration
    ? durationEnd(zone, start, value, attribute)
    : readDateTime(value, zone, attribute);
  if (end > start) return end;
  throw new ConfigError(attribute, `"${String(value)}" is not after the start.`, END);
}

/** `start` plus the ISO 8601 duration `value`; a ConfigError naming `attribute` past the year 9999. */
function durationEnd(zone: string, start: number, value: string, attribute: string) {
  if (/^P(?=\d+[YM])/i.test(value))
    throw new ConfigError(
      attribute,
      `"${value}" counts months or years, whose length varies: give weeks or days.`,
      END,
    );
  const [, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = '0'] =
    /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:([\d.,]+)S)?)?$/i.exec(value) ?? [];
  const calendarDays = 7 * Number(weeks) + Number(days);
  const exactMs =
    (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds.replace(',', '.'))) * 1e3;
  const wallEnd = wallOf(zone, start) + calendarDays * DAY;
  // Checked before the zone is asked about it: Intl throws "Invalid time value" out of range.
  if (!inRange(wallEnd) || !inRange(wallEnd + exactMs))
    throw new ConfigError(attribute, `"${value}" ends after the year 9999.`, END);
  return (calendarDays ? instantOf(zone, wallEnd) : start) + exactMs;
}

/** What `parseSchedule` reads: the element's properties, as a developer may have set them. */
export interface ScheduleInput {
  start?: DateTimeInput | null;
  end?: DateTimeInput | null;
  periods?: string | null;
  timezone?: string | null;
}

/** `value` as trimmed text ('' when absent); a ConfigError naming `attribute` if it is not text. */
export function readText(value: unknown, attribute: string, expected = 'text'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  throw new ConfigError(attribute, `is a ${describeType(value)}, not text.`, expected);
}

/** The IANA zone in `timezone` (default Europe/London), checked against `Intl`. */
function readZone(timezone: unknown) {
  const zone = readText(timezone, 'timezone', ZONE) || 'Europe/London';
  try {
    offset(zone, 0);
  } catch {
    throw new ConfigError('timezone', `"${zone}" is not a time zone.`, ZONE);
  }
  return zone;
}

/** One `start/end` or `start/duration` interval of `periods`, starting no earlier than `earliest`. */
function readInterval(interval: string, zone: string, earliest: number): Period {
  const [startText, endText, extra] = interval.split('/');
  const start = endText && extra === undefined ? parseDateTime(startText, zone, 'periods') : NaN;
  if (Number.isNaN(start) || start < earliest)
    throw new ConfigError(
      'periods',
      `"${interval}" is not an interval after the one before.`,
      PERIODS,
    );
  return { start, end: addDuration(zone, start, endText, 'periods') };
}

/** Reads the attributes into a schedule; throws a ConfigError naming the attribute at fault. */
export function parseSchedule({ start, end, periods, timezone }: ScheduleInput): Schedule {
  const zone = readZone(timezone);
  const intervals = readText(periods, 'periods', PERIODS);
  if (!intervals) {
    // Without `periods`, start and end are the one round (no end: open-ended).
    const startsAt = readDateTime(start ?? '', zone, 'start');
    const hasEnd = end !== undefined && end !== null && end !== '';
    const endText = typeof end === 'string' ? end.trim() : end;
    return {
      zone,
      periods: [
        { start: startsAt, end: hasEnd ? addDuration(zone, startsAt, endText) : undefined },
      ],
    };
  }
  const rounds: Period[] = [];
  for (const interval of intervals.split(/[\s,]+/)) {
    const previousEnd = rounds.at(-1)?.end ?? -Infinity;
    rounds.push(readInterval(interval, zone, previousEnd));
  }
  return { zone, periods: rounds };
}

/** Where the schedule is at `now`. */
export function phaseAt({ periods, zone }: Schedule, now: number): PhaseInfo {
  let periodIndex = 0;
  /** The calendar day in the zone, counted from 1970-01-01. */
  const dayOf = (t: number) => Math.floor(wallOf(zone, t) / DAY);
  const info = (phase: Phase, next: number, remaining = next - now, day?: number) => ({
    phase,
    remaining,
    periodIndex,
    next,
    day,
  });
  for (const { start, end = Infinity } of periods) {
    if (now < start) return info(periodIndex ? 'between' : 'before', start);
    if (now < end) {
      // The day number changes at midnight in the zone (it is shown for an open-ended round).
      const today = dayOf(now);
      return info(
        'during',
        Math.min(end, instantOf(zone, (today + 1) * DAY)),
        end - now,
        today - dayOf(start) + 1,
      );
    }
    periodIndex++;
  }
  periodIndex--;
  return info('after', Infinity, 0);
}

/** Splits ms into whole days, hours, minutes and seconds, rounded up to `unit` ms. */
export function split(ms: number, unit = 1000) {
  const totalSeconds = (Math.ceil(ms / unit) * unit) / 1000;
  return {
    days: Math.floor(totalSeconds / 86400),
    hours: Math.floor(totalSeconds / 3600) % 24,
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
  };
}
