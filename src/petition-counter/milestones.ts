/**
 * Milestones, as pure code. UK Parliament petitions: 10,000 (a government response) and 100,000
 * (considered for a debate), then 250,000, 500,000, 1,000,000, 2,500,000 and so on. Other
 * sources: 100, 250, 500, 1,000, 2,500, 5,000, 10,000 and so on.
 */

/** The milestones in rising order, at least up to the first one above `count`. */
export function ladder(count: number, uk?: boolean): number[] {
  const steps = uk ? [1e4, 1e5] : [];
  for (let e = 100; !(steps[steps.length - 1] > count); e *= 10) {
    for (const f of [1, 2.5, 5]) if (f * e > (uk ? 1e5 : 0)) steps.push(f * e);
  }
  return steps;
}

/** The next milestone strictly above `count`. */
export const nextMilestone = (count: number, uk?: boolean) =>
  ladder(count, uk).find((m) => m > count)!;

/**
 * The highest milestone crossed going from `previous` to `count` (`previous < m <= count`),
 * the goal counting as one; `undefined` when none was crossed or there was no previous count.
 */
export const crossed = (previous: number | null, count: number, uk?: boolean, goal = 0) =>
  previous == null
    ? undefined
    : [...ladder(count, uk), goal]
        .filter((m) => m > previous && m <= count)
        .sort((a, b) => b - a)[0];
