import { getFormatter, getTranslations } from 'next-intl/server';
import { AuditChanges } from '@/components/admin/audit-changes';
import { Forbidden } from '@/components/admin/forbidden';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { AUDIT_PAGE_SIZE, getAuditEntries, getAuditFilterOptions } from '@/lib/audit/queries';
import { AuditFiltersSchema } from '@/lib/audit/schemas';
import { recordLink } from '@/lib/audit/record-links';
import { checkAccess } from '@/lib/auth/session';
import { MOMENT_FORMAT } from '@/lib/core/dates';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('Admin.audit');
  return { title: t('title'), robots: { index: false } };
}

export default async function AuditPage({ searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const access = await checkAccess('audit.read');
  if (access.status !== 'allowed') return <Forbidden />;
  const filters = AuditFiltersSchema.parse(await searchParams);
  const [t, tHistory, format, options, result] = await Promise.all([
    getTranslations('Admin.audit'),
    getTranslations('Admin.history'),
    getFormatter(),
    getAuditFilterOptions(),
    getAuditEntries(filters),
  ]);
  const typeName = (type: string) => (t.has(`types.${type}` as never) ? t(`types.${type}` as 'types.User') : type);
  const actionName = (action: string) =>
    tHistory.has(`actions.${action}` as never) ? tHistory(`actions.${action}` as 'actions.create') : action;
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <AdminList
        path="/admin/audit"
        filters={[
          {
            kind: 'select',
            name: 'actor',
            label: 'Admin.audit.actor',
            allLabel: 'Admin.audit.anyone',
            options: options.actors.map((actor) => ({ value: actor.id, label: actor.email })),
          },
          {
            kind: 'select',
            name: 'type',
            label: 'Admin.audit.recordType',
            allLabel: 'Admin.audit.anyType',
            options: options.entityTypes.map((type) => ({ value: type, label: typeName(type) })),
          },
          { kind: 'date', name: 'from', label: 'Admin.audit.from' },
          { kind: 'date', name: 'to', label: 'Admin.audit.to' },
        ]}
        values={{ actor: filters.actorId, type: filters.entityType, from: filters.from, to: filters.to }}
        table={{
          caption: t('caption'),
          empty: 'Admin.audit.empty',
          rowKey: (entry) => entry.id,
          columns: [
            {
              header: 'Admin.audit.when',
              className: 'whitespace-nowrap',
              cell: (entry) => format.dateTime(new Date(entry.occurredAt), MOMENT_FORMAT),
            },
            { header: 'Admin.audit.actor', cell: (entry) => entry.actorEmail ?? tHistory('system') },
            {
              header: 'Admin.audit.what',
              cell: (entry) => {
                const record = `${typeName(entry.entityType)} ${entry.entityLabel ?? `#${entry.entityId}`}`;
                const href = recordLink(entry.entityType, entry.entityId);
                return (
                  <>
                    {actionName(entry.action)} · {href ? <Link href={href}>{record}</Link> : record}
                  </>
                );
              },
            },
            { header: 'Admin.audit.changes', cell: (entry) => <AuditChanges changes={entry.changes} /> },
          ],
        }}
        rows={result.entries}
        pages={{ page: filters.page, total: result.total, size: AUDIT_PAGE_SIZE }}
      />
    </>
  );
}
