// The choices of the public list's filters, from the agreements themselves. Pure.
import type { OrganisationRef } from '@/lib/organisations/refs';

/** Every party to any agreement, once, ordered by its Korean name. */
export function agreementParties(agreements: readonly { parties: readonly { organisation: OrganisationRef }[] }[]): OrganisationRef[] {
  const parties = new Map<string, OrganisationRef>();
  for (const agreement of agreements) for (const party of agreement.parties) parties.set(party.organisation.slug, party.organisation);
  return [...parties.values()].sort((a, b) => a.nameKo.localeCompare(b.nameKo, 'ko'));
}

/** The years agreements were signed in, newest first. */
export function signingYears(agreements: readonly { signedOn: string }[]): number[] {
  return [...new Set(agreements.map((agreement) => Number(agreement.signedOn.slice(0, 4))))].sort((a, b) => b - a);
}
