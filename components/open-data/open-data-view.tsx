import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import { LICENCE, REGISTRY_COLUMNS } from '@/lib/open-data/dictionary';
import { fromIsoDate } from '@/lib/core/dates';

/** The downloads, what each column means in both languages, the licence, and the other ways in (API, statistics). */
export async function OpenDataView({ rowCount, asOf }: { rowCount: number; asOf: string }) {
  const t = await getTranslations('OpenData');
  const file = 'rounded border border-line p-4 flex flex-col gap-1';
  return (
    <>
      <Section id="downloads" title={t('downloadsTitle')} description={t('downloadsLede', { rows: rowCount, date: fromIsoDate(asOf) })}>
        <ul className="grid gap-3 sm:grid-cols-2">
          <li className={file}>
            <a href="/downloads/registry.csv" download className="font-semibold">
              {t('csv')}
            </a>
            <span className="text-sm text-ink-soft">{t('csvHint')}</span>
          </li>
          <li className={file}>
            <a href="/downloads/registry.xlsx" download className="font-semibold">
              {t('xlsx')}
            </a>
            <span className="text-sm text-ink-soft">{t('xlsxHint')}</span>
          </li>
        </ul>
      </Section>
      <Section id="dictionary" title={t('dictionaryTitle')} description={t('dictionaryLede')}>
        <DataTable caption={t('dictionaryCaption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('column')}
              </th>
              <th scope="col" className={th}>
                {t('type')}
              </th>
              <th scope="col" className={th}>
                {t('descriptionKo')}
              </th>
              <th scope="col" className={th}>
                {t('descriptionEn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {REGISTRY_COLUMNS.map((column) => (
              <tr key={column.key}>
                <th scope="row" className={`${td} font-mono text-sm`}>
                  {column.key}
                </th>
                <td className={`${td} text-sm`}>{t(`types.${column.type}`)}</td>
                <td className={td} lang="ko">
                  {column.ko}
                </td>
                <td className={td} lang="en">
                  {column.en}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>
      <Section id="licence" title={t('licenceTitle')}>
        <p lang="ko">{LICENCE.ko}</p>
        <p lang="en" className="mt-1">
          {LICENCE.en}
        </p>
      </Section>
      <Section id="more" title={t('moreTitle')}>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/developers">{t('api')}</Link>
          </li>
          <li>
            <Link href="/statistics">{t('statistics')}</Link>
          </li>
          <li>
            <Link href="/registry">{t('registry')}</Link>
          </li>
          <li>
            <Link href="/about">{t('about')}</Link>
          </li>
        </ul>
      </Section>
    </>
  );
}
