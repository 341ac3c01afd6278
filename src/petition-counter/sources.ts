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
 * The petition's page URL from its number (on `https://petition.parliament.uk`) or any http(s)
 * or relative URL of it: query, fragment, trailing slashes and a trailing `.json` or
 * `/count.json` are dropped. `base` resolves relative URLs.
 */
export function petitionUrl(value: string, base?: string): string {
  const v = value.trim();
  // A number, an absolute http(s) URL, or a path (`/…`, `./…`, `../…`; safeUrl refuses `//host`).
  const url = /^\d+$/.test(v)
    ? `https://petition.parliament.uk/petitions/${+v}`
    : /^(https?:\/\/|\.{0,2}\/)/i.test(v) && safeUrl(v, base);
  if (!url) throw wrong('petition', value, 'a petition number or URL');
  return url.replace(/((\/count)?\.json)?\/*([?#].*)?$/i, '');
}

/** A JSON path's steps: `data.items[0].count` → `['data', 'items', 0, 'count']`; `''` → `[]`. */
export function parsePath(path: string): (string | number)[] {
  const p = path.trim();
  // Names (after a dot but the first) and [n] indexes.
  if (!/^(?!\.)(\.?[^.[\]]+|\[\d+\])*$/.test(p)) {
    throw wrong('count-path', path, 'a path such as data.total');
  }
  return [...p.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] ? +m[1] : m[0]));
}

/** The value at `steps` in `json` (own properties only; indexes only in arrays), or `undefined`. */
export const readPath = (json: unknown, steps: (string | number)[]): unknown =>
  steps.reduce<unknown>(
    (v, s) =>
      Object(v) === v &&
      // Indexes (numbers: s === +s) in arrays only, names in objects only.
      Array.isArray(v) === (s === +s) &&
      {}.hasOwnProperty.call(v, s)
        ? (v as Record<string, unknown>)[s]
        : undefined,
    json,
  );

/**
 * A count that can be shown: a finite, whole, non-negative, safe number, or a string of digits.
 * Anything else throws, naming `attribute`; nothing is ever guessed.
 */
export function toCount(v: unknown, attribute: string, at?: string): number {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? +v : v;
  if (Number.isSafeInteger(n) && (n as number) >= 0) return n as number;
  throw wrong(attribute, v, 'a whole number', at);
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
  // JSON.parse makes plain objects: `data` and `attributes` are never inherited properties.
  const data = (json as { data?: { type?: unknown; attributes?: object } } | null)?.data;
  // The attributes are shared with every counter reading the same JSON: copied, never changed.
  const a = (data?.attributes ?? json) as Record<string, unknown> | null;
  const petition: Petition = {
    ...previous,
    ...a,
    count: toCount(a?.signature_count, 'petition', 'signature_count'),
    archived: previous?.archived || data?.type === 'archived-petition',
  };
  // Shown as text: anything but a string (an API that changed) is left out, never rendered.
  if (typeof petition.action !== 'string') delete petition.action;
  if (typeof petition.state !== 'string') delete petition.state;
  return petition;
}

/** A petition that is not open any more: read once, never polled. */
export const finished = (p: Petition) => p.archived || (p.state ?? 'open') !== 'open';

export type StatusKey = 'closes' | 'closed' | 'rejected' | 'responded' | 'scheduled' | 'debated';

/**
 * The status lines to show, in order, each with its date where it has one (a time value, never
 * NaN): rejected or closed (else the closing date), government response, debate scheduled or held.
 */
export function statusLines(p: Petition, now: number): [StatusKey, number?][] {
  const time = (s: unknown) => (typeof s === 'string' ? Date.parse(s) : NaN);
  const closes = time(p.closing_date);
  const lines: [StatusKey, number?][] = [
    p.state === 'rejected'
      ? ['rejected']
      : p.state === 'closed' || p.archived
        ? ['closed']
        : // The closing instant is the end of a London day (23:59:59.999 in GMT or BST, or as
          // written in UTC); an hour earlier is always within that same London day.
          ['closes', closes > now ? closes - 3_600_000 : NaN],
    ['responded', time(p.government_response_at)],
    p.debated || p.debate_outcome_at ? ['debated'] : ['scheduled', time(p.scheduled_debate_date)],
  ];
  // A line that needs a date and has none (or a closing date already past) is left out.
  return lines.filter(([, d]) => !Number.isNaN(d));
}
