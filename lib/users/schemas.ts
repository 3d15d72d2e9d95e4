// The user-management forms (admins only).
import { z } from 'zod';
import { choiceError } from '@/lib/core/fields';
import { EmailSchema } from '@/lib/auth/schemas';
import { Role } from '@/lib/generated/prisma/enums';

/** One of the roles (lib/auth/roles.ts: the database's enum). */
export const RoleSchema = z.enum(Role, { error: choiceError('chooseRole') });
const UserId = z.uuid({ error: 'invalid' });
const Version = z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' });

export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  role: RoleSchema,
});

export const ChangeUserRoleSchema = z.object({ userId: UserId, role: RoleSchema, version: Version });

export const SetUserActiveSchema = z.object({
  userId: UserId,
  isActive: z.enum(['true', 'false'], { error: 'invalid' }).transform((value) => value === 'true'),
  version: Version,
});

export const ResetUserPasswordSchema = z.object({ userId: UserId, version: Version });
