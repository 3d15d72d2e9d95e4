// The operator's contact details, as the operator sets them (README, "Operator and contact"):
// environment variables read when the pages are rendered — `npm start` rebuilds when they change
// (scripts/build-stamp.ts). Nothing here is invented: a detail left unset is shown as "not filled
// in by the operator" on the pages and in the footer.
import { z } from 'zod';
import { byLocale } from '@/lib/core/names';

/** The variables, in the order the README lists them. */
export const OPERATOR_ENV = [
  'REGISTRY_OPERATOR_ADDRESS',
  'REGISTRY_OPERATOR_ADDRESS_EN',
  'REGISTRY_OPERATOR_PHONE',
  'REGISTRY_OPERATOR_EMAIL',
  'REGISTRY_PRIVACY_OFFICER',
  'REGISTRY_PRIVACY_OFFICER_EN',
] as const;

const text = z.string().trim().min(1).max(200).optional();

const OperatorEnvSchema = z.object({
  REGISTRY_OPERATOR_ADDRESS: text,
  REGISTRY_OPERATOR_ADDRESS_EN: text,
  REGISTRY_OPERATOR_PHONE: z
    .string()
    .trim()
    .regex(/^[0-9+()\- ]{3,30}$/, { error: 'REGISTRY_OPERATOR_PHONE: digits, spaces, + ( ) - only' })
    .optional(),
  REGISTRY_OPERATOR_EMAIL: z.email({ error: 'REGISTRY_OPERATOR_EMAIL must be an e-mail address' }).optional(),
  REGISTRY_PRIVACY_OFFICER: text,
  REGISTRY_PRIVACY_OFFICER_EN: text,
});

export type OperatorContact = {
  /** Postal address in the reader's language (the Korean one when no English one is set). */
  address?: string;
  phone?: string;
  email?: string;
  /** Who is responsible for personal data (개인정보 보호책임자): a name or a post. */
  privacyOfficer?: string;
};

/** The contact details in the reader's language; an empty variable counts as unset. */
export function operatorContact(locale: string, env: Record<string, string | undefined> = process.env): OperatorContact {
  const given = Object.fromEntries(OPERATOR_ENV.map((name) => [name, env[name]?.trim() || undefined]));
  const parsed = OperatorEnvSchema.parse(given);
  return {
    address: byLocale(locale, {
      ko: parsed.REGISTRY_OPERATOR_ADDRESS,
      en: parsed.REGISTRY_OPERATOR_ADDRESS_EN ?? parsed.REGISTRY_OPERATOR_ADDRESS,
    }),
    phone: parsed.REGISTRY_OPERATOR_PHONE,
    email: parsed.REGISTRY_OPERATOR_EMAIL,
    privacyOfficer: byLocale(locale, {
      ko: parsed.REGISTRY_PRIVACY_OFFICER,
      en: parsed.REGISTRY_PRIVACY_OFFICER_EN ?? parsed.REGISTRY_PRIVACY_OFFICER,
    }),
  };
}
