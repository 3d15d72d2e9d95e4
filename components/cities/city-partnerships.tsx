import { getLocale, getTranslations } from 'next-intl/server';
import { AgreementStanding } from '@/components/agreements/agreement-standing';
import { OrganisationName } from '@/components/partnerships/organisation-name';
import { PartialDate } from '@/components/partnerships/partial-date';
import { Section } from '@/components/ui/section';
import type { AgreementView } from '@/lib/agreements/queries';
import { noticeFactsOf, termRulesOf } from '@/lib/agreements/rules';
import { standingOn } from '@/lib/agreements/standing';
import { localField, localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import type { CityNetworks } from '@/lib/networks/queries';

/** A city's international networks, awards and agreements (issue 15), each linking to its own page. */
export async function CityPartnerships({
  citySlug,
  networks,
  agreements,
  today,
}: {
  citySlug: string;
  networks: CityNetworks;
  agreements: AgreementView[];
  today: string;
}) {
  const [t, tStatus, locale] = await Promise.all([getTranslations('Partnerships.city'), getTranslations('MembershipStatus'), getLocale()]);
  const isEmpty = networks.memberships.length === 0 && networks.awards.length === 0 && agreements.length === 0;
  return (
    <Section id="partnerships" title={t('title')}>
      {isEmpty ? <p className="text-ink-soft">{t('none')}</p> : null}
      {networks.memberships.length > 0 ? (
        <>
          <h3 className="mb-2 font-semibold">{t('networks')}</h3>
          <ul className="mb-6 flex flex-col gap-2">
            {networks.memberships.map((membership) => (
              <li key={membership.network.slug}>
                <Link href={`/networks/${membership.network.slug}`}>{localName(membership.network, locale)}</Link> ·{' '}
                {tStatus(membership.status)}
                {membership.status === 'member' ? (
                  <>
                    {' '}
                    ({t('since')} <PartialDate value={membership.joinedOn} />)
                  </>
                ) : null}
                {membership.roles.length > 0 ? (
                  <span className="block text-sm text-ink-soft">
                    {membership.roles.map((role) => localField(role, 'title', locale)).join(' · ')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {networks.awards.length > 0 ? (
        <>
          <h3 className="mb-2 font-semibold">{t('awards')}</h3>
          <ul className="mb-6 flex flex-col gap-1">
            {networks.awards.map((award) => (
              <li key={`${award.networkSlug}-${award.year}`}>
                {award.year} · <Link href={`/networks/${award.networkSlug}#awards`}>{localName(award, locale)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {agreements.length > 0 ? (
        <>
          <h3 className="mb-2 font-semibold">{t('agreements')}</h3>
          <ul className="flex flex-col gap-3">
            {agreements.map((agreement) => (
              <li key={agreement.slug}>
                <Link href={`/agreements/${agreement.slug}`}>{localField(agreement, 'title', locale)}</Link>
                <span className="block text-sm text-ink-soft">
                  {t('with')}{' '}
                  {agreement.parties
                    .filter((party) => party.organisation.citySlug !== citySlug)
                    .map((party, index) => (
                      <span key={party.organisation.slug}>
                        {index > 0 ? ', ' : null}
                        <OrganisationName organisation={party.organisation} />
                      </span>
                    ))}{' '}
                  · <AgreementStanding standing={standingOn(termRulesOf(agreement), noticeFactsOf(agreement.notices), today)} />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
