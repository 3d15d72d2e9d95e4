import { describe, expect, it } from 'vitest';
import { diffRecords, toAuditValue } from './changes';

describe('diffRecords', () => {
  it('lists only the fields that changed, with their values before and after', () => {
    expect(
      diffRecords({ nameKo: '남구', code: '28170', kind: 'gu' }, { nameKo: '미추홀구', code: '28177', kind: 'gu' }, [
        'nameKo',
        'code',
        'kind',
      ]),
    ).toEqual({
      nameKo: { before: '남구', after: '미추홀구' },
      code: { before: '28170', after: '28177' },
    });
  });

  it('records a creation as every field going from nothing to its value', () => {
    expect(diffRecords(null, { firstYear: 2026, note: null }, ['firstYear', 'note'])).toEqual({ firstYear: { before: null, after: 2026 } });
  });

  it('stores dates as calendar dates and money as exact strings', () => {
    expect(toAuditValue(new Date('2026-07-01T00:00:00Z'))).toBe('2026-07-01');
    expect(toAuditValue(9_007_199_254_740_993n)).toBe('9007199254740993');
  });
});
