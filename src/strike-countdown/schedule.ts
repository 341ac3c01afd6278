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

/** An offset (sign, hours, minutes) in ms; none (Z, GMT) is 0. */
const offsetMs = (sign?: string, h?: string, m = '0') =>
  sign ? +(sign + 1) * (+h! * 60 + +m) * 6e4 : 0;

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
 * Each zone's offset for each UTC hour (ms since the epoch / HOUR) asked about; `NaN` for an
 * hour with an offset change inside it (Newfoundland's and Lord Howe's fall on the half hour).
 */
const offsetsByHour = new Map<string, Map<number, number>>();

/**
 * The UTC offset of `zone` at instant `t`, in ms: `Intl` is asked once per zone and hour (twice:
 * at its first and last millisecond, so an hour with a change inside it is asked exactly).
 * Throws for a zone that is not one (nothing is cached for it).
 */
function offset(zone: string, t: number) {
  const hour = Math.floor(t / HOUR);
  let hours = offsetsByHour.get(zone);
  let hourOffset = hours?.get(hour);
  if (hourOffset === undefined) {
    const atStart = offsetFromIntl(zone, hour * HOUR);
    const atEnd = offsetFromIntl(zone, (hour + 1) * HOUR - 1);
    hourOffset = atStart === atEnd ? atStart : NaN;
    if (!hours) offsetsByHour.set(zone, (hours = new Map()));
    hours.set(hour, hourOffset);
  }
  return Number.isNaN(hourOffset) ? offsetFromIntl(zone, t) : hourOffset;
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

/** An ISO 8601 date or date-time as an instant; without an offset, wall-clock time in `zone`. */
export function parseDateTime(value: string, zone: string, attribute = 'start'): number {
  const v = value.trim();
  const [, date, hm = '00:00', s = ':00', f = '', z, sign, oh, om] =
    /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d)(?:(:\d\d)([.,]\d+)?)?(Z|([+-])(\d\d)(?::?(\d\d))?)?)?$/i.exec(
      v,
    ) ?? [];
  const iso = `${date}T${hm}${s}`;
  const wall = Date.parse(iso + 'Z') + +(f + '000').slice(1, 4);
  // Date.parse rolls 30 February over to March, and 24:00 to the next day: read it back.
  if (!new Date(wall).toJSON()?.startsWith(iso) || +oh > 23 || +om > 59)
    throw new ConfigError(attribute, v ? `"${v}" is not a date.` : 'is missing.', DATE);
  return z ? wall - offsetMs(sign, oh, om) : instantOf(zone, wall);
}

/**
 * The end of a round that starts at `start`: `start` plus a positive ISO 8601 duration (weeks,
 * days, hours, minutes, seconds: weeks and days are calendar days in `zone`, the rest exact), or
 * a date-time after `start`.
 */
export function addDuration(zone: string, start: number, value: string, attribute = 'end') {
  let end;
  if (/P/i.test(value)) {
    const [, w = 0, d = 0, h = 0, m = 0, s = '0'] =
      /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:([\d.,]+)S)?)?$/i.exec(value) ??
      [];
    const days = 7 * +w + +d;
    end =
      (days ? instantOf(zone, wallOf(zone, start) + days * DAY) : start) +
      (+h * 3600 + +m * 60 + +s.replace(',', '.')) * 1e3;
  } else end = parseDateTime(value, zone, attribute);
  if (end > start) return end;
  throw new ConfigError(attribute, `"${value}" is not after the start.`, END);
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
  try {
    offset(zone, 0);
  } catch {
    throw new ConfigError(
      'timezone',
      `"${zone}" is not a time zone.`,
      'an IANA zone such as Europe/London',
    );
  }
  const p = periods?.trim();
  let last = -Infinity;
  return {
    zone,
    // Each interval in `periods` is a round; without `periods`, start and end are the one round.
    periods: (p ? p.split(/[\s,]+/) : [null]).map((interval) => {
      const [a, b, extra] = interval?.split('/') ?? [start ?? '', end?.trim() ?? ''];
      const s =
        interval && (!b || extra != null) ? NaN : parseDateTime(a, zone, p ? 'periods' : 'start');
      if (!(s >= last))
        throw new ConfigError(
          'periods',
          `"${interval}" is not an interval after the one before.`,
          PERIODS,
        );
      return {
        start: s,
        end: b ? (last = addDuration(zone, s, b, p ? 'periods' : 'end')) : undefined,
      };
    }),
  };
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
  const s = (Math.ceil(ms / unit) * unit) / 1000;
  // (x | 0 drops the fraction: fine below 2^31 days, hours and minutes.)
  return {
    days: (s / 86400) | 0,
    hours: ((s / 3600) % 24) | 0,
    minutes: ((s / 60) % 60) | 0,
    seconds: s % 60,
  };
}
