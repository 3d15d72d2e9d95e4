// Locale-aware links and redirects: the only way the app links between its pages and builds their
// paths (eslint.config.mjs forbids next/navigation's redirect, next/link and hand-built `/${locale}/…`
// elsewhere).
import { redirect as redirectToPath } from 'next/navigation';
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

const navigation = createNavigation(routing);

export const { Link, usePathname, useRouter, getPathname } = navigation;

/** next-intl's redirect, declared as never returning so that TypeScript narrows after it. */
export function redirect(...args: Parameters<typeof navigation.redirect>): never {
  return navigation.redirect(...args);
}

/** Back to a path of this site that already carries its locale: where a sign-in was asked for
 * (`?next=`, which lib/auth/schemas.ts's NextPathSchema allows only inside the signed-in area). */
export function redirectToLocalizedPath(path: string): never {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`Not a path of this site: ${path}`);
  return redirectToPath(path);
}
