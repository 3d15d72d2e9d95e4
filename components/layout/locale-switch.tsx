'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import type { Locale } from '@/lib/core/locales';
import { getPathname, usePathname } from '@/lib/i18n/navigation';

type Props = { targetLocale: Locale; label: string; className?: string };

/** A plain link, not next-intl's Link: the whole page reloads in the other language (its <html lang>). */
function LocaleLink({ targetLocale, label, className, search }: Props & { search: string }) {
  const pathname = usePathname();
  const href = getPathname({ href: search ? `${pathname}?${search}` : pathname, locale: targetLocale });
  return (
    <a href={href} hrefLang={targetLocale} lang={targetLocale} className={className}>
      {label}
    </a>
  );
}

function WithSearch(props: Props) {
  const search = useSearchParams().toString();
  return <LocaleLink {...props} search={search} />;
}

/** The same page in the other language, keeping the query (a shared search stays shared). */
export function LocaleSwitch(props: Props) {
  return (
    <Suspense fallback={<LocaleLink {...props} search="" />}>
      <WithSearch {...props} />
    </Suspense>
  );
}
