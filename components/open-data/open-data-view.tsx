import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import { ALLOCATION_COLUMNS, type ColumnType, HISTORY_COLUMNS, LICENCE, REGISTRY_COLUMNS } from '@/lib/open-data/dictionary';
import { fromIsoDate } from '@/lib/core/dates';

type Columns = readonly { key: string; type: ColumnType; ko: string; en: string }[];

/** The downloads, what each file's columns mean in both languages, the licence, and the other ways in (API, statistics). */
export async function OpenDataView({ counts, asOf }: { counts: { registry: number; history: number; allocations: number }; asOf: string }) {
  const t = await getTranslations('OpenData');
  const file = 'rounded border border-line p-4 flex flex-col gap-1';
  const downloads = (base: string, csv: string, xlsx: string) => (
    <ul className="grid gap-3 sm:grid-cols-2">
      <li className={file}>
        <a href={`/downloads/${base}.csv`} download className="font-semibold">
          {csv}
        </a>
        <span className="text-sm text-ink-soft">{t('csvHint')}</span>
      </li>
      <li className={file}>
        <a href={`/downloads/${base}.xlsx`} download className="font-semibold">
          {xlsx}
        </a>
        <span className="text-sm text-ink-soft">{t('xlsxHint')}</span>
      </li>
    </ul>
  );
  const dictionary = (caption: string, columns: Columns) => (
    <DataTable caption={caption}>
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
        {columns.map((column) => (
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
  );
  return (
    <>
      <Section id="downloads" title={t('downloadsTitle')}>
        <h3 className="mb-2 font-semibold">{t('registryTitle')}</h3>
        <p className="mb-3 text-ink-soft">{t('downloadsLede', { rows: counts.registry, date: fromIsoDate(asOf) })}</p>
        {downloads('registry', t('csv'), t('xlsx'))}
        <h3 className="mt-6 mb-2 font-semibold">{t('files.history.title')}</h3>
        <p className="mb-3 text-ink-soft">{t('files.history.lede', { rows: counts.history })}</p>
        {downloads('designation-history', t('files.history.csv'), t('files.history.xlsx'))}
        <h3 className="mt-6 mb-2 font-semibold">{t('files.allocations.title')}</h3>
        <p className="mb-3 text-ink-soft">{t('files.allocations.lede', { rows: counts.allocations })}</p>
        {downloads('allocations', t('files.allocations.csv'), t('files.allocations.xlsx'))}
      </Section>
      <Section id="dictionary" title={t('dictionaryTitle')} description={t('dictionaryLede')}>
        <div className="space-y-8">
          {dictionary(t('dictionaryCaption'), REGISTRY_COLUMNS)}
          {dictionary(t('files.history.caption'), HISTORY_COLUMNS)}
          {dictionary(t('files.allocations.caption'), ALLOCATION_COLUMNS)}
        </div>
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
