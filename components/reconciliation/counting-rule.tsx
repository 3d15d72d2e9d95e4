import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { fromIsoDate } from '@/lib/core/dates';
import type { NationalCounts } from '@/lib/registry/counting';

const RULE = ['learningCities', 'ministry', 'share', 'new', 'tested'] as const;

/** The registry's one counting rule in words (lib/registry/counting.ts), and today's figures under it. */
export async function CountingRule({ today }: { today: NationalCounts }) {
  const [t, format] = await Promise.all([getTranslations('Reconciliation'), getFormatter()]);
  return (
    <Section id="rule" title={t('ruleTitle')} description={t('ruleLede')}>
      <ul className="max-w-3xl list-disc space-y-2 pl-5">
        {RULE.map((key) => (
          <li key={key}>{t(`rule.${key}`)}</li>
        ))}
      </ul>
      <p className="mt-4 max-w-3xl font-semibold">
        {t('today', {
          date: fromIsoDate(today.asOf),
          count: today.learningCities,
          ministry: today.ministryCount,
          total: today.basicLocalGovernments,
          share: today.share === null ? '–' : format.number(today.share, { style: 'percent', maximumFractionDigits: 1 }),
        })}
      </p>
    </Section>
  );
}
