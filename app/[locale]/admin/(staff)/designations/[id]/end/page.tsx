import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RetireDesignationForm } from '@/components/admin/designations/designation-forms';
import { Forbidden } from '@/components/admin/forbidden';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { IdField } from '@/lib/core/fields';
import { qualifiedName } from '@/lib/core/names';
import { getDesignationForEdit } from '@/lib/designations/staff-queries';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('Admin.designations');
  return { title: t('retireTitle'), robots: { index: false } };
}

/** Ending a designation is asked for on a page of its own, away from the record's other forms (issue 14). */
export default async function EndDesignationPage({ params }: PageProps<'/[locale]/admin/designations/[id]/end'>) {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, locale, designation] = await Promise.all([getTranslations('Admin.designations'), getLocale(), getDesignationForEdit(id)]);
  if (!designation) notFound();
  const lg = designation.localGovernment;
  const name = qualifiedName(lg, lg.region, locale);
  const back = `/admin/designations/${designation.id}`;
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/designations', label: t('title') }, { href: back, label: name }, { label: t('retireTitle') }]} />
      <PageHeader title={t('retirePageTitle', { city: name })} lede={t('retireLede')} />
      {designation.hasEnded ? (
        <p>
          {t('alreadyEnded')} <Link href={back}>{t('backToRecord')}</Link>
        </p>
      ) : (
        <div className="flex max-w-xl flex-col gap-4">
          <RetireDesignationForm current={designation} />
          <p>
            <Link href={back}>{t('cancelRetire')}</Link>
          </p>
        </div>
      )}
    </>
  );
}
