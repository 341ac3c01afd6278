/**
 * English texts (the default), with British conventions, one table per widget (so that a
 * single-widget script carries only its own). Function terms take the numbers they speak of, so
 * that each language chooses its own plural forms.
 */

/** <strike-countdown>'s texts. */
export const countdown = {
  days: (n: number) => (n === 1 ? 'day' : 'days'),
  hours: (n: number) => (n === 1 ? 'hour' : 'hours'),
  minutes: (n: number) => (n === 1 ? 'minute' : 'minutes'),
  seconds: (n: number) => (n === 1 ? 'second' : 'seconds'),
  before: 'The strike starts in',
  between: (round: number, of: number) => `Round ${round} of ${of} starts in`,
  during: 'On strike now. It ends in',
  duringDay: (day: number) => `On strike now: day ${day}`,
  after: 'The strike is over',
  /** The visually hidden sentence; `date` is formatted, `rel` like "3 days". */
  sayBefore: (date: string, rel: string) => `The strike starts on ${date}, in ${rel}.`,
  sayDuring: (date: string, rel: string) => `The strike is on. It ends on ${date}, in ${rel}.`,
  sayDuringDay: (day: number, date: string) =>
    `The strike is on: day ${day}. It started on ${date}.`,
  sayAfter: (date: string) => `The strike is over. It ended on ${date}.`,
  round: (round: number, of: number) => `Round ${round} of ${of}`,
  calendar: 'Add to calendar',
  preview: (date: string) => `Preview: as at ${date}`,
  action: 'Find out more',
};

/** <quote-carousel>'s texts. */
export const carousel = {
  label: "Supporters' quotes",
  /** A slide's name: "2 of 5". */
  slide: (n: number, total: number) => `${n} of ${total}`,
  previous: 'Previous quote',
  next: 'Next quote',
  /** The rotation button says what it will do. */
  play: 'Start rotating quotes',
  stop: 'Stop rotating quotes',
};

/** <petition-counter>'s texts. */
export const petition = {
  signatures: (n: number) => (n === 1 ? 'signature' : 'signatures'),
  loading: 'Loading the count',
  unavailable: 'Count unavailable',
  sign: 'Sign the petition',
  /** `goal` is a number with its noun, e.g. "100,000 signatures". */
  goal: (goal: string) => `Goal: ${goal}`,
  next: (goal: string) => `Next milestone: ${goal}`,
  progress: (goal: string) => `Progress towards ${goal}`,
  reached: (goal: string) => `${goal} reached`,
  updated: (time: string) => `Updated ${time}`,
  closes: (date: string) => `Closes on ${date}`,
  closed: 'This petition is closed',
  rejected: 'This petition was rejected',
  responded: (date: string) => `Government responded on ${date}`,
  scheduled: (date: string) => `Debate scheduled for ${date}`,
  debated: 'Debated in Parliament',
};

/** Literal types widened (`'day' | 'days'` to `string`), keeping every key and argument list. */
type Widen<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : T[K] extends object
        ? Widen<T[K]>
        : T[K];
};

/** The shape of each widget's table in every language: the same keys as English. */
export type CountdownTerms = Widen<typeof countdown>;
export type CarouselTerms = Widen<typeof carousel>;
export type PetitionTerms = Widen<typeof petition>;
