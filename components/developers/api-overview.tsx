import { getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import { Section } from '@/components/ui/section';
import { API_BASE } from '@/lib/api/endpoints';
import { CACHE_CONTROL } from '@/lib/api/http';
import { CodeBlock } from './code-block';

const PROBLEM_FIELDS = [
  ['type', 'errors.type'],
  ['title', 'errors.titleField'],
  ['status', 'errors.status'],
  ['detail', 'errors.detail'],
  ['instance', 'errors.instance'],
  ['errors', 'errors.errorsField'],
] as const;

/** The API's conventions: where it is, its licence, its responses, caching and errors. */
export async function ApiOverview({ problemExample }: { problemExample: { url: string; response: string } }) {
  const t = await getTranslations('ApiReference');
  return (
    <>
      <Section id="overview" title={t('overview.title')}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('overview.base', { base: API_BASE })}</li>
          <li>{t('overview.fields')}</li>
          <li>{t('overview.sources')}</li>
          <li>{t('overview.cors')}</li>
        </ul>
        <p className="mt-4">
          <a href={`${API_BASE}/openapi.json`} className="font-semibold">
            {t('documentLink')}
          </a>
        </p>
        <p className="mt-1 text-ink-soft">{t('documentHint')}</p>
        <p id="licence" className="mt-4 rounded border border-line p-3">
          <strong>{t('licenceLabel')}</strong>: {t('licence')}
          <span className="mt-1 block text-sm text-ink-soft">{t('licenceHint')}</span>
        </p>
      </Section>
      <Section id="conventions" title={t('conventions.title')}>
        <ul className="list-disc space-y-1 pl-5">
          {(['list', 'resource', 'pagination', 'links', 'money', 'dates', 'parameters'] as const).map((key) => (
            <li key={key}>{t(`conventions.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="caching" title={t('caching.title')}>
        <p>{t('caching.etag')}</p>
        <p className="mt-2 break-words">{t('caching.cacheControl', { value: CACHE_CONTROL })}</p>
        <p className="mt-2">{t('caching.errors')}</p>
      </Section>
      <Section id="errors" title={t('errors.title')}>
        <p className="mb-4">{t('errors.intro')}</p>
        <ul className="mb-4 list-disc pl-5">
          <li id="problem-invalid-parameters">{t('errors.invalidTitle')}</li>
          <li id="problem-not-found">{t('errors.notFoundTitle')}</li>
          <li id="problem-unavailable">{t('errors.unavailableTitle')}</li>
        </ul>
        <DataTable caption={t('errors.caption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('errors.field')}
              </th>
              <th scope="col" className={th}>
                {t('errors.meaning')}
              </th>
            </tr>
          </thead>
          <tbody>
            {PROBLEM_FIELDS.map(([field, key]) => (
              <tr key={field}>
                <th scope="row" className={`${td} font-normal`}>
                  <code>{field}</code>
                </th>
                <td className={td}>{t(key)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p className="mt-4 mb-2 break-all">
          {t('errors.example')} <code>{problemExample.url}</code>
        </p>
        <CodeBlock label={t('errors.example')}>{problemExample.response}</CodeBlock>
      </Section>
    </>
  );
}
