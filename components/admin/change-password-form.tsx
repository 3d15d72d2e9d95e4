'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { changeOwnPasswordAction } from '@/lib/account/actions';

export function ChangePasswordForm() {
  const t = useTranslations('Admin.password');
  return (
    <ActionForm action={changeOwnPasswordAction} submitLabel={t('submit')}>
      <TextField name="currentPassword" type="password" label={t('current')} autoComplete="current-password" isRequired />
      <TextField name="newPassword" type="password" label={t('new')} hint={t('newHint')} autoComplete="new-password" isRequired />
      <TextField name="confirmPassword" type="password" label={t('confirm')} autoComplete="new-password" isRequired />
    </ActionForm>
  );
}
