import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { HeadlineFigures as Figures } from '@/lib/registry/queries';
import { fromIsoDate } from '@/lib/core/dates';

export async function HeadlineFigures({ figures }: { figures: Figures }) {
  const [t, format] = await Promise.all([getTranslations('Home.figures'), getFormatter()]);
  // Counted by the registry's one rule (lib/registry/counting.ts): the share is the ministry's
  // count over the basic local governments, as the ministry states it.
  const { counts } = figures;
  const memberTotal = figures.members.mayors + figures.members.superintendents;
  const items = [
    {
      label: t('designated'),
      value: format.number(counts.learningCities),
      detail: t('designatedDetail'),
    },
    {
      label: t('share'),
      value: counts.share === null ? '–' : format.number(counts.share, { style: 'percent', maximumFractionDigits: 1 }),
      detail: t('shareDetail', { ministry: counts.ministryCount, total: counts.basicLocalGovernments }),
    },
    {
      label: t('members'),
      value: format.number(memberTotal),
      detail:
        figures.members.superintendents > 0
          ? t('membersDetail', { mayors: figures.members.mayors, superintendents: figures.members.superintendents })
          : t('membersDetailNoSuperintendents', { mayors: figures.members.mayors }),
    },
  ];
  return (
    <section aria-labelledby="figures-heading" className="mb-10">
      <h2 id="figures-heading" className="sr-only">
        {t('heading')}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col gap-1 rounded border border-line bg-primary-50 p-4">
            <dt className="text-sm font-semibold text-ink-soft">{item.label}</dt>
            <dd className="text-3xl font-bold text-primary-900 tabular sm:text-4xl">{item.value}</dd>
            <dd className="text-xs text-ink-soft sm:text-sm">{item.detail}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-ink-soft">
        {t('asOf', { date: fromIsoDate(figures.asOf) })} <Link href="/reconciliation">{t('howCounted')}</Link>
      </p>
    </section>
  );
}
