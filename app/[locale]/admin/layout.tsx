import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * The signed-in area renders per request (it reads the session), without a prerendered shell:
 * nothing here is streamed in behind a script, so its forms work without JavaScript too.
 */
export const instant = false;

const CLIENT_NAMESPACES = [
  'Forms',
  'Errors',
  'Fields',
  'Admin',
  'EvaluationOutcome',
  // The forms of networks, agreements and officers (issue 15).
  'StaffPartnerships',
  'AgreementTopic',
  'AgreementNoticeKind',
  'MembershipStatus',
  'OfficerRole',
  'OrganisationKind',
] as const;

export default async function AdminLayout({ children }: LayoutProps<'/[locale]/admin'>) {
  const messages = await getMessages();
  const forClient = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={forClient}>{children}</NextIntlClientProvider>;
}
