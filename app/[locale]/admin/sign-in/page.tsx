import { getLocale, getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/admin/sign-in-form';
import { PageHeader } from '@/components/ui/page-header';
import { NextPathSchema } from '@/lib/auth/schemas';
import { getCurrentUser } from '@/lib/auth/session';
import { redirect, redirectToLocalizedPath } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('Admin.signIn');
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: PageProps<'/[locale]/admin/sign-in'>) {
  const [t, locale, user, params] = await Promise.all([getTranslations('Admin.signIn'), getLocale(), getCurrentUser(), searchParams]);
  const next = NextPathSchema.parse(Array.isArray(params.next) ? params.next[0] : params.next);
  if (user && next) redirectToLocalizedPath(next);
  if (user) redirect({ href: '/admin', locale });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t('title')} lede={t('lede')} />
      {params.signedOut ? (
        <p role="status" className="mb-4 rounded border border-accent bg-green-50 p-3">
          {t('signedOut')}
        </p>
      ) : null}
      <SignInForm next={next} />
    </div>
  );
}
