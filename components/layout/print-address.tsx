'use client';

import { useLocale } from 'next-intl';
import { getPathname, usePathname } from '@/lib/i18n/navigation';

/**
 * On paper only: the address of the page printed, so that a printout leads back to its source
 * (issue 14). The path is the one the page was served at; the origin is the site's public one.
 */
export function PrintAddress({ origin, label }: { origin: string; label: string }) {
  const href = getPathname({ href: usePathname(), locale: useLocale() });
  return (
    <p className="mx-auto hidden max-w-6xl px-4 pt-2 text-sm print:block">
      {label} <span className="break-anywhere">{`${origin}${href}`}</span>
    </p>
  );
}
