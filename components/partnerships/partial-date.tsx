import { getFormatter, getTranslations } from 'next-intl/server';
import { partialDateFormat } from '@/lib/core/partial-date';

/** A date as precise as its source (a year, a month or a day); "not found" when unknown. */
export async function PartialDate({ value, unknown }: { value: string | null; unknown?: string }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('Partnerships')]);
  if (!value) return <span className="text-ink-soft">{unknown ?? t('notFound')}</span>;
  const { date, options } = partialDateFormat(value);
  return <time dateTime={value}>{format.dateTime(date, options)}</time>;
}

/** A period of partial dates: "2016 –", "2025-01-21 – 2027-01-27", or "not found". */
export async function PartialPeriod({ from, to }: { from: string | null; to: string | null }) {
  const t = await getTranslations('Partnerships');
  if (!from && !to) return <span className="text-ink-soft">{t('notFound')}</span>;
  return (
    <span className="whitespace-nowrap">
      {from ? <PartialDate value={from} /> : <span className="text-ink-soft">{t('unknownStart')}</span>}
      {' – '}
      {to ? <PartialDate value={to} /> : null}
    </span>
  );
}
