import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pageCount } from '@/lib/core/pagination';

/** Previous / next links for a staff list, keeping its filters in the URL. */
export async function Pager({
  path,
  params,
  page,
  total,
  size,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  total: number;
  size?: number;
}) {
  const t = await getTranslations('Admin.pager');
  const pages = pageCount(total, size);
  const href = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(target) }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return `${path}?${query.toString()}`;
  };
  return (
    <nav aria-label={t('label')} className="mt-4 flex flex-wrap items-center gap-4">
      <p className="text-sm text-ink-soft">{t('summary', { page, pages, total })}</p>
      {page > 1 ? <Link href={href(page - 1)}>{t('previous')}</Link> : null}
      {page < pages ? <Link href={href(page + 1)}>{t('next')}</Link> : null}
    </nav>
  );
}
