import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { getOfficesDirectory } from '@/lib/offices/queries';
import { localField, localName } from '@/lib/core/names';
import { fromIsoDate } from '@/lib/core/dates';

type Directory = Awaited<ReturnType<typeof getOfficesDirectory>>;

export async function OfficesDirectory({ directory }: { directory: Directory }) {
  const [t, locale] = await Promise.all([getTranslations('Offices'), getLocale()]);
  const districtCount = directory.offices.reduce((sum, o) => sum + o.provincial.districts.length, 0);
  return (
    <>
      <p className="mb-2">{t('counts', { provincial: directory.offices.length, district: districtCount })}</p>
      {/* The legend before the lists that use the symbol, not after them (issue 14). */}
      <p className="mb-4 text-sm text-ink-soft">
        <span className="text-accent" aria-hidden="true">
          ●
        </span>{' '}
        {t('legend')}
      </p>
      <nav aria-label={t('jumpTo')} className="mb-8">
        <ul className="flex flex-wrap gap-2">
          {directory.offices.map(({ provincial }) => (
            <li key={provincial.slug}>
              <a href={`#${provincial.slug}`} className="inline-block rounded border border-line px-2 py-1 text-sm">
                {localField(provincial.region, 'short', locale)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {directory.offices.map(({ provincial }) => (
        <section key={provincial.slug} id={provincial.slug} aria-labelledby={`${provincial.slug}-heading`} className="mb-10 scroll-mt-4">
          <h2 id={`${provincial.slug}-heading`} className="mb-1 text-xl font-bold">
            {localName(provincial, locale)}
          </h2>
          {provincial.establishedOn ? (
            <p className="mb-2 text-sm text-ink-soft">{t('establishedOn', { date: fromIsoDate(provincial.establishedOn) })}</p>
          ) : null}
          {provincial.districts.length === 0 ? (
            <p className="text-ink-soft">{t('noDistricts')}</p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {provincial.districts.map((district) => (
                <li key={district.slug} className="rounded border border-line p-3">
                  <h3 className="font-semibold">{localName(district, locale)}</h3>
                  <p className="sr-only">{t('covers')}</p>
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                    {district.localGovernments.map((lg) => (
                      <li key={lg.slug}>
                        <Link prefetch={false} href={`/cities/${lg.slug}`}>
                          {localName(lg, locale)}
                        </Link>
                        {lg.isDesignated ? (
                          <span className="ml-1 text-accent" title={t('learningCity')}>
                            ●<span className="sr-only">{t('learningCity')}</span>
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {directory.former.length > 0 ? (
        <section aria-labelledby="former-heading">
          <h2 id="former-heading" className="mb-2 text-xl font-bold">
            {t('former')}
          </h2>
          <ul className="list-disc pl-5">
            {directory.former.map((office) => (
              <li key={office.slug}>
                {t('formerItem', {
                  office: localName(office, locale),
                  date: fromIsoDate(office.abolishedOn),
                  successor: office.successor ? localName(office.successor, locale) : '–',
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
