import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AuditChanges } from '@/components/admin/audit-changes';
import { Forbidden } from '@/components/admin/forbidden';
import { Pager } from '@/components/admin/pager';
import { DataTable, td, th } from '@/components/ui/table';
import { PageHeader } from '@/components/ui/page-header';
import { AUDIT_PAGE_SIZE, getAuditEntries, getAuditFilterOptions } from '@/lib/audit/queries';
import { AuditFiltersSchema } from '@/lib/audit/schemas';
import { checkAccess } from '@/lib/auth/session';
import { getPathname } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('Admin.audit');
  return { title: t('title'), robots: { index: false } };
}

export default async function AuditPage({ searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const access = await checkAccess('audit.read');
  if (access.status !== 'allowed') return <Forbidden />;
  const filters = AuditFiltersSchema.parse(await searchParams);
  const [t, tHistory, format, locale, options, result] = await Promise.all([
    getTranslations('Admin.audit'),
    getTranslations('Admin.history'),
    getFormatter(),
    getLocale(),
    getAuditFilterOptions(),
    getAuditEntries(filters),
  ]);
  const field = 'rounded border border-ink-soft px-3 py-2';
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <form method="get" action={getPathname({ href: '/admin/audit', locale })} className="mb-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-actor" className="text-sm font-semibold">
            {t('actor')}
          </label>
          <select id="audit-actor" name="actor" defaultValue={filters.actorId ?? ''} className={field}>
            <option value="">{t('anyone')}</option>
            {options.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.email}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-type" className="text-sm font-semibold">
            {t('recordType')}
          </label>
          <select id="audit-type" name="type" defaultValue={filters.entityType ?? ''} className={field}>
            <option value="">{t('anyType')}</option>
            {options.entityTypes.map((type) => (
              <option key={type} value={type}>
                {t.has(`types.${type}` as never) ? t(`types.${type}` as 'types.User') : type}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="text-sm font-semibold">
            {t('from')}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ''} className={field} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="text-sm font-semibold">
            {t('to')}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ''} className={field} />
        </div>
        <button type="submit" className="rounded bg-primary-600 px-4 py-2 font-semibold text-white hover:bg-primary-700">
          {t('apply')}
        </button>
      </form>
      {result.entries.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('when')}
              </th>
              <th scope="col" className={th}>
                {t('actor')}
              </th>
              <th scope="col" className={th}>
                {t('what')}
              </th>
              <th scope="col" className={th}>
                {t('changes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((entry) => (
              <tr key={entry.id}>
                <td className={`${td} whitespace-nowrap`}>
                  {format.dateTime(new Date(entry.occurredAt), { dateStyle: 'short', timeStyle: 'short' })}
                </td>
                <td className={td}>{entry.actorEmail ?? tHistory('system')}</td>
                <td className={td}>
                  {tHistory.has(`actions.${entry.action}` as never)
                    ? tHistory(`actions.${entry.action}` as 'actions.create')
                    : entry.action}{' '}
                  · {t.has(`types.${entry.entityType}` as never) ? t(`types.${entry.entityType}` as 'types.User') : entry.entityType}{' '}
                  {entry.entityLabel ?? `#${entry.entityId}`}
                </td>
                <td className={td}>
                  <AuditChanges changes={entry.changes} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pager
        path="/admin/audit"
        params={{ actor: filters.actorId, type: filters.entityType, from: filters.from, to: filters.to }}
        page={filters.page}
        total={result.total}
        size={AUDIT_PAGE_SIZE}
      />
    </>
  );
}
