import { getTranslations } from 'next-intl/server';

const KINDS = [
  'created',
  'updated',
  'renamed',
  'retired',
  'deleted',
  'coverageAdded',
  'coverageEnded',
  'cohort',
  'evaluation',
  'calendar',
  'userDeactivated',
  'userReactivated',
] as const;

/** The confirmation after a save that redirected back here (?saved=…). */
export async function SavedNotice({ saved }: { saved: string | string[] | undefined }) {
  const t = await getTranslations('Admin.saved');
  const kind = KINDS.find((k) => k === saved);
  if (!kind) return null;
  return (
    <p role="status" className="mb-4 rounded border border-accent bg-green-50 p-3">
      {t(kind)}
    </p>
  );
}
