/**
 * English texts (the default), with British conventions. Function terms take the numbers they
 * speak of, so that each language chooses its own plural forms.
 */
export const en = {
  /** Month and day names to put in place of en-GB's; English keeps Intl's own. */
  dateNames: undefined as
    | undefined
    | {
        months: string[];
        monthsShort: string[];
        days: string[];
        daysShort: string[];
        at: string;
      },

  // ---- <strike-countdown> -------------------------------------------------------------------
  countdown: {
    days: (n: number) => (n === 1 ? 'day' : 'days'),
    hours: (n: number) => (n === 1 ? 'hour' : 'hours'),
    minutes: (n: number) => (n === 1 ? 'minute' : 'minutes'),
    seconds: (n: number) => (n === 1 ? 'second' : 'seconds'),
  },
  // ---- end <strike-countdown> ---------------------------------------------------------------

  // ---- <quote-carousel> ---------------------------------------------------------------------
  carousel: {
    label: "Supporters' quotes",
    /** A slide's name: "2 of 5". */
    slide: (n: number, total: number) => `${n} of ${total}`,
    previous: 'Previous quote',
    next: 'Next quote',
    /** The rotation button says what it will do. */
    play: 'Start rotating quotes',
    stop: 'Stop rotating quotes',
  },
  // ---- end <quote-carousel> -----------------------------------------------------------------

  // ---- <petition-counter> -------------------------------------------------------------------
  petition: {
    signatures: (n: number) => (n === 1 ? 'signature' : 'signatures'),
  },
  // ---- end <petition-counter> ---------------------------------------------------------------
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

/** The shape every language's table has: the same keys as English. */
export type Terms = Widen<Omit<typeof en, 'dateNames'>> & Pick<typeof en, 'dateNames'>;
