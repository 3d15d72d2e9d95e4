import { getFormatter, getTranslations } from 'next-intl/server';
import type { HeadlineFigures as Figures } from '@/lib/registry/queries';
import { fromIsoDate } from '@/lib/core/dates';

export async function HeadlineFigures({ figures }: { figures: Figures }) {
  const [t, format] = await Promise.all([getTranslations('Home.figures'), getFormatter()]);
  // The ministry's share counts basic local governments on both sides: Sejong and Jeju's two
  // administrative cities are learning cities but not among the 226 (227) (docs/data-notes.md).
  const share = figures.basicLocalGovernmentCount > 0 ? figures.basicDesignatedCount / figures.basicLocalGovernmentCount : 0;
  const memberTotal = figures.members.mayors + figures.members.superintendents;
  const items = [
    {
      label: t('designated'),
      value: format.number(figures.designatedCount),
      detail: t('designatedDetail', { others: figures.designatedCount - figures.basicDesignatedCount }),
    },
    {
      label: t('share'),
      value: format.number(share, { style: 'percent', maximumFractionDigits: 1 }),
      detail: t('shareDetail', { designated: figures.basicDesignatedCount, total: figures.basicLocalGovernmentCount }),
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
      <p className="mt-2 text-sm text-ink-soft">{t('asOf', { date: fromIsoDate(figures.asOf) })}</p>
    </section>
  );
}
