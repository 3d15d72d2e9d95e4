import { getLocale, getTranslations } from 'next-intl/server';
import { PartialDate } from '@/components/partnerships/partial-date';
import { SourceNote } from '@/components/partnerships/source-note';
import { Section } from '@/components/ui/section';
import { localField, localName } from '@/lib/core/names';
import type { NetworkView } from '@/lib/networks/queries';
import type { RegionSummary } from '@/lib/regions/queries';
import { latestKoreanCount, memberTally } from './figures';
import { NetworkAwards } from './network-awards';
import { NetworkCounts } from './network-counts';
import { NetworkMap } from './network-map';
import { NetworkMembers } from './network-members';

/** One network: what it is, its Korean members on the map and in a table, what sources count, its awards. */
export async function NetworkOverview({ network, regions }: { network: NetworkView; regions: RegionSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations('Networks'), getLocale()]);
  const name = localField(network, 'short', locale);
  const tally = memberTally(network);
  const reported = latestKoreanCount(network);
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-b border-line py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-ink-soft">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );
  return (
    <>
      <Section id="about" title={t('aboutTitle')}>
        <p className="mb-4 max-w-3xl">{localField(network, 'description', locale)}</p>
        <dl className="border-t border-line">
          {row(t('founded'), <PartialDate value={network.foundedOn} />)}
          {row(t('namedMembers'), t('namedMembersValue', { members: tally.members, applied: tally.applied }))}
          {row(
            t('reportedKorean'),
            reported ? (
              <>
                {t('countAsOf', { count: reported.memberCount })} (<PartialDate value={reported.asOf} />)
              </>
            ) : (
              t('noReportedCount')
            ),
          )}
          {network.url ? row(t('website'), <a href={network.url}>{new URL(network.url).hostname}</a>) : null}
          {row(t('source'), <SourceNote source={network.source} />)}
        </dl>
        {reported && reported.memberCount > tally.members ? (
          <p className="mt-3 text-sm text-ink-soft">{t('unnamedGap', { reported: reported.memberCount, named: tally.members })}</p>
        ) : null}
      </Section>
      <Section id="map" title={t('mapTitle')}>
        <NetworkMap id={network.slug} members={network.members} regions={regions} networkName={name} />
      </Section>
      <Section id="members" title={t('membersTitle', { count: network.members.length })}>
        <NetworkMembers members={network.members} caption={t('membersCaption', { network: localName(network, locale) })} />
      </Section>
      <Section id="counts" title={t('countsTitle')} description={t('countsHint')}>
        <NetworkCounts counts={network.counts} caption={t('countsCaption', { network: name })} />
      </Section>
      {network.awards.length > 0 ? (
        <Section id="awards" title={t('awardsTitle')}>
          <NetworkAwards awards={network.awards} caption={t('awardsCaption', { network: name })} />
        </Section>
      ) : null}
    </>
  );
}
