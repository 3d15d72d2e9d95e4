import { describe, expect, it } from 'vitest';
import { recordLink } from './record-links';

describe('the record an audit entry is about', () => {
  it('is linked to its staff screen, or to nothing for a kind without one', () => {
    expect(recordLink('Designation', 12)).toBe('/admin/designations/12');
    expect(recordLink('LocalGovernment', '7')).toBe('/admin/local-governments/7');
    expect(recordLink('User', 'abc')).toBe('/admin/users#user-abc');
    expect(recordLink('OfficeJurisdiction', 3)).toBeNull();
    expect(recordLink('toString', 3)).toBeNull();
  });
});
