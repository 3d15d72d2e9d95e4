// Sums and ratios of amounts in won. Amounts are integers (BigInt) end to end; a ratio becomes a
// float only once, for showing it as a percentage.

export function sumWon(amounts: Iterable<bigint>): bigint {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

/** The change from one total to the next as a ratio (0.25 = +25 %), to 0.01 %; null from nothing. */
export function changeRatio(previous: bigint, current: bigint): number | null {
  if (previous === 0n) return null;
  const scaled = ((current - previous) * 1_000_000n) / previous;
  return Math.round(Number(scaled) / 100) / 10_000;
}

/** An average amount, rounded to the nearest won (halves away from zero); null over nothing. */
export function averageWon(total: bigint, count: number): bigint | null {
  if (count <= 0) return null;
  const divisor = BigInt(count);
  const doubled = (total * 2n) / divisor;
  return doubled >= 0n ? (doubled + 1n) / 2n : (doubled - 1n) / 2n;
}
