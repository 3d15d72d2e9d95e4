import { getFormatter, getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { AdminList } from '@/components/admin/list/admin-list';
import { SecurityEventDetail } from '@/components/admin/security-event-detail';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { parseListParams } from '@/lib/core/list-params';
import { getSecurityEvents, SECURITY_LOG_PAGE_SIZE } from '@/lib/security-log/queries';
import { SECURITY_EVENT_KINDS, SECURITY_LOG_FILTERS } from '@/lib/security-log/schemas';

export async function generateMetadata() {
  const t = await getTranslations('Admin.securityLog');
  return { title: t('title'), robots: { index: false } };
}

export default async function SecurityLogPage({ searchParams }: PageProps<'/[locale]/admin/security-log'>) {
  const access = await checkAccess('audit.read');
  if (access.status !== 'allowed') return <Forbidden />;
  const filters = parseListParams(SECURITY_LOG_FILTERS, await searchParams);
  const [t, format, result] = await Promise.all([getTranslations('Admin.securityLog'), getFormatter(), getSecurityEvents(filters)]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <AdminList
        path="/admin/security-log"
        filters={[
          {
            kind: 'select',
            name: 'kind',
            label: 'Admin.securityLog.kind',
            allLabel: 'Admin.securityLog.anyKind',
            options: SECURITY_EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          },
          { kind: 'text', name: 'email', label: 'Admin.securityLog.email', maxLength: 254 },
          { kind: 'text', name: 'address', label: 'Admin.securityLog.address', maxLength: 45 },
          { kind: 'date', name: 'from', label: 'Admin.securityLog.from' },
          { kind: 'date', name: 'to', label: 'Admin.securityLog.to' },
        ]}
        values={{ kind: filters.kind, email: filters.email, address: filters.address, from: filters.from, to: filters.to }}
        table={{
          caption: t('caption'),
          empty: 'Admin.securityLog.empty',
          rowKey: (event) => event.id,
          columns: [
            {
              header: 'Admin.securityLog.when',
              className: 'whitespace-nowrap',
              cell: (event) => format.dateTime(new Date(event.occurredAt), { dateStyle: 'short', timeStyle: 'medium' }),
            },
            { header: 'Admin.securityLog.kind', isRowHeader: true, cell: (event) => t(`kinds.${event.kind}`) },
            { header: 'Admin.securityLog.account', cell: (event) => event.email ?? '—' },
            { header: 'Admin.securityLog.by', cell: (event) => event.actorEmail ?? '—' },
            { header: 'Admin.securityLog.address', className: 'font-mono', cell: (event) => event.address ?? '—' },
            { header: 'Admin.securityLog.detail', cell: (event) => <SecurityEventDetail detail={event.detail} /> },
            {
              header: 'Admin.securityLog.userAgent',
              className: 'text-xs',
              // A browser's user-agent string is no word: it may break anywhere (globals.css).
              cell: (event) => <span className="break-anywhere">{event.userAgent ?? '—'}</span>,
            },
          ],
        }}
        rows={result.events}
        pages={{ page: filters.page, total: result.total, size: SECURITY_LOG_PAGE_SIZE }}
      />
    </>
  );
}
