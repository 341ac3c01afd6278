/**
 * Milestones, as pure code. UK Parliament petitions: 10,000 (a government response) and 100,000
 * (considered for a debate), then 250,000, 500,000, 1,000,000, 2,500,000 and so on. Other
 * sources: 100, 250, 500, 1,000, 2,500, 5,000, 10,000 and so on.
 */

/** Which ladder of milestones: UK Parliament's thresholds, or the plain one. */
export interface LadderOptions {
  /** A UK Parliament petition: 10,000 and 100,000 first. */
  ukParliament?: boolean;
}

/** The UK Parliament thresholds: a government response, then consideration for a debate. */
const UK_THRESHOLDS = [10_000, 100_000];

/** The milestones in rising order, at least up to the first one above `count`. */
export function ladder(count: number, { ukParliament = false }: LadderOptions = {}): number[] {
  const steps = ukParliament ? [...UK_THRESHOLDS] : [];
  const startAbove = ukParliament ? 100_000 : 0;
  for (let power = 100; !(steps[steps.length - 1] > count); power *= 10) {
    for (const factor of [1, 2.5, 5]) {
      if (factor * power > startAbove) steps.push(factor * power);
    }
  }
  return steps;
}

/** The next milestone strictly above `count`. */
export function nextMilestone(count: number, options: LadderOptions = {}): number {
  return ladder(count, options).find((milestone) => milestone > count)!;
}

/**
 * The highest milestone crossed going from `previous` to `count` (`previous < m <= count`),
 * the `goal` counting as one; `undefined` when none was crossed or there was no previous count.
 */
export function crossed(
  previous: number | null,
  count: number,
  { ukParliament = false, goal }: LadderOptions & { goal?: number } = {},
): number | undefined {
  if (previous === null) return undefined;
  const candidates =
    goal === undefined
      ? ladder(count, { ukParliament })
      : [...ladder(count, { ukParliament }), goal];
  const passed = candidates.filter((milestone) => milestone > previous && milestone <= count);
  return passed.length === 0 ? undefined : Math.max(...passed);
}
