import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { isRole, ROLES } from './roles';

describe('the roles', () => {
  it('are the three of the README, in the order screens list them', () => {
    expect(ROLES).toEqual(['admin', 'staff', 'ministry']);
  });

  it('each have a label in both languages', () => {
    for (const role of ROLES) {
      expect(ko.Admin.nav.roles[role], role).toBeTruthy();
      expect(en.Admin.nav.roles[role], role).toBeTruthy();
    }
    expect(Object.keys(ko.Admin.nav.roles).sort()).toEqual([...ROLES].sort());
  });

  it('recognise only their own names', () => {
    expect(isRole('staff')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
