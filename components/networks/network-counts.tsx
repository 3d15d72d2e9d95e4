import { getTranslations } from 'next-intl/server';
import { PartialDate } from '@/components/partnerships/partial-date';
import { SourceNote } from '@/components/partnerships/source-note';
import { DataTable, td, th } from '@/components/ui/table';
import type { ReportedCount } from '@/lib/networks/queries';

/** What sources report of a network's size, Korean and worldwide, where not every member is named. */
export async function NetworkCounts({ counts, caption }: { counts: ReportedCount[]; caption: string }) {
  const t = await getTranslations('Networks');
  if (counts.length === 0) return <p className="text-ink-soft">{t('noReportedCount')}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('asOf')}
          </th>
          <th scope="col" className={th}>
            {t('scope')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t('cities')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t('countries')}
          </th>
          <th scope="col" className={th}>
            {t('source')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((count, index) => (
          <tr key={`${count.asOf}-${count.scope}-${index}`}>
            <th scope="row" className={`${td} font-medium whitespace-nowrap`}>
              <PartialDate value={count.asOf} />
            </th>
            <td className={td}>{t(count.scope === 'korea' ? 'scopeKorea' : 'scopeWorld')}</td>
            <td className={`${td} text-right tabular`}>{count.memberCount}</td>
            <td className={`${td} text-right tabular`}>{count.countryCount ?? '–'}</td>
            <td className={td}>
              <SourceNote source={count.source} quote={count.quote} note={count.note} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
