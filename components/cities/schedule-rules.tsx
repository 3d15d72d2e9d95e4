import { getLocale, getTranslations } from 'next-intl/server';
import { SourceCitation } from '@/components/sources/source-citation';
import { Section } from '@/components/ui/section';
import type { SourceLink } from '@/lib/announcements/source';
import type { CityPage } from '@/lib/cities/queries';
import { localField, localName } from '@/lib/core/names';

/** The re-designation rules and groups the schedule above follows, each with the source it rests on. */
export async function ScheduleRules({ city }: { city: CityPage }) {
  const [t, locale] = await Promise.all([getTranslations('CityPage.rules'), getLocale()]);
  const latest = city.ruleSources.at(-1);
  if (!latest) return null;
  const exemption = city.ruleSources.find((rule) => rule.exemptTopPercent !== null);
  const item = (text: string, source: SourceLink | null | undefined) => (
    <li>
      {text}
      {source ? (
        <span className="block text-sm text-ink-soft">
          {t('source')} <SourceCitation source={source} />
        </span>
      ) : null}
    </li>
  );
  return (
    <Section id="evaluation-rules" title={t('title')}>
      <ul className="list-disc space-y-2 pl-5">
        {item(t('cycle', { first: latest.firstAfterYears, interval: latest.intervalYears }), latest.sources.cycle)}
        {city.groups.map((group) => (
          <li key={group.code}>
            {t('group', {
              group: localName(group, locale),
              scope: localField(group, 'scope', locale),
              first: group.firstRoundYear,
              interval: latest.intervalYears,
            })}
            {group.source ? (
              <span className="block text-sm text-ink-soft">
                {t('source')} <SourceCitation source={group.source} />
              </span>
            ) : null}
          </li>
        ))}
        {latest.passScore !== null ? item(t('passScore', { score: latest.passScore }), latest.sources.passScore) : null}
        {exemption?.exemptTopPercent
          ? item(t('exemption', { percent: exemption.exemptTopPercent, year: exemption.effectiveFromYear }), exemption.sources.exemption)
          : null}
        {latest.areaCount && latest.fieldCount && latest.indicatorCount
          ? item(
              t('structure', { areas: latest.areaCount, fields: latest.fieldCount, indicators: latest.indicatorCount }),
              latest.sources.structure,
            )
          : null}
      </ul>
    </Section>
  );
}
