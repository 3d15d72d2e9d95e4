import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { siteUrl } from '@/lib/site-url';
import { CalendarTokenForm } from './calendar-token-form';

/** The user's own feed address (a secret), and the button that makes or replaces it. */
export async function CalendarLink({ token }: { token: string | null }) {
  const t = await getTranslations('Admin.evaluations.calendar');
  const url = token ? `${siteUrl()}/api/calendar/${token}` : null;
  return (
    <Section id="calendar" title={t('title')} description={t('lede')}>
      {url ? (
        <div className="mb-4 flex flex-col gap-1">
          <label htmlFor="calendar-url" className="text-sm font-semibold">
            {t('url')}
          </label>
          <input
            id="calendar-url"
            readOnly
            value={url}
            className="w-full rounded border border-ink-soft bg-surface px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : (
        <p className="mb-4 text-ink-soft">{t('none')}</p>
      )}
      <CalendarTokenForm hasToken={token !== null} label={token ? t('regenerate') : t('create')} />
    </Section>
  );
}
