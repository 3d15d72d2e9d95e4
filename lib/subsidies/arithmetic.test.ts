import { describe, expect, it } from 'vitest';
import { averageWon, changeRatio, sumWon } from './arithmetic';

describe('won arithmetic', () => {
  it('sums exactly, beyond what a float holds', () => {
    expect(sumWon([90_000_000n, 30_000_000n, 60_000_000n])).toBe(180_000_000n);
    expect(sumWon([9_007_199_254_740_993n, 1n])).toBe(9_007_199_254_740_994n);
    expect(sumWon([])).toBe(0n);
  });

  it('gives a change as a ratio, and none from a year with nothing', () => {
    expect(changeRatio(720_000_000n, 630_000_000n)).toBe(-0.125);
    expect(changeRatio(100n, 150n)).toBe(0.5);
    expect(changeRatio(3n, 4n)).toBe(0.3333);
    expect(changeRatio(0n, 150n)).toBeNull();
  });

  it('averages to the nearest won', () => {
    expect(averageWon(510_000_000n, 17)).toBe(30_000_000n);
    expect(averageWon(10n, 4)).toBe(3n);
    expect(averageWon(10n, 3)).toBe(3n);
    expect(averageWon(11n, 2)).toBe(6n);
    expect(averageWon(5n, 0)).toBeNull();
  });
});
