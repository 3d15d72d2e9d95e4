import { getLocale, getTranslations } from 'next-intl/server';
import { operatorContact } from '@/lib/operator';

/** One detail, or — visibly — that the operator has not filled it in yet (never a made-up one). */
function Detail({ label, value, href, missing }: { label: string; value?: string; href?: string; missing: string }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold text-ink">{label}</dt>
      <dd className="break-anywhere">
        {value === undefined ? <span className="text-warning-700">{missing}</span> : href ? <a href={href}>{value}</a> : value}
      </dd>
    </div>
  );
}

/** The operator's address, telephone and e-mail as the operator set them (lib/operator.ts). */
export async function ContactDetails({ isPrivacyOfficerShown = false }: { isPrivacyOfficerShown?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('Policies.contact'), getLocale()]);
  const contact = operatorContact(locale);
  const missing = t('notFilledIn');
  return (
    <dl className="flex flex-col gap-1">
      <Detail label={t('address')} value={contact.address} missing={missing} />
      <Detail
        label={t('phone')}
        value={contact.phone}
        href={contact.phone && `tel:${contact.phone.replace(/[^0-9+]/g, '')}`}
        missing={missing}
      />
      <Detail label={t('email')} value={contact.email} href={contact.email && `mailto:${contact.email}`} missing={missing} />
      {isPrivacyOfficerShown ? <Detail label={t('privacyOfficer')} value={contact.privacyOfficer} missing={missing} /> : null}
    </dl>
  );
}
