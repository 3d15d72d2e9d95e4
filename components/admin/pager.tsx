import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pageCount, pageWindow } from '@/lib/core/pagination';

/** Previous, page numbers and next for a staff list, keeping its filters in the URL. */
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
      {pages > 1 ? (
        <ol className="flex flex-wrap items-center gap-1">
          {pageWindow(page, pages).map((n, index) =>
            n === null ? (
              <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-soft">
                …
              </li>
            ) : (
              <li key={n}>
                <Link
                  href={href(n)}
                  aria-label={t('pageNumber', { page: n })}
                  aria-current={n === page ? 'page' : undefined}
                  className={`inline-block min-w-9 rounded px-2 py-1 text-center ${n === page ? 'bg-primary-600 font-semibold text-white no-underline' : ''}`}
                >
                  {n}
                </Link>
              </li>
            ),
          )}
        </ol>
      ) : null}
      {page < pages ? <Link href={href(page + 1)}>{t('next')}</Link> : null}
    </nav>
  );
}
