// Axis arithmetic for the charts: a round upper bound and evenly spaced ticks.

/** The smallest 1, 2, 2.5 or 5 × 10^n at or above a value (0 stays 0). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value * (1 - 1e-12)) return step * power;
  }
  return 10 * power;
}

/** Ticks from 0 to a nice maximum, `count` intervals. */
export function ticks(maximum: number, count = 4): number[] {
  const top = niceCeiling(maximum);
  if (top === 0) return [0];
  return Array.from({ length: count + 1 }, (_, index) => (top * index) / count);
}

/** How long a bar is, in units of the drawing width; a non-zero value never vanishes. */
export function barLength(value: number, maximum: number, width: number): number {
  if (maximum <= 0 || value <= 0) return 0;
  return Math.max(1, (value / maximum) * width);
}
