'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { ROLES } from '@/lib/auth/roles';
import { Link } from '@/lib/i18n/navigation';
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
      {user.isActive ? (
        // Deactivating ends the user's sessions: it is asked for on a page of its own (issue 14).
        <p>
          <Link
            href={`/admin/users/${user.id}/deactivate`}
            className="inline-block rounded border-2 border-red-700 px-4 py-2 font-semibold text-red-800 no-underline hover:bg-red-50"
          >
            {t('deactivateEllipsis')}
          </Link>
        </p>
      ) : (
        <ActionForm
          action={setUserActiveAction}
          submitLabel={t('reactivate')}
          hidden={{ userId: user.id, version: user.version, isActive: 'true' }}
        />
      )}
      <ActionForm
        action={resetUserPasswordAction}
        submitLabel={t('resetPassword')}
        hidden={{ userId: user.id, version: user.version }}
        successContent={(state) => <TemporaryPassword password={state.values?.temporaryPassword} />}
      />
    </div>
  );
}

/** The confirmation of a deactivation: the one button that does it, and a way back. */
export function DeactivateUserForm({ user }: { user: User }) {
  const t = useTranslations('Admin.users');
  return (
    <div className="flex flex-col gap-4">
      <ActionForm
        action={setUserActiveAction}
        submitLabel={t('confirmDeactivate')}
        isDanger
        hidden={{ userId: user.id, version: user.version, isActive: 'false' }}
      />
      <p>
        <Link href="/admin/users">{t('cancelDeactivate')}</Link>
      </p>
    </div>
  );
}
