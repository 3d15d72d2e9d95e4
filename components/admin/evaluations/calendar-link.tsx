import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { CalendarTokenForm } from './calendar-token-form';

/** The user's own feed address (a secret, shown once when made), and the button that makes or replaces it. */
export async function CalendarLink({ hasToken }: { hasToken: boolean }) {
  const t = await getTranslations('Admin.evaluations.calendar');
  return (
    <Section id="calendar" title={t('title')} description={t('lede')}>
      <p className="mb-4 text-ink-soft">{hasToken ? t('exists') : t('none')}</p>
      <CalendarTokenForm
        hasToken={hasToken}
        label={hasToken ? t('regenerate') : t('create')}
        urlLabel={t('url')}
        shownOnce={t('shownOnce')}
      />
    </Section>
  );
}
