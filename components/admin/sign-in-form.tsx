'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { signInAction } from '@/lib/account/actions';

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('Admin.signIn');
  return (
    <ActionForm action={signInAction} submitLabel={t('submit')} hidden={next ? { next } : {}}>
      <TextField name="email" type="email" label={t('email')} autoComplete="username" inputMode="email" isRequired maxLength={254} />
      <TextField name="password" type="password" label={t('password')} autoComplete="current-password" isRequired maxLength={128} />
    </ActionForm>
  );
}
