import { getLocale, getTranslations } from 'next-intl/server';
import { formatWon } from '@/lib/money/format';
import { localField } from '@/lib/core/names';

type Programme = {
  code: string;
  nameKo: string;
  nameEn: string;
  purposeKo: string | null;
  purposeEn: string | null;
  eligibilityKo: string | null;
  eligibilityEn: string | null;
  recipientKind: 'local_government' | 'region';
  amountPerRecipient: bigint | null;
  isAmountApproximate: boolean;
  announcement: { titleKo: string; titleEn: string } | null;
};

/** What a programme is, for every reader of the record (the ministry's accounts cannot open the form). */
export async function ProgrammeFacts({ programme }: { programme: Programme }) {
  const [t, tFields, tKinds, locale] = await Promise.all([
    getTranslations('Admin.programmes'),
    getTranslations('Fields'),
    getTranslations('Subsidies.recipientKinds'),
    getLocale(),
  ]);
  const facts: [string, string][] = [
    [tFields('nameKo'), programme.nameKo],
    [tFields('nameEn'), programme.nameEn],
    [tFields('programmeCode'), programme.code],
    [t('purpose'), localField(programme, 'purpose', locale) ?? '—'],
    [t('eligibility'), localField(programme, 'eligibility', locale) ?? '—'],
    [tFields('recipientKind'), tKinds(programme.recipientKind)],
    [
      t('amountPerRecipient'),
      programme.amountPerRecipient === null
        ? t('amountNotStated')
        : formatWon(programme.amountPerRecipient, locale, { isApproximate: programme.isAmountApproximate }),
    ],
    [tFields('announcementId'), programme.announcement ? localField(programme.announcement, 'title', locale) : '—'],
  ];
  return (
    <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
