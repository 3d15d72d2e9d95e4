// Who may do what: the one permission matrix (house style §5). Pure, so pages, actions, queries
// and tests all read the same table. Roles, issue 3: admin (everything, and manages users);
// staff (edits the registry); ministry (reads everything, subsidy data included; edits nothing).
import type { Role } from './roles';

const MATRIX = {
  /** The signed-in screens: lists, records and their history. */
  'registry.read': ['admin', 'staff', 'ministry'],
  /** Create, edit and retire local governments, designations, memberships, offices. */
  'registry.edit': ['admin', 'staff'],
  /** Subsidy programmes and allocations (issue 5): the dashboard, its exports, the staff lists. */
  'subsidies.read': ['admin', 'staff', 'ministry'],
  /** Create, edit, change the status of and delete programmes and allocations. */
  'subsidies.edit': ['admin', 'staff'],
  /** The filterable audit page. */
  'audit.read': ['admin'],
  /** List, create, change the role of, and deactivate users. */
  'users.manage': ['admin'],
  /** Change one's own password. */
  'account.manage': ['admin', 'staff', 'ministry'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof MATRIX;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && (MATRIX[permission] as readonly Role[]).includes(role);
}

export function rolesWith(permission: Permission): readonly Role[] {
  return MATRIX[permission];
}
