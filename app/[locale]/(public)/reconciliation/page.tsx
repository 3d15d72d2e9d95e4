import { getLocale, getTranslations } from 'next-intl/server';
import { CountingRule } from '@/components/reconciliation/counting-rule';
import { ReconciliationTable } from '@/components/reconciliation/reconciliation-table';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';
import { PUBLISHED_MEASURES } from '@/lib/registry/counting';
import { getReconciliation, getTodaysCounts } from '@/lib/registry/queries';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Reconciliation'), getLocale()]);
  return pageMetadata({ locale, path: '/reconciliation', title: t('title'), description: t('lede') });
}

export default async function ReconciliationPage() {
  const [t, reconciliation, today] = await Promise.all([getTranslations('Reconciliation'), getReconciliation(), getTodaysCounts()]);
  const differing = reconciliation.rows.filter((row) => row.difference !== 0);
  const explained = differing.filter((row) => row.explanationKo !== null).length;
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')}>
        <p>
          {t('summary', {
            total: reconciliation.rows.length,
            same: reconciliation.rows.length - differing.length,
            explained,
            unexplained: differing.length - explained,
          })}
        </p>
      </PageHeader>
      <CountingRule today={today} />
      {PUBLISHED_MEASURES.map((measure) => (
        <ReconciliationTable key={measure} measure={measure} rows={reconciliation.rows.filter((row) => row.measure === measure)} />
      ))}
    </>
  );
}
