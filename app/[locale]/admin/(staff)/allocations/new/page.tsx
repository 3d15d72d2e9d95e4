import { getLocale, getTranslations } from 'next-intl/server';
import { CreateAllocationForm } from '@/components/admin/allocations/allocation-forms';
import { ProgrammeChoice } from '@/components/admin/allocations/programme-choice';
import { Forbidden } from '@/components/admin/forbidden';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { IdField } from '@/lib/core/fields';
import {
  getProgrammeForEdit,
  listProgrammeOptions,
  listRecipientOptions,
  listSubsidyAnnouncementOptions,
} from '@/lib/subsidies/staff-queries';
import { localName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.allocations');
  return { title: t('new'), robots: { index: false } };
}

/** Two steps that work without JavaScript: choose the programme (a GET form), then the recipient. */
export default async function NewAllocationPage({ searchParams }: PageProps<'/[locale]/admin/allocations/new'>) {
  const access = await checkAccess('subsidies.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const programmeId = IdField.safeParse((await searchParams).programmeId).data;
  const [t, locale, programme] = await Promise.all([
    getTranslations('Admin.allocations'),
    getLocale(),
    programmeId ? getProgrammeForEdit(programmeId) : null,
  ]);
  const header = (
    <>
      <Breadcrumb items={[{ href: '/admin/allocations', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={programme ? `${programme.year} ${localName(programme, locale)}` : t('newLede')} />
    </>
  );
  if (!programme) {
    return (
      <div className="max-w-2xl">
        {header}
        <ProgrammeChoice programmes={await listProgrammeOptions()} />
      </div>
    );
  }
  const [recipients, announcements] = await Promise.all([listRecipientOptions(programme.recipientKind), listSubsidyAnnouncementOptions()]);
  return (
    <div className="max-w-2xl">
      {header}
      <CreateAllocationForm
        programme={{
          id: programme.id,
          recipientKind: programme.recipientKind,
          amountPerRecipient: programme.amountPerRecipient?.toString() ?? null,
          isAmountApproximate: programme.isAmountApproximate,
          announcementId: programme.announcementId,
        }}
        recipients={recipients}
        announcements={announcements}
      />
    </div>
  );
}
