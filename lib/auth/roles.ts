// The roles, listed once: the database's enum (prisma/schema.prisma, `enum Role`), in its order —
// admin, staff, ministry (README, Accounts and roles). The permission matrix, the user forms, the
// session check and the tests all read this list; their labels are Admin.nav.roles in the messages.
import { Role } from '@/lib/generated/prisma/enums';

export type { Role };

export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
