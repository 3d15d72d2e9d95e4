import { describe, expect, it } from 'vitest';
import { formatWon, formatWonRange } from './format';

describe('formatWon', () => {
  it('reads amounts in 만 and 억 in Korean', () => {
    expect(formatWon(90_000_000n, 'ko')).toBe('9,000만 원');
    expect(formatWon(1_140_000_000n, 'ko')).toBe('11.4억 원');
    expect(formatWon(100_000_000n, 'ko')).toBe('1억 원');
    expect(formatWon(12_345n, 'ko')).toBe('12,345원');
  });

  it('reads amounts in millions and billions in English', () => {
    expect(formatWon(90_000_000n, 'en')).toBe('KRW 90 million');
    expect(formatWon(1_140_000_000n, 'en')).toBe('KRW 1.14 billion');
    expect(formatWon(25_000_000n, 'en')).toBe('KRW 25 million');
    expect(formatWon(500_000n, 'en')).toBe('KRW 500,000');
  });

  it('says when an announced amount is approximate', () => {
    expect(formatWon(30_000_000n, 'ko', { isApproximate: true })).toBe('약 3,000만 원');
    expect(formatWon(30_000_000n, 'en', { isApproximate: true })).toBe('about KRW 30 million');
  });

  it('keeps the sign of a returned amount', () => {
    expect(formatWon(-30_000_000n, 'ko')).toBe('−3,000만 원');
  });

  it('signs a change when asked, and leaves no change unsigned', () => {
    expect(formatWon(30_000_000n, 'ko', { isSigned: true })).toBe('+3,000만 원');
    expect(formatWon(-90_000_000n, 'en', { isSigned: true })).toBe('−KRW 90 million');
    expect(formatWon(0n, 'ko', { isSigned: true })).toBe('0원');
  });

  it('reads the 2023 figures the way the ministry writes them', () => {
    expect(formatWon(1_380_000_000n, 'ko')).toBe('13.8억 원');
    expect(formatWon(240_000_000n, 'ko')).toBe('2.4억 원');
    expect(formatWon(1_100_000_000n, 'ko', { isApproximate: true })).toBe('약 11억 원');
    expect(formatWon(1_380_000_000n, 'en')).toBe('KRW 1.38 billion');
    expect(formatWon(510_000_000n, 'en')).toBe('KRW 510 million');
  });
});

describe('amounts announced as ranges', () => {
  it('writes a range once with its unit, in each language (2025 new cities: 50–60 million won, newspim 2025-04-01)', () => {
    expect(formatWonRange(60_000_000n, 50_000_000n, 'ko')).toBe('5,000만~6,000만 원');
    expect(formatWonRange(60_000_000n, 50_000_000n, 'en')).toBe('KRW 50–60 million');
  });

  it('writes an upper bound alone as “up to” (2025 specialization: up to 30 million won, Yonhap 2025-04-01)', () => {
    expect(formatWonRange(30_000_000n, 0n, 'ko')).toBe('최대 3,000만 원');
    expect(formatWonRange(30_000_000n, 0n, 'en')).toBe('up to KRW 30 million');
  });

  it('writes a single figure as formatWon does', () => {
    expect(formatWonRange(90_000_000n, null, 'ko')).toBe('9,000만 원');
    expect(formatWonRange(1_380_000_000n, 900_000_000n, 'en')).toBe('KRW 900 million–KRW 1.38 billion');
  });
});
