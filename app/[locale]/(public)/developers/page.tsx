import { getLocale, getTranslations } from 'next-intl/server';
import { ApiOverview } from '@/components/developers/api-overview';
import { EndpointReference } from '@/components/developers/endpoint-reference';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { getApiExamples } from '@/lib/api/examples';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { pageMetadata } from '@/lib/i18n/metadata';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('ApiReference'), getLocale()]);
  return pageMetadata({ locale, path: '/developers', title: t('title'), description: t('lede') });
}

/** The public API's reference, rendered from its OpenAPI document in the reader's language. Prerendered. */
export default async function DevelopersPage() {
  const [t, examples] = await Promise.all([getTranslations('ApiReference'), getApiExamples()]);
  const document = buildOpenApiDocument({ text: (key) => t(key as never), has: (key) => t.has(key as never) });
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <ApiOverview problemExample={examples.problem} />
      <EndpointReference document={document} examples={examples.endpoints} />
    </>
  );
}
