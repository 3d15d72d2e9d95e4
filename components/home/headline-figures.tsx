import { getFormatter, getTranslations } from 'next-intl/server';
import type { HeadlineFigures as Figures } from '@/lib/registry/queries';
import { fromIsoDate } from '@/lib/registry/today';

export async function HeadlineFigures({ figures }: { figures: Figures }) {
  const [t, format] = await Promise.all([getTranslations('Home.figures'), getFormatter()]);
  const share = figures.basicLocalGovernmentCount > 0 ? figures.designatedCount / figures.basicLocalGovernmentCount : 0;
  const memberTotal = figures.members.mayors + figures.members.superintendents;
  const items = [
    { label: t('designated'), value: format.number(figures.designatedCount), detail: t('designatedDetail') },
    {
      label: t('share'),
      value: format.number(share, { style: 'percent', maximumFractionDigits: 1 }),
      detail: t('shareDetail', { total: figures.basicLocalGovernmentCount }),
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
      <h2 id="figures-heading" className="sr-only">{t('heading')}</h2>
      <dl className="grid gap-3 sm:grid-cols-3">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col gap-1 rounded border border-line bg-primary-50 p-4">
            <dt className="text-sm font-semibold text-ink-soft">{item.label}</dt>
            <dd className="text-3xl font-bold text-primary-900 tabular sm:text-4xl">{item.value}</dd>
            <dd className="text-xs text-ink-soft sm:text-sm">{item.detail}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-ink-soft">{t('asOf', { date: fromIsoDate(figures.asOf) })}</p>
    </section>
  );
}
