import { getLocale, getTranslations } from 'next-intl/server';
import { formatWon } from '@/lib/money/format';
import { localField } from '@/lib/core/names';

type Total = {
  titleKo: string;
  titleEn: string;
  statedTotal: bigint;
  isStatedTotalApproximate: boolean;
  linkedTotal: bigint;
  linkedAllocations: number;
  difference: bigint;
};

/** Beside an allocation: whether its announcement's stated total and its allocations agree. */
export async function AnnouncementTotalNotice({ total }: { total: Total }) {
  const [t, locale] = await Promise.all([getTranslations('Admin.allocations'), getLocale()]);
  const values = {
    title: localField(total, 'title', locale),
    stated: formatWon(total.statedTotal, locale, { isApproximate: total.isStatedTotalApproximate }),
    linked: formatWon(total.linkedTotal, locale),
    count: total.linkedAllocations,
    difference: formatWon(total.difference, locale, { isSigned: true }),
  };
  return total.difference === 0n ? (
    <p className="mb-6 rounded border border-line bg-surface p-3">{t('announcementTotalAgrees', values)}</p>
  ) : (
    <p className="mb-6 rounded border border-warning-700 bg-warning-50 p-3">{t('announcementTotalDiffers', values)}</p>
  );
}
