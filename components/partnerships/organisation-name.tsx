import { getLocale } from 'next-intl/server';
import { localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import type { OrganisationRef } from '@/lib/organisations/refs';

/** An organisation named in the reader's language; a local government links to its city page. */
export async function OrganisationName({ organisation }: { organisation: OrganisationRef }) {
  const locale = await getLocale();
  const name = localName(organisation, locale);
  return organisation.citySlug ? (
    <Link prefetch={false} href={`/cities/${organisation.citySlug}`}>
      {name}
    </Link>
  ) : (
    <span>{name}</span>
  );
}
