'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

type Props = { targetLocale: string; label: string; className?: string };

function switchedHref(pathname: string, targetLocale: string, search: string): string {
  const rest = pathname.replace(/^\/(ko|en)(?=\/|$)/, '');
  return `/${targetLocale}${rest}${search ? `?${search}` : ''}`;
}

function LocaleLink({ targetLocale, label, className, search }: Props & { search: string }) {
  const pathname = usePathname();
  return (
    <a href={switchedHref(pathname, targetLocale, search)} hrefLang={targetLocale} lang={targetLocale} className={className}>
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
