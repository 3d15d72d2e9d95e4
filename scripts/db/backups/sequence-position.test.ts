import { describe, expect, it } from 'vitest';
import { sequencePosition } from './sequence-position';

describe('sequencePosition', () => {
  it('resumes where the original sequence was, past ids since deleted', () => {
    expect(sequencePosition({ lastValue: '57', isCalled: true }, '55')).toEqual({ lastValue: '57', isCalled: true });
  });

  it('never resumes at or below an id that was restored', () => {
    expect(sequencePosition({ lastValue: '5', isCalled: true }, '9')).toEqual({ lastValue: '9', isCalled: true });
    expect(sequencePosition({ lastValue: '9', isCalled: false }, '9')).toEqual({ lastValue: '9', isCalled: true });
    expect(sequencePosition({ lastValue: '10', isCalled: false }, '9')).toEqual({ lastValue: '10', isCalled: false });
  });

  it('keeps an unused sequence unused, and follows the ids when the file recorded no position', () => {
    expect(sequencePosition({ lastValue: '1', isCalled: false }, null)).toEqual({ lastValue: '1', isCalled: false });
    expect(sequencePosition(undefined, null)).toBeNull();
    expect(sequencePosition(undefined, '12')).toEqual({ lastValue: '12', isCalled: true });
  });

  it('compares bigint ids exactly, beyond what a JavaScript number holds', () => {
    expect(sequencePosition({ lastValue: '9007199254740992', isCalled: true }, '9007199254740993')).toEqual({
      lastValue: '9007199254740993',
      isCalled: true,
    });
  });
});
