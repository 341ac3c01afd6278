// Must NOT type-check: a boolean attribute given a string, and a detail field that does not exist.
export const wrongAttribute = <strike-countdown start="2026-12-03T08:00Z" calendar="yes" />;
export const wrongDetail = (
  <strike-countdown
    start="2026-12-03T08:00Z"
    onstrike-countdown-phase={(event) => event.detail.phaze}
  />
);
