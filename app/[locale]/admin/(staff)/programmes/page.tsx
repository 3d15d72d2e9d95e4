import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { SavedNotice } from '@/components/admin/saved-notice';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { formatWon } from '@/lib/money/format';
import { listProgrammes, listProgrammeYears } from '@/lib/subsidies/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.programmes');
  return { title: t('title'), robots: { index: false } };
}

export default async function ProgrammesPage({ searchParams }: PageProps<'/[locale]/admin/programmes'>) {
  const user = await requireAccess('subsidies.read');
  const params = await searchParams;
  const { year } = parseListParams({ year: listParam.year() }, params);
  const [t, tKinds, locale, programmes, years] = await Promise.all([
    getTranslations('Admin.programmes'),
    getTranslations('Subsidies.recipientKinds'),
    getLocale(),
    listProgrammes({ year }),
    listProgrammeYears(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        <p className="flex flex-wrap gap-4">
          {can(user.role, 'subsidies.edit') ? <Link href="/admin/programmes/new">{t('add')}</Link> : null}
          <Link href="/admin/subsidies">{t('toDashboard')}</Link>
        </p>
      </PageHeader>
      <SavedNotice saved={params.saved} />
      <AdminList
        path="/admin/programmes"
        filters={[
          {
            kind: 'select',
            name: 'year',
            label: 'Admin.subsidyForms.year',
            allLabel: 'Admin.subsidyForms.allYears',
            options: years.map((y) => ({ value: String(y), label: String(y) })),
          },
        ]}
        values={{ year }}
        table={{
          caption: t('caption'),
          empty: 'Admin.programmes.empty',
          rowKey: (programme) => programme.id,
          columns: [
            { header: 'Admin.programmes.year', cell: (programme) => programme.year, className: 'tabular' },
            {
              header: 'Admin.programmes.name',
              isRowHeader: true,
              cell: (programme) => <Link href={`/admin/programmes/${programme.id}`}>{localName(programme, locale)}</Link>,
            },
            { header: 'Admin.programmes.code', cell: (programme) => programme.code, className: 'font-mono text-sm' },
            { header: 'Admin.programmes.recipients', cell: (programme) => tKinds(programme.recipientKind) },
            {
              header: 'Admin.programmes.amountPerRecipient',
              isNumeric: true,
              className: 'whitespace-nowrap tabular',
              cell: (programme) =>
                programme.amountPerRecipient === null
                  ? '—'
                  : formatWon(programme.amountPerRecipient, locale, { isApproximate: programme.isAmountApproximate }),
            },
            { header: 'Admin.programmes.allocations', cell: (programme) => programme.allocations, isNumeric: true, className: 'tabular' },
          ],
        }}
        rows={programmes}
      />
    </>
  );
}
