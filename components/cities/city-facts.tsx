import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { CityPage } from '@/lib/cities/queries';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/core/names';
import { FactSourceNote } from '@/components/sources/source-citation';
import { DesignationYear } from './designation-year';
import { NextEvaluation } from './next-evaluation';
import { fromIsoDate } from '@/lib/core/dates';

export async function CityFacts({ city }: { city: CityPage }) {
  const [t, tKind, tStatus, locale] = await Promise.all([
    getTranslations('CityPage'),
    getTranslations('Kind'),
    getTranslations('DesignationStatus'),
    getLocale(),
  ]);
  const active = city.designations.find((d) => d.standing.state === 'active');
  const latest = active ?? city.designations.at(-1);
  // Its first designation (김천시: 2015, designated again in 2026), its own or a predecessor's.
  const first = city.designations[0];
  const office = city.offices.find((o) => o.validUntil === null);
  const status = !city.isCurrent
    ? t('statusAbolished', { date: fromIsoDate(city.abolishedOn!) })
    : active
      ? `${t('statusDesignated')} · ${tStatus(active.status)}`
      : t('statusNotDesignated');
  const standing = active?.standing.state === 'active' ? active.standing : null;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-b border-line py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-ink-soft">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );
  return (
    <Section id="facts" title={t('facts')}>
      <p
        className={`mb-4 inline-block rounded px-3 py-1 font-semibold ${active && city.isCurrent ? 'bg-primary-50 text-primary-900' : 'bg-surface text-ink'}`}
      >
        {status}
      </p>
      <dl className="border-t border-line">
        {row(t('nameKo'), <span lang="ko">{city.nameKo}</span>)}
        {row(t('nameEn'), <span lang="en">{city.nameEn}</span>)}
        {row(t('region'), <Link href={`/regions/${city.region.slug}`}>{localName(city.region, locale)}</Link>)}
        {row(t('kind'), tKind(city.kind))}
        {row(
          t('code'),
          city.code === null ? <span className="text-ink-soft">{t('codeUnknown')}</span> : <span className="tabular">{city.code}</span>,
        )}
        {row(
          t('firstDesignation'),
          latest ? (
            <>
              <DesignationYear firstYear={first!.firstYear} designatedByYear={first!.designatedByYear} />
              {latest !== first ? ` · ${t('designatedAgain', { year: latest.firstYear ?? latest.designatedByYear })}` : null}
              {latest.standing.state === 'ended' ? ` (${tStatus(latest.status)})` : null}
              <FactSourceNote source={latest.source} className="mt-1 block text-sm text-ink-soft" />
            </>
          ) : (
            t('notDesignated')
          ),
        )}
        {active && standing && city.isCurrent
          ? row(t('nextEvaluation'), <NextEvaluation city={city} designation={active} standing={standing} />)
          : null}
        {row(
          // A provincial office (no parent) covers a region without district offices itself: 세종.
          office && !office.parent ? t('officeProvincial') : t('office'),
          office ? (
            <>
              {localName(office, locale)}
              <span className="block text-sm text-ink-soft">{office.parent ? localName(office.parent, locale) : t('officeDirect')}</span>
            </>
          ) : (
            <span className="text-ink-soft">{t('noOffice')}</span>
          ),
        )}
        {row(
          t('membership'),
          city.membership
            ? city.membership.leftOn
              ? t('memberLeft', { date: fromIsoDate(city.membership.leftOn) })
              : city.membership.joinedOn
                ? t('memberSince', { date: fromIsoDate(city.membership.joinedOn) })
                : t('member')
            : t('notMember'),
        )}
      </dl>
    </Section>
  );
}
