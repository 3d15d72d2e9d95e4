'use server';

import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { changeUserRole, createUser, resetUserPassword, setUserActive } from './mutations';
import { ChangeUserRoleSchema, CreateUserSchema, ResetUserPasswordSchema, SetUserActiveSchema } from './schemas';

export const createUserAction = defineAction({
  permission: 'users.manage',
  schema: CreateUserSchema,
  run: (input, { actor }) => createUser(actor, input),
  // The temporary password is shown once, to the admin who created the account: the one password
  // an action ever answers with, generated here, never one a user typed (issue 13).
  onSuccess: (result) => ({
    status: 'success',
    message: 'userCreated',
    values: { temporaryPassword: result.temporaryPassword, userId: result.id },
  }),
});

export const changeUserRoleAction = defineAction({
  permission: 'users.manage',
  schema: ChangeUserRoleSchema,
  run: (input, { actor, origin }) => changeUserRole(actor, input, origin),
  // The card above the form shows the role: the list is read again (issue 14).
  onSuccess: () => {
    refresh();
    return { status: 'success', message: 'roleChanged' };
  },
});

export const setUserActiveAction = defineAction({
  permission: 'users.manage',
  schema: SetUserActiveSchema,
  run: (input, { actor, origin }) => setUserActive(actor, input, origin),
  // Deactivating is confirmed on a page of its own: back to the list, read again, with the new state.
  onSuccess: (_result, { locale, values }) =>
    redirect({ href: `/admin/users?saved=${values.isActive === 'true' ? 'userReactivated' : 'userDeactivated'}`, locale }),
});

export const resetUserPasswordAction = defineAction({
  permission: 'users.manage',
  schema: ResetUserPasswordSchema,
  run: (input, { actor, origin }) => resetUserPassword(actor, input, origin),
  onSuccess: (result) => ({ status: 'success', message: 'passwordReset', values: { temporaryPassword: result.temporaryPassword } }),
});
