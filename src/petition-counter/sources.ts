/**
 * Where a count comes from, as pure code: UK Parliament petition URLs, JSON paths, counts that
 * can be trusted, and the petition fields the counter shows. No DOM here (but for `base`, which
 * defaults to the page's URL).
 */
import { ConfigError } from '../core/errors.js';
import { safeUrl } from '../core/url.js';

/**
 * A value as a site owner can read it in a message: strings and numbers as written, JSON for
 * plain data, and a plain word for the rest (a symbol, an object that cannot be shown). Never
 * throws, whatever the value.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'symbol' || typeof value === 'function' || typeof value === 'bigint') {
    return `a ${typeof value}`;
  }
  try {
    return JSON.stringify(value) ?? `a ${typeof value}`;
  } catch {
    return 'an object';
  }
}

/**
 * A ConfigError for `attribute`: it held `value` (described by `describeValue`), `at` a place in
 * the JSON if given, and expects `expected`.
 */
export const wrong = (attribute: string, value: unknown, expected: string, at?: string) =>
  new ConfigError(attribute, `found ${describeValue(value)}${at ? ` at ${at}` : ''}.`, expected);

/**
 * The Parliament's petitions site, written with `http://` or with no scheme at all (as copied
 * from an address bar or typed): it answers only over https, and a page served over https may
 * not ask an http address anyway.
 */
const PARLIAMENT_SITE = /^(?:https?:\/\/)?petition\.parliament\.uk\//i;

/**
 * The petition's page URL from its number (on `https://petition.parliament.uk`) or any http(s)
 * or relative URL of it: query, fragment, trailing slashes and a trailing `.json` or
 * `/count.json` are dropped, and the Parliament's site is always https. `base` resolves
 * relative URLs.
 */
export function petitionUrl(value: string, base?: string): string {
  const v = value.trim().replace(PARLIAMENT_SITE, 'https://petition.parliament.uk/');
  // A number, an absolute http(s) URL, or a path (`/…`, `./…`, `../…`; safeUrl refuses `//host`).
  const url = /^\d+$/.test(v)
    ? `https://petition.parliament.uk/petitions/${+v}`
    : /^(https?:\/\/|\.{0,2}\/)/i.test(v) && safeUrl(v, base);
  if (!url) throw wrong('petition', value, 'a petition number or URL');
  return url.replace(/((\/count)?\.json)?\/*([?#].*)?$/i, '');
}

/** A JSON path's steps: `data.items[0].count` → `['data', 'items', 0, 'count']`; `''` → `[]`. */
export function parsePath(path: string): (string | number)[] {
  const trimmed = path.trim();
  // Names (after a dot but the first) and [n] indexes.
  if (!/^(?!\.)(\.?[^.[\]]+|\[\d+\])*$/.test(trimmed)) {
    throw wrong('count-path', path, 'a path such as data.total');
  }
  return [...trimmed.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map(([step, index]) =>
    index === undefined ? step : Number(index),
  );
}

/** One step into `value`: an index into an array, a name into an object; own properties only. */
function stepInto(value: unknown, step: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const isIndex = typeof step === 'number';
  if (Array.isArray(value) !== isIndex) return undefined;
  if (!Object.hasOwn(value, step)) return undefined;
  return (value as Record<string | number, unknown>)[step];
}

/** The value at `steps` in `json` (own properties only; indexes only in arrays), or `undefined`. */
export const readPath = (json: unknown, steps: (string | number)[]): unknown =>
  steps.reduce<unknown>(stepInto, json);

/**
 * A count that can be shown: a finite, whole, non-negative, safe number, or a string of digits.
 * Anything else throws, naming `attribute`; nothing is ever guessed.
 */
export function toCount(value: unknown, attribute: string, at?: string): number {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number >= 0) return number;
  throw wrong(attribute, value, 'a whole number', at);
}

/** The UK Parliament fields the counter shows; count.json's fields update them. */
export interface Petition {
  count: number;
  action?: string;
  state?: string;
  archived?: boolean;
  closing_date?: string | null;
  government_response_at?: string | null;
  scheduled_debate_date?: string | null;
  debate_outcome_at?: string | null;
  debated?: boolean;
}

/**
 * Reads `/petitions/N.json` (`data.attributes`, also when archived) or `/petitions/N/count.json`
 * (top-level fields) into a copy of `previous`: the count, title, state and dates.
 */
export function readPetition(json: unknown, previous?: Petition): Petition {
  // Own properties only: a page that defines `data` or `state` on Object.prototype adds nothing.
  const data = readPath(json, ['data']);
  const fields = readPath(data, ['attributes']) ?? json;
  // The fields are shared with every counter reading the same JSON: copied, never changed.
  const ownFields =
    typeof fields === 'object' && fields !== null && !Array.isArray(fields) ? fields : {};
  // Without a prototype, so that a field the JSON lacks is never read from Object.prototype.
  const petition: Petition = Object.assign(Object.create(null), previous, ownFields, {
    count: toCount(readPath(fields, ['signature_count']), 'petition', 'signature_count'),
    archived: Boolean(previous?.archived) || readPath(data, ['type']) === 'archived-petition',
  });
  // Shown as text: anything but a string (an API that changed) is left out, never rendered.
  if (typeof petition.action !== 'string') delete petition.action;
  if (typeof petition.state !== 'string') delete petition.state;
  return petition;
}

/** A petition that is not open any more: read once, never polled. */
export const finished = (petition: Petition) =>
  Boolean(petition.archived) || (petition.state ?? 'open') !== 'open';

export type StatusKey = 'closes' | 'closed' | 'rejected' | 'responded' | 'scheduled' | 'debated';

/**
 * The status lines to show, in order, each with its date where it has one (a time value, never
 * NaN): rejected or closed (else the closing date), government response, debate scheduled or held.
 */
export function statusLines(petition: Petition, now: number): [StatusKey, number?][] {
  const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN);
  const lines: [StatusKey, number?][] = [
    stateLine(petition, time(petition.closing_date), now),
    ['responded', time(petition.government_response_at)],
    petition.debated || petition.debate_outcome_at
      ? ['debated']
      : ['scheduled', time(petition.scheduled_debate_date)],
  ];
  // A line that needs a date and has none (or a closing date already past) is left out.
  return lines.filter(([, date]) => !Number.isNaN(date));
}

/** Rejected, closed (archived petitions are closed), or open with its closing date. */
function stateLine(petition: Petition, closes: number, now: number): [StatusKey, number?] {
  if (petition.state === 'rejected') return ['rejected'];
  if (petition.state === 'closed' || petition.archived) return ['closed'];
  // The closing instant is the end of a London day (23:59:59.999 in GMT or BST, or as written in
  // UTC); an hour earlier is always within that same London day.
  return ['closes', closes > now ? closes - 3_600_000 : NaN];
}
