import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';

/** What the sources establish and where they disagree (docs/data-notes.md, for the public). */
const NOTES = [
  'chungbuk',
  'totals2019',
  'gapToReported',
  'gimcheon',
  'incheon',
  'history',
  'merger',
  'evaluations',
  'superintendents',
  'amounts',
] as const;

export async function DataNotes() {
  const t = await getTranslations('About');
  return (
    <>
      <Section id="what" title={t('whatTitle')}>
        <p className="max-w-3xl">{t('what')}</p>
        <p className="mt-3 max-w-3xl">{t('counting')}</p>
      </Section>
      <Section id="notes" title={t('notesTitle')} description={t('notesLede')}>
        <ul className="max-w-3xl list-disc space-y-2 pl-5">
          {NOTES.map((note) => (
            <li key={note}>{t(`notes.${note}`)}</li>
          ))}
        </ul>
      </Section>
    </>
  );
}
