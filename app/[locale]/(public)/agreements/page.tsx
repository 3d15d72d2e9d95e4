import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { AgreementFilterForm } from '@/components/agreements/agreement-filter-form';
import { AgreementGraph } from '@/components/agreements/agreement-graph';
import { AgreementTable } from '@/components/agreements/agreement-table';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { filterAgreements, parseAgreementFilters } from '@/lib/agreements/filters';
import { agreementParties, signingYears } from '@/lib/agreements/options';
import { getAgreements } from '@/lib/agreements/queries';
import { fromIsoDate, isoDate, todayInKorea } from '@/lib/core/dates';
import { pageMetadata } from '@/lib/i18n/metadata';

/** Rendered whole per request (the filters and the day are in the URL), with no streamed part; its read is cached. */
export const instant = false;

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Agreements'), getLocale()]);
  return pageMetadata({ locale, path: '/agreements', title: t('title'), description: t('lede') });
}

export default async function AgreementsPage({ searchParams }: PageProps<'/[locale]/agreements'>) {
  const params = await searchParams;
  // The clock is read per request, after this marks the render as request-time.
  await connection();
  const today = isoDate(todayInKorea());
  const { filters, isDayFallback } = parseAgreementFilters(params, today);
  const [t, agreements] = await Promise.all([getTranslations('Agreements'), getAgreements()]);
  const shown = filterAgreements(agreements, filters);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <AgreementFilterForm
        filters={filters}
        parties={agreementParties(agreements)}
        years={signingYears(agreements)}
        isDayFallback={isDayFallback}
        today={today}
      />
      <Section id="list" title={t('listTitle', { count: shown.length, total: agreements.length, day: fromIsoDate(filters.on) })}>
        <AgreementTable agreements={shown} caption={t('listCaption', { day: fromIsoDate(filters.on) })} />
      </Section>
      <Section id="graph" title={t('graph.sectionTitle')} description={t('graph.hint')}>
        <AgreementGraph agreements={agreements} />
      </Section>
    </>
  );
}
