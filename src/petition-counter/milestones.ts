/**
 * Milestones, as pure code. UK Parliament petitions: 10,000 (a government response) and 100,000
 * (considered for a debate), then 250,000, 500,000, 1,000,000, 2,500,000 and so on. Other
 * sources: 100, 250, 500, 1,000, 2,500, 5,000, 10,000 and so on.
 */

/** The milestones in rising order, at least up to the first one above `count`. */
export function ladder(count: number, uk: boolean): number[] {
  const steps = uk ? [10_000, 100_000] : [];
  for (let e = 100; !steps.length || steps[steps.length - 1] <= count; e *= 10) {
    for (const f of [1, 2.5, 5]) if (f * e > (uk ? 100_000 : 0)) steps.push(f * e);
  }
  return steps;
}

/** The next milestone strictly above `count`. */
export function nextMilestone(count: number, uk: boolean): number {
  return ladder(count, uk).find((m) => m > count)!;
}

/**
 * The highest milestone crossed going from `previous` to `count` (`previous < m <= count`),
 * the goal counting as one; `undefined` when none was crossed or there was no previous count.
 */
export function crossed(previous: number | null, count: number, uk: boolean, goal?: number) {
  if (previous == null || count <= previous) return;
  const hits = [...ladder(count, uk), goal ?? 0].filter((m) => m > previous && m <= count);
  return hits.length ? Math.max(...hits) : undefined;
}
