import { getLocale, getTranslations } from 'next-intl/server';
import { PartialDate } from '@/components/partnerships/partial-date';
import { DataTable, td, th } from '@/components/ui/table';
import { localField, localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import type { NetworkView } from '@/lib/networks/queries';
import { latestKoreanCount } from './figures';

/** Every network: its Korean members named here and the latest count a source reports. */
export async function NetworkList({ networks }: { networks: NetworkView[] }) {
  const [t, locale] = await Promise.all([getTranslations('Networks'), getLocale()]);
  return (
    <DataTable caption={t('listCaption')} isCaptionVisible>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('network')}
          </th>
          <th scope="col" className={th}>
            {t('founded')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t('namedMembers')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t('applicants')}
          </th>
          <th scope="col" className={th}>
            {t('reportedKorean')}
          </th>
        </tr>
      </thead>
      <tbody>
        {networks.map((network) => {
          const reported = latestKoreanCount(network);
          return (
            <tr key={network.slug}>
              <th scope="row" className={`${td} font-medium`}>
                <Link prefetch={false} href={`/networks/${network.slug}`}>
                  {localName(network, locale)}
                </Link>{' '}
                <span className="text-ink-soft">({localField(network, 'short', locale)})</span>
              </th>
              <td className={td}>
                <PartialDate value={network.foundedOn} />
              </td>
              <td className={`${td} text-right tabular`}>{network.members.filter((m) => m.status === 'member').length}</td>
              <td className={`${td} text-right tabular`}>{network.members.filter((m) => m.status === 'applied').length}</td>
              <td className={td}>
                {reported ? (
                  <>
                    {t('countAsOf', { count: reported.memberCount })} (<PartialDate value={reported.asOf} />)
                  </>
                ) : (
                  <span className="text-ink-soft">{t('noReportedCount')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
