import { describe, expect, it } from 'vitest';
import { barLength, niceCeiling, ticks } from './scale';

describe('chart scales', () => {
  it('round an upper bound up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(1_380_000_000)).toBe(2_000_000_000);
    expect(niceCeiling(630_000_000)).toBe(1_000_000_000);
    expect(niceCeiling(240_000_000)).toBe(250_000_000);
    expect(niceCeiling(90_000_000)).toBe(100_000_000);
    expect(niceCeiling(50)).toBe(50);
    expect(niceCeiling(0)).toBe(0);
  });

  it('space ticks evenly from zero', () => {
    expect(ticks(1_380_000_000)).toEqual([0, 500_000_000, 1_000_000_000, 1_500_000_000, 2_000_000_000]);
    expect(ticks(0)).toEqual([0]);
  });

  it('keep a small non-zero bar visible and a zero bar empty', () => {
    expect(barLength(1, 1_000_000_000, 400)).toBe(1);
    expect(barLength(500, 1000, 400)).toBe(200);
    expect(barLength(0, 1000, 400)).toBe(0);
  });
});
