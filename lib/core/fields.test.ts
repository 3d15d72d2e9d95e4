import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { choiceError, chosenId, DateField, IdField, OptionalDateField, OptionalText, yearField } from './fields';

describe('form field schemas', () => {
  it('answer an empty choice by naming what to choose, and anything off the list as not an option (issue 14)', () => {
    const region = chosenId('chooseRegion');
    for (const empty of [undefined, '', '  ']) expect(region.safeParse(empty).error?.issues[0]?.message).toBe('chooseRegion');
    for (const wrong of ['abc', '0', '-3']) expect(region.safeParse(wrong).error?.issues[0]?.message).toBe('invalid');
    expect(region.parse('17')).toBe(17);
    const kind = z.enum(['si', 'gun'], { error: choiceError('chooseKind') });
    for (const empty of [undefined, '', ' ']) expect(kind.safeParse(empty).error?.issues[0]?.message).toBe('chooseKind');
    expect(kind.safeParse('city').error?.issues[0]?.message).toBe('notAnOption');
  });

  it('read a calendar date and refuse one that does not exist', () => {
    expect(DateField.parse('2026-07-01')).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(DateField.safeParse('2026-02-30').error?.issues[0]?.message).toBe('dateFormat');
    expect(DateField.safeParse('1.7.2026').error?.issues[0]?.message).toBe('dateFormat');
    expect(DateField.safeParse('').error?.issues[0]?.message).toBe('required');
  });

  it('treat an empty optional field as none', () => {
    expect(OptionalDateField.parse('')).toBeUndefined();
    expect(OptionalText(10).parse('  ')).toBeNull();
    expect(OptionalText(3).safeParse('abcd').error?.issues[0]?.message).toBe('tooLong');
  });

  it('refuse ids that are not positive integers, whatever the client sent', () => {
    for (const value of ['0', '-1', '1.5', 'abc', '99999999999', '1e3x']) expect(IdField.safeParse(value).success, value).toBe(false);
    expect(IdField.parse('42')).toBe(42);
  });

  it('refuse impossible designation years', () => {
    const year = yearField();
    expect(year.safeParse('2000').success).toBe(false);
    expect(year.safeParse(String(new Date().getFullYear() + 2)).success).toBe(false);
    expect(year.parse('2026')).toBe(2026);
  });
});
