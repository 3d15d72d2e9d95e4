import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { DueEntry } from '@/lib/designations/staff-queries';
import { Link } from '@/lib/i18n/navigation';
import { localField, localName } from '@/lib/core/names';

/** One part of the due list: its cities, region by region, each linking to its record. */
export async function DueSection({ id, title, hint, entries }: { id: string; title: string; hint?: string; entries: DueEntry[] }) {
  const [t, tOutcome, locale] = await Promise.all([
    getTranslations('Admin.evaluations'),
    getTranslations('EvaluationOutcome'),
    getLocale(),
  ]);
  return (
    <Section
      id={id}
      title={
        <>
          {title} <span className="text-base font-normal text-ink-soft">({t('count', { count: entries.length })})</span>
        </>
      }
      description={hint}
    >
      {entries.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption', { section: title })}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('region')}
              </th>
              <th scope="col" className={th}>
                {t('city')}
              </th>
              <th scope="col" className={th}>
                {t('designatedYear')}
              </th>
              <th scope="col" className={th}>
                {t('dueYear')}
              </th>
              <th scope="col" className={th}>
                {t('lastOutcome')}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.designationId}>
                <td className={td}>{localField(entry.region, 'short', locale)}</td>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/admin/designations/${entry.designationId}`}>{localName(entry, locale)}</Link>
                </th>
                <td className={`${td} tabular`}>{entry.designatedYear}</td>
                <td className={`${td} tabular`}>{entry.dueYear ?? '–'}</td>
                <td className={td}>{entry.lastOutcome ? tOutcome(entry.lastOutcome as 'redesignated') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}
