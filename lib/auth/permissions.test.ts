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
});
