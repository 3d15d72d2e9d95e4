import { getLocale, getTranslations } from 'next-intl/server';
import { OrganisationName } from '@/components/partnerships/organisation-name';
import { SourceNote } from '@/components/partnerships/source-note';
import { DataTable, td, th } from '@/components/ui/table';
import { localName } from '@/lib/core/names';
import type { AwardView } from '@/lib/networks/queries';

export async function NetworkAwards({ awards, caption }: { awards: AwardView[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations('Networks'), getLocale()]);
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('year')}
          </th>
          <th scope="col" className={th}>
            {t('awardee')}
          </th>
          <th scope="col" className={th}>
            {t('award')}
          </th>
          <th scope="col" className={th}>
            {t('source')}
          </th>
        </tr>
      </thead>
      <tbody>
        {awards.map((award) => (
          <tr key={`${award.year}-${award.organisation.slug}`}>
            <th scope="row" className={`${td} font-medium tabular`}>
              {award.year}
            </th>
            <td className={td}>
              <OrganisationName organisation={award.organisation} />
            </td>
            <td className={td}>{localName(award, locale)}</td>
            <td className={td}>
              <SourceNote source={award.source} quote={award.quote} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
