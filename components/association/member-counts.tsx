import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChartFigure } from '@/components/charts/bar-chart';
import { PartialDate } from '@/components/partnerships/partial-date';
import { SourceNote } from '@/components/partnerships/source-note';
import { DataTable, td, th } from '@/components/ui/table';
import type { MemberCountView } from '@/lib/association/queries';
import { partialDateFormat } from '@/lib/core/partial-date';

/** Members as sources count them, each count with its source: a chart of the local governments, and the table. */
export async function MemberCounts({ counts }: { counts: MemberCountView[] }) {
  const [t, format] = await Promise.all([getTranslations('Association'), getFormatter()]);
  const label = (asOf: string) => {
    const { date, options } = partialDateFormat(asOf);
    return format.dateTime(date, options);
  };
  const charted = counts.filter((count) => count.localGovernments !== null);
  return (
    <>
      <BarChartFigure
        id="member-counts"
        title={t('countsChartTitle')}
        description={t('countsChartDescription', { count: charted.length })}
        labelWidth={150}
        bars={charted.map((count, index) => ({
          key: `${count.asOf}-${index}`,
          label: label(count.asOf),
          value: count.localGovernments!,
          valueLabel: t('localGovernmentsCount', { count: count.localGovernments! }),
        }))}
      />
      <DataTable caption={t('countsCaption')}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {t('asOf')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('localGovernmentsColumn')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('officesColumn')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('totalColumn')}
            </th>
            <th scope="col" className={th}>
              {t('source')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.map((count, index) => (
            <tr key={`${count.asOf}-${index}`}>
              <th scope="row" className={`${td} font-medium whitespace-nowrap`}>
                <PartialDate value={count.asOf} />
              </th>
              <td className={`${td} text-right tabular`}>{count.localGovernments ?? '–'}</td>
              <td className={`${td} text-right tabular`}>{count.offices ?? '–'}</td>
              <td className={`${td} text-right tabular`}>{count.total ?? '–'}</td>
              <td className={td}>
                <SourceNote source={count.source} quote={count.quote} note={count.note} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
