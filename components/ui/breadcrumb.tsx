import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

type Crumb = { href?: string; label: string };

/** KRDS breadcrumb: a labelled nav with an ordered list; the current page is not a link. */
export async function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = await getTranslations('Site');
  const trail: Crumb[] = [{ href: '/', label: t('home') }, ...items];
  return (
    <nav aria-label={t('breadcrumb')} className="mb-4 text-sm text-ink-soft print:hidden">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((item, index) => (
          <li key={`${item.label}-${index}`} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href && index < trail.length - 1 ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current={index === trail.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
