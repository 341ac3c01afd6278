/**
 * Where a count comes from, as pure code: UK Parliament petition URLs, JSON paths, counts that
 * can be trusted, and the petition fields the counter shows. No DOM here.
 */
import { ConfigError } from '../core/errors.js';

/** The UK Parliament petitions site, for a petition given by number. */
export const UK_HOST = 'https://petition.parliament.uk';

/**
 * The petition's page URL from its number or any URL of it: query, fragment, trailing slashes
 * and a trailing `.json` or `/count.json` are dropped. `base` resolves relative URLs.
 */
export function petitionUrl(value: string, base: string): string {
  const v = value.trim();
  if (/^\d+$/.test(v)) return `${UK_HOST}/petitions/${+v}`;
  let url: URL | undefined;
  // A URL: absolute http(s), or a path (`/…`, `./…`, `../…`); never `//host`.
  if (/^(https?:\/\/|\.{0,2}\/(?!\/))/i.test(v)) {
    try {
      url = new URL(v, base);
    } catch {
      // not a URL after all
    }
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new ConfigError('petition', `"${value}" is not a petition.`, 'a petition number or URL');
  }
  url.search = url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/(\/count)?\.json$/i, '');
  return url.href;
}

/** A JSON path's steps: `data.items[0].count` → `['data', 'items', 0, 'count']`; `''` → `[]`. */
export function parsePath(path: string): (string | number)[] {
  const p = path.trim();
  if (p && !/^(?:[^.[\]]+|\[\d+\])(?:\.[^.[\]]+|\[\d+\])*$/.test(p)) {
    throw new ConfigError('count-path', `"${path}" is not a path.`, 'a path such as data.total');
  }
  return [...p.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] ? +m[1] : m[0]));
}

/** The value at `steps` in `json` (own properties only), or `undefined`. */
export function readPath(json: unknown, steps: (string | number)[]): unknown {
  let v = json;
  for (const s of steps) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) !== (typeof s === 'number')) return;
    if (!Object.prototype.hasOwnProperty.call(v, s)) return;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/**
 * A count that can be shown: a finite, whole, non-negative, safe number, or a string of digits.
 * Anything else throws, naming `attribute`; nothing is ever guessed.
 */
export function toCount(v: unknown, attribute: string, where = ''): number {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? +v : v;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return n;
  throw new ConfigError(
    attribute,
    `found ${JSON.stringify(v) ?? 'nothing'}${where && ` at ${where}`}.`,
    'a count, a whole number',
  );
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
  // The attributes are shared with every counter reading the same JSON: copied, never changed.
  const a = (readPath(json, ['data', 'attributes']) ?? json) as Record<string, unknown> | null;
  const p = { ...previous, ...a } as Record<string, unknown>;
  p.count = toCount(a?.signature_count, 'petition', 'signature_count');
  p.archived ||= readPath(json, ['data', 'type']) === 'archived-petition';
  return p as unknown as Petition;
}

/** A petition that is not open any more: read once, never polled. */
export const finished = (p: Petition) => p.archived || (p.state != null && p.state !== 'open');

export type StatusKey = 'closes' | 'closed' | 'rejected' | 'responded' | 'scheduled' | 'debated';

const time = (s: unknown) => (typeof s === 'string' ? Date.parse(s) : NaN);

/**
 * The status lines to show, in order, each with its date where it has one (a time value, never
 * NaN): rejected or closed (else the closing date), government response, debate scheduled or held.
 */
export function statusLines(p: Petition, now: number): [StatusKey, number?][] {
  const lines: [StatusKey, number?][] = [];
  const closes = time(p.closing_date);
  if (p.state === 'rejected') lines.push(['rejected']);
  else if (p.state === 'closed' || p.archived) lines.push(['closed']);
  // The closing instant is the end of a London day (23:59:59.999 in GMT or BST, or as written in
  // UTC); an hour earlier is always within that same London day.
  else if (closes > now) lines.push(['closes', closes - 3_600_000]);
  const responded = time(p.government_response_at);
  if (!isNaN(responded)) lines.push(['responded', responded]);
  const scheduled = time(p.scheduled_debate_date);
  if (p.debated || p.debate_outcome_at) lines.push(['debated']);
  else if (!isNaN(scheduled)) lines.push(['scheduled', scheduled]);
  return lines;
}
