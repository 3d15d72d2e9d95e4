import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { PARTNERSHIP_FILE_NAMES, PARTNERSHIP_FILES } from '@/lib/open-data/partnership-files';

/** The files of networks, agreements and officers (issue 15), each with its columns in both languages. */
export async function PartnershipDownloads() {
  const [t, tOpenData] = await Promise.all([getTranslations('PartnershipData'), getTranslations('OpenData')]);
  return (
    <Section id="partnership-downloads" title={t('title')} description={t('lede')}>
      <ul className="flex flex-col gap-4">
        {PARTNERSHIP_FILE_NAMES.map((file) => (
          <li key={file} className="rounded border border-line p-4">
            <a href={`/downloads/${file}`} download className="font-semibold">
              {t(`files.${file.replace('.csv', '')}` as 'files.agreements')} ({file})
            </a>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-ink-soft">{t('columns')}</summary>
              <DataTable caption={t('columnsCaption', { file })}>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      {tOpenData('column')}
                    </th>
                    <th scope="col" className={th}>
                      {tOpenData('type')}
                    </th>
                    <th scope="col" className={th}>
                      {tOpenData('descriptionKo')}
                    </th>
                    <th scope="col" className={th}>
                      {tOpenData('descriptionEn')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {PARTNERSHIP_FILES[file].columns.map((column) => (
                    <tr key={column.key}>
                      <th scope="row" className={`${td} font-mono text-sm`}>
                        {column.key}
                      </th>
                      <td className={`${td} text-sm`}>{tOpenData(`types.${column.type}`)}</td>
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
            </details>
          </li>
        ))}
      </ul>
    </Section>
  );
}
