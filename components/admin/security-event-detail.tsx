import { getTranslations } from 'next-intl/server';

const REASONS = [
  'locked',
  'limitReached',
  'credentials',
  'temporaryPasswordExpired',
  'currentPassword',
  'anonymous',
  'forbidden',
  'passwordChangeRequired',
] as const;
const isReason = (value: unknown): value is (typeof REASONS)[number] => (REASONS as readonly unknown[]).includes(value);

/** A security event's detail, in the reader's language: why it was refused, the roles before and after. */
export async function SecurityEventDetail({ detail }: { detail: Record<string, unknown> }) {
  const [t, tRoles] = await Promise.all([getTranslations('Admin.securityLog.details'), getTranslations('Admin.nav.roles')]);
  const role = (value: unknown) => (value === 'admin' || value === 'staff' || value === 'ministry' ? tRoles(value) : String(value ?? '—'));
  const parts: string[] = [];
  if (isReason(detail.reason)) parts.push(t(detail.reason));
  if (typeof detail.permission === 'string') parts.push(t('permission', { permission: detail.permission }));
  if (detail.before !== undefined || detail.after !== undefined)
    parts.push(t('roles', { before: role(detail.before), after: role(detail.after) }));
  return <>{parts.length ? parts.join(' · ') : '—'}</>;
}
