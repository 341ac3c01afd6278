/**
 * The counter's configuration, read from its properties as a developer or an attribute may set
 * them: strings, numbers where a number is meant, `URL` objects where a URL is meant. Anything
 * else (a symbol, an object without a prototype, one whose `toString` throws) is a ConfigError
 * naming the property; nothing here throws anything else.
 */
import { ConfigError } from '../core/errors.js';
import { addressProblem, safeUrl } from '../core/url.js';
import { parsePath, petitionUrl, toCount, wrong } from './sources.js';

/** The properties the configuration is read from, as set (attributes arrive as strings). */
export interface CounterInput {
  petition?: unknown;
  src?: unknown;
  countPath?: unknown;
  count?: unknown;
  goal?: unknown;
  interval?: unknown;
  label?: unknown;
  href?: unknown;
  actionText?: unknown;
  notation?: unknown;
}

/** Where the count comes from. */
export type SourceKind = 'petition' | 'src' | 'count';

/** The configuration, checked. */
export interface CounterConfig {
  kind: SourceKind;
  /** The petition's page URL (`petition`) or the JSON URL (`src`); none for a fixed count. */
  url?: string;
  /** `count-path` as written (for `src`). */
  countPath: string;
  /** The path's steps (for `src`). */
  countSteps: (string | number)[];
  /** The fixed count (for `count`). */
  fixedCount?: number;
  /** The author's goal, if any. */
  goal?: number;
  /** Seconds between reads: at least 10, 60 unless given. */
  interval: number;
  /** The title given, or `''`. */
  label: string;
  /** The link to sign: given, else the petition's page; `''` for none. */
  link: string;
  /** The link's text given, or `''`. */
  actionText: string;
  notation: 'standard' | 'compact';
}

/** The shortest interval between reads, in seconds. */
export const MIN_INTERVAL = 10;
/** The interval between reads when none is given, in seconds. */
export const DEFAULT_INTERVAL = 60;

const isAbsent = (value: unknown) => value === undefined || value === null;

/** Text: a string (absent: `''`); anything else is an error naming `attribute`. */
export function readText(value: unknown, attribute: string): string {
  if (isAbsent(value)) return '';
  if (typeof value === 'string') return value;
  throw wrong(attribute, value, 'text');
}

/** A URL given as a string or a `URL` object, as text (not yet checked). */
function urlText(value: unknown, attribute: string): string {
  if (value instanceof URL) return value.href;
  if (typeof value === 'string') return value;
  throw wrong(attribute, value, 'an http(s) URL');
}

/** A link or JSON URL: http(s) or relative, as an absolute URL. */
export function readUrl(value: unknown, attribute: string): string {
  const text = urlText(value, attribute);
  const problem = addressProblem(text);
  if (problem) throw new ConfigError(attribute, `"${text.trim()}" ${problem}`, 'an http(s) URL');
  const url = safeUrl(text);
  if (!url) throw wrong(attribute, value, 'an http(s) URL');
  return url;
}

/**
 * A positive, finite number, given as a number or as decimal digits (commas, the thousands
 * separators, allowed); `undefined` when absent. `1e309`, `Infinity` and `0x10` are errors.
 */
export function readPositive(value: unknown, attribute: string): number | undefined {
  if (isAbsent(value)) return undefined;
  let number = NaN;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string') {
    const written = value.replace(/,/g, '').trim();
    if (/^\d+(\.\d+)?$/.test(written)) number = Number(written);
  }
  if (Number.isFinite(number) && number > 0) return number;
  throw wrong(attribute, value, 'a positive number');
}

/** The target: a positive whole number of signatures (commas allowed), or none. */
function readGoal(value: unknown): number | undefined {
  const goal = readPositive(value, 'goal');
  if (goal === undefined || Number.isInteger(goal)) return goal;
  throw wrong('goal', value, 'a whole number of signatures');
}

/** `url` from `attribute`, unless the browser would refuse to fetch it from this page. */
function fetchable(url: string, attribute: string): string {
  const problem = addressProblem(url, { fetched: true });
  if (problem) throw new ConfigError(attribute, `"${url}" ${problem}`, 'an https URL');
  return url;
}

/** The petition's page URL from a number, a string or a `URL`. */
function readPetitionUrl(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value > 0) return petitionUrl(String(value));
    throw wrong('petition', value, 'a petition number or URL');
  }
  if (value instanceof URL) return petitionUrl(value.href);
  if (typeof value === 'string') return petitionUrl(value);
  throw wrong('petition', value, 'a petition number or URL');
}

/** Which one of `petition`, `src` and `count` is given; exactly one must be. */
function sourceKind(input: CounterInput): SourceKind {
  const given = (['petition', 'src', 'count'] as const).filter((key) => !isAbsent(input[key]));
  if (given.length === 1) return given[0];
  const problem = given.length === 0 ? 'is missing.' : 'are given together.';
  throw new ConfigError(
    given.join(' and ') || 'petition',
    problem,
    'one of petition, src or count',
  );
}

function readNotation(value: unknown): 'standard' | 'compact' {
  if (isAbsent(value)) return 'standard';
  if (value === 'standard' || value === 'compact') return value;
  throw wrong('notation', value, 'standard or compact');
}

/** A fixed count: a whole number, or digits with commas. */
function readFixedCount(value: unknown): number {
  if (typeof value === 'string') return toCount(value.replace(/,/g, ''), 'count');
  return toCount(value, 'count');
}

/** Reads and checks every property; throws the first ConfigError found. */
export function readConfig(input: CounterInput): CounterConfig {
  const kind = sourceKind(input);
  const config: CounterConfig = {
    kind,
    countPath: readText(input.countPath, 'count-path'),
    countSteps: [],
    goal: readGoal(input.goal),
    interval: Math.max(MIN_INTERVAL, readPositive(input.interval, 'interval') ?? DEFAULT_INTERVAL),
    label: readText(input.label, 'label'),
    link: '',
    actionText: readText(input.actionText, 'action-text'),
    notation: readNotation(input.notation),
  };
  if (kind === 'petition') config.url = fetchable(readPetitionUrl(input.petition), 'petition');
  if (kind === 'src') {
    config.countSteps = parsePath(config.countPath);
    config.url = fetchable(readUrl(input.src, 'src'), 'src');
  }
  if (kind === 'count') config.fixedCount = readFixedCount(input.count);
  if (!isAbsent(input.href)) config.link = readUrl(input.href, 'href');
  else if (kind === 'petition') config.link = config.url!;
  return config;
}
