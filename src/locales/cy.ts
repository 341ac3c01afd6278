import type { CarouselTerms, CountdownTerms, PetitionTerms } from './en.js';

/**
 * Welsh texts, one table per widget. Numbers and dates use en-GB patterns with these names (see
 * core/format.ts): Intl has no Welsh data.
 */
// prettier-ignore
export const dateNames: Record<string, string> = {
  January: 'Ionawr', February: 'Chwefror', March: 'Mawrth', April: 'Ebrill', May: 'Mai',
  June: 'Mehefin', July: 'Gorffennaf', August: 'Awst', September: 'Medi', October: 'Hydref',
  November: 'Tachwedd', December: 'Rhagfyr',
  Sunday: 'dydd Sul', Monday: 'dydd Llun', Tuesday: 'dydd Mawrth', Wednesday: 'dydd Mercher',
  Thursday: 'dydd Iau', Friday: 'dydd Gwener', Saturday: 'dydd Sadwrn',
  ' at ': ' am ',
};

/** <strike-countdown>'s texts. */
export const countdown: CountdownTerms = {
  // Welsh counts a singular noun after a number: "3 diwrnod", "1 awr".
  // Only "two" (n = 2 in Welsh plural rules) differs: "2 ddiwrnod" (soft mutation).
  days: (n) => (n == 2 ? 'ddiwrnod' : 'diwrnod'),
  hours: () => 'awr',
  minutes: () => 'munud',
  seconds: () => 'eiliad',
  before: "Mae'r streic yn dechrau ymhen",
  between: (round, of) => `Mae rownd ${round} o ${of} yn dechrau ymhen`,
  during: 'Ar streic nawr. Mae’n gorffen ymhen',
  duringDay: (day) => `Ar streic nawr: diwrnod ${day}`,
  after: "Mae'r streic ar ben",
  sayBefore: (date, rel) => `Mae'r streic yn dechrau ${date}, ymhen ${rel}.`,
  sayDuring: (date, rel) => `Mae'r streic ymlaen. Mae’n gorffen ${date}, ymhen ${rel}.`,
  sayDuringDay: (day, date) => `Mae'r streic ymlaen: diwrnod ${day}. Dechreuodd ${date}.`,
  sayAfter: (date) => `Mae'r streic ar ben. Daeth i ben ${date}.`,
  round: (round, of) => `Rownd ${round} o ${of}`,
  calendar: 'Ychwanegu at y calendr',
  preview: (date) => `Rhagolwg: fel ar ${date}`,
  action: 'Rhagor o wybodaeth',
};

/** <quote-carousel>'s texts. */
export const carousel: CarouselTerms = {
  label: 'Dyfyniadau cefnogwyr',
  slide: (n, total) => `${n} o ${total}`,
  previous: 'Dyfyniad blaenorol',
  next: 'Dyfyniad nesaf',
  play: "Dechrau troi'r dyfyniadau",
  stop: "Stopio troi'r dyfyniadau",
};

/** <petition-counter>'s texts. */
export const petition: PetitionTerms = {
  // As with days: a singular noun after a number, soft-mutated after 2 ("2 lofnod").
  signatures: (n) => (n == 2 ? 'lofnod' : 'llofnod'),
  loading: "Wrthi'n llwytho'r cyfrif",
  unavailable: "Nid yw'r cyfrif ar gael",
  sign: 'Llofnodwch y ddeiseb',
  goal: (goal) => `Nod: ${goal}`,
  next: (goal) => `Carreg filltir nesaf: ${goal}`,
  progress: (goal) => `Cynnydd tuag at ${goal}`,
  reached: (goal) => `Cyrhaeddwyd ${goal}`,
  updated: (time) => `Diweddarwyd am ${time}`,
  closes: (date) => `Yn cau ar ${date}`,
  closed: "Mae'r ddeiseb hon ar gau",
  rejected: 'Cafodd y ddeiseb hon ei gwrthod',
  responded: (date) => `Ymatebodd y Llywodraeth ar ${date}`,
  scheduled: (date) => `Dadl wedi'i threfnu ar gyfer ${date}`,
  debated: 'Trafodwyd yn Senedd y DU',
};
