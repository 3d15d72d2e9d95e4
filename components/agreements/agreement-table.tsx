import { getLocale, getTranslations } from 'next-intl/server';
import { OrganisationName } from '@/components/partnerships/organisation-name';
import { PartialDate } from '@/components/partnerships/partial-date';
import { DataTable, td, th } from '@/components/ui/table';
import type { AgreementView } from '@/lib/agreements/queries';
import type { Standing } from '@/lib/agreements/standing';
import { localField } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { AgreementStanding } from './agreement-standing';

/** Agreements with their parties, day of signing, topics and standing on the chosen day. */
export async function AgreementTable({ agreements, caption }: { agreements: (AgreementView & { standing: Standing })[]; caption: string }) {
  const [t, tTopic, locale] = await Promise.all([getTranslations('Agreements'), getTranslations('AgreementTopic'), getLocale()]);
  if (agreements.length === 0) return <p className="text-ink-soft">{t('empty')}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('agreement')}
          </th>
          <th scope="col" className={th}>
            {t('parties')}
          </th>
          <th scope="col" className={th}>
            {t('signedOn')}
          </th>
          <th scope="col" className={th}>
            {t('topics')}
          </th>
          <th scope="col" className={th}>
            {t('standingColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {agreements.map((agreement) => (
          <tr key={agreement.slug} data-agreement={agreement.slug}>
            <th scope="row" className={`${td} font-medium`}>
              <Link prefetch={false} href={`/agreements/${agreement.slug}`}>
                {localField(agreement, 'title', locale)}
              </Link>
            </th>
            <td className={td}>
              <ul className="flex flex-col gap-1">
                {agreement.parties.map((party) => (
                  <li key={party.organisation.slug}>
                    <OrganisationName organisation={party.organisation} />
                  </li>
                ))}
              </ul>
            </td>
            <td className={`${td} whitespace-nowrap`}>
              <PartialDate value={agreement.signedOn} />
            </td>
            <td className={td}>{agreement.topics.map((topic) => tTopic(topic)).join(', ')}</td>
            <td className={td} data-standing={agreement.standing.state}>
              <AgreementStanding standing={agreement.standing} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
