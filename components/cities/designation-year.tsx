import { getTranslations } from 'next-intl/server';

/** "2005", or for a designation whose year is unknown, "by 2019". */
export async function DesignationYear({ firstYear, designatedByYear }: { firstYear: number | null; designatedByYear: number | null }) {
  const t = await getTranslations('Common');
  if (firstYear !== null) return <span className="tabular">{firstYear}</span>;
  if (designatedByYear !== null) return <span>{t('designatedBy', { year: designatedByYear })}</span>;
  return <span className="text-ink-soft">{t('notDesignated')}</span>;
}
