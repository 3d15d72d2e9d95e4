'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { ROLES } from '@/lib/auth/roles';
import { changeUserRoleAction, createUserAction, resetUserPasswordAction, setUserActiveAction } from '@/lib/users/actions';

type User = { id: string; email: string; role: string; isActive: boolean; version: number };

/** A temporary password, shown once: the admin hands it over; the user replaces it at sign-in. */
function TemporaryPassword({ password }: { password: string | undefined }) {
  const t = useTranslations('Admin.users');
  return (
    <>
      <p>{t('temporaryPasswordIntro')}</p>
      <p className="mt-2 font-mono text-lg" data-testid="temporary-password">
        {password}
      </p>
    </>
  );
}

export function CreateUserForm() {
  const t = useTranslations('Admin.users');
  const tFields = useTranslations('Fields');
  const tRoles = useTranslations('Admin.nav.roles');
  return (
    <ActionForm
      action={createUserAction}
      submitLabel={t('create')}
      successContent={(state) => <TemporaryPassword password={state.values?.temporaryPassword} />}
    >
      <TextField name="email" type="email" label={tFields('email')} isRequired maxLength={254} />
      <TextField name="name" label={tFields('name')} isRequired maxLength={100} />
      <SelectField
        name="role"
        label={tFields('role')}
        isRequired
        placeholder={t('chooseRole')}
        options={ROLES.map((role) => ({ value: role, label: tRoles(role) }))}
      />
    </ActionForm>
  );
}

export function UserRowForms({ user }: { user: User }) {
  const t = useTranslations('Admin.users');
  const tFields = useTranslations('Fields');
  const tRoles = useTranslations('Admin.nav.roles');
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <ActionForm action={changeUserRoleAction} submitLabel={t('changeRole')} hidden={{ userId: user.id, version: user.version }}>
        <SelectField
          name="role"
          label={tFields('role')}
          defaultValue={user.role}
          options={ROLES.map((role) => ({ value: role, label: tRoles(role) }))}
        />
      </ActionForm>
      <ActionForm
        action={setUserActiveAction}
        submitLabel={user.isActive ? t('deactivate') : t('reactivate')}
        isDanger={user.isActive}
        hidden={{ userId: user.id, version: user.version, isActive: user.isActive ? 'false' : 'true' }}
      />
      <ActionForm
        action={resetUserPasswordAction}
        submitLabel={t('resetPassword')}
        hidden={{ userId: user.id, version: user.version }}
        successContent={(state) => <TemporaryPassword password={state.values?.temporaryPassword} />}
      />
    </div>
  );
}
