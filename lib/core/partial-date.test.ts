import { describe, expect, it } from 'vitest';
import { firstDayOf, isPartialDate, lastDayOf, partialDateFormat, precisionOf } from './partial-date';

describe('partial dates', () => {
  it('accepts a year, a month or a day that exists, and nothing else', () => {
    for (const value of ['2016', '2025-02', '2025-02-25', '2024-02-29']) expect(isPartialDate(value), value).toBe(true);
    for (const value of ['16', '2025-2', '2025-13', '2025-00', '2025-02-29', '2025-04-31', '2025/02/25', '2025-02-25T00:00'])
      expect(isPartialDate(value), value).toBe(false);
  });

  it('knows its precision and the first and last days it can mean', () => {
    expect(precisionOf('2016')).toBe('year');
    expect(precisionOf('2025-12')).toBe('month');
    expect(precisionOf('2025-02-06')).toBe('day');
    expect([firstDayOf('2016'), lastDayOf('2016')]).toEqual(['2016-01-01', '2016-12-31']);
    expect([firstDayOf('2025-12'), lastDayOf('2025-12')]).toEqual(['2025-12-01', '2025-12-31']);
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2025-02-06')).toBe('2025-02-06');
  });

  it('is shown with only what is known', () => {
    const show = (value: string, locale: string) => {
      const { date, options } = partialDateFormat(value);
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Seoul' }).format(date);
    };
    expect(show('2016', 'ko-KR')).toBe('2016년');
    expect(show('2025-02', 'ko-KR')).toBe('2025년 2월');
    expect(show('2025-02', 'en-US')).toBe('February 2025');
    expect(show('2025-02-25', 'ko-KR')).toBe('2025년 2월 25일');
  });
});
