import { describe, expect, it } from 'vitest';
import { can, rolesWith } from './permissions';

describe('the permission matrix', () => {
  it('lets staff and admins edit the registry, never ministry officials or visitors', () => {
    expect(can('staff', 'registry.edit')).toBe(true);
    expect(can('admin', 'registry.edit')).toBe(true);
    expect(can('ministry', 'registry.edit')).toBe(false);
    expect(can(null, 'registry.edit')).toBe(false);
  });

  it('lets every signed-in role read, and only admins manage users and read the audit page', () => {
    expect(rolesWith('registry.read')).toEqual(['admin', 'staff', 'ministry']);
    expect(rolesWith('users.manage')).toEqual(['admin']);
    expect(rolesWith('audit.read')).toEqual(['admin']);
    expect(can(undefined, 'registry.read')).toBe(false);
  });

  it('lets staff and admins keep the subsidy figures, and ministry officials read them', () => {
    expect(rolesWith('subsidies.edit')).toEqual(['admin', 'staff']);
    expect(rolesWith('subsidies.read')).toEqual(['admin', 'staff', 'ministry']);
    expect(can('ministry', 'subsidies.edit')).toBe(false);
  });
});
