import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { Link } from '@/lib/i18n/navigation';
import { LICENCE_URL } from '@/lib/api/openapi';
import { fromIsoDate } from '@/lib/core/dates';
import { ContactDetails } from './contact-details';

/**
 * The texts of the site's policies (KRDS footer: operator and contact, 개인정보처리방침, 저작권정책,
 * accessibility statement). Dates are when each text was written and reviewed; a new text gets a
 * new date.
 */
export const POLICY_DATES = { privacy: '2026-12-01', accessibilityReviewed: '2026-12-01' } as const;

export async function ContactText() {
  const [t, tSite] = await Promise.all([getTranslations('Policies'), getTranslations('Site')]);
  return (
    <>
      <Section id="operator" title={t('contact.operatorTitle')}>
        <p>{t('contact.operator', { owner: tSite('owner') })}</p>
      </Section>
      <Section id="details" title={t('contact.detailsTitle')} description={t('unsetNote')}>
        <ContactDetails isPrivacyOfficerShown />
      </Section>
      <Section id="corrections" title={t('contact.correctionsTitle')}>
        <p>{t('contact.corrections')}</p>
      </Section>
      <Section id="barrier" title={t('contact.barrierTitle')}>
        <p>{t('contact.barrier')}</p>
        <p className="mt-2">
          <Link href="/accessibility">{t('contact.barrierLink')}</Link>
        </p>
      </Section>
    </>
  );
}

export async function PrivacyText() {
  const t = await getTranslations('Policies');
  return (
    <>
      <p className="mb-6 text-ink-soft">{t('effective', { date: fromIsoDate(POLICY_DATES.privacy) })}</p>
      {(['visitors', 'staff', 'logs', 'thirdParty', 'rights'] as const).map((part) => (
        <Section key={part} id={part} title={t(`privacy.${part}Title`)}>
          <p>{t(`privacy.${part}`)}</p>
        </Section>
      ))}
      <Section id="officer" title={t('privacy.officerTitle')} description={t('unsetNote')}>
        <ContactDetails isPrivacyOfficerShown />
      </Section>
    </>
  );
}

export async function CopyrightText() {
  const t = await getTranslations('Policies.copyright');
  return (
    <>
      <Section id="data" title={t('dataTitle')}>
        <p>{t('data')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            <a href={LICENCE_URL}>{t('licenceLink')}</a>
          </li>
          <li>
            <Link href="/open-data">{t('openDataLink')}</Link>
          </li>
        </ul>
      </Section>
      <Section id="sources" title={t('sourcesTitle')}>
        <p>{t('sources')}</p>
      </Section>
      <Section id="font" title={t('fontTitle')}>
        <p>{t('font')}</p>
      </Section>
    </>
  );
}

export async function AccessibilityText() {
  const t = await getTranslations('Policies.accessibility');
  return (
    <>
      <Section id="status" title={t('statusTitle')}>
        <p>{t('status')}</p>
      </Section>
      <Section id="done" title={t('doneTitle')}>
        <ul className="list-disc space-y-1 pl-5">
          {(['keyboard', 'noScript', 'charts', 'narrow', 'language'] as const).map((item) => (
            <li key={item}>{t(`done.${item}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="exceptions" title={t('exceptionsTitle')}>
        <ul className="list-disc space-y-1 pl-5">
          {(['tables', 'downloads', 'sources'] as const).map((item) => (
            <li key={item}>{t(`exceptions.${item}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="report" title={t('reportTitle')}>
        <p>{t('report')}</p>
        <p className="mt-2">
          <Link href="/contact">{t('reportLink')}</Link>
        </p>
      </Section>
      <p className="mt-10 text-sm text-ink-soft">{t('reviewed', { date: fromIsoDate(POLICY_DATES.accessibilityReviewed) })}</p>
    </>
  );
}
