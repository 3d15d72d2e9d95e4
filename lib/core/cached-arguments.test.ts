import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkArguments, dayArgument, InvalidArgumentsError, SlugArgument } from './cached-arguments';

describe('checkArguments', () => {
  it('passes what a route could ask for and refuses the rest before anything is read', () => {
    expect(checkArguments('test', SlugArgument, 'seoul-gwanak-gu')).toBe('seoul-gwanak-gu');
    expect(() => checkArguments('test', SlugArgument, '../etc')).toThrow(InvalidArgumentsError);
    const day = dayArgument('2001-01-01', () => '2026-12-01');
    expect(checkArguments('test', day, '2019-10-01')).toBe('2019-10-01');
    for (const value of ['2099-01-01', '2000-12-31', '2026-02-30', 'x'.repeat(20_000), 42]) {
      expect(() => checkArguments('test', day, value), String(value).slice(0, 20)).toThrow(InvalidArgumentsError);
    }
    expect(() => checkArguments('test', z.string().max(60), 'q'.repeat(20_000))).toThrow(InvalidArgumentsError);
  });
});
