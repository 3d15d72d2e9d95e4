'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import type { FieldErrors, LineIssue } from '@/lib/core/action-state';
import { fieldLabel } from './field-label';

/** Messages that do not name their field ("입력해 주세요"): the summary puts the field's name first. */
const UNNAMED = new Set(['required', 'invalid', 'tooShort', 'tooLong', 'notAnOption', 'invalidFormat']);

/** An empty field is only "required": not also "not a date" (zod runs a field's every check). */
export const shownErrors = (keys: string[]) => (keys.includes('required') ? ['required'] : keys);

/** A link to a field moves focus to it and shows its label above it (GOV.UK error summary). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field;
  label.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary (design-system.service.gov.uk/components/error-summary): a heading,
 * then every error as a link to its field, focused when it appears so that a screen reader reads
 * it and a keyboard starts from it. Without JavaScript the `autofocus` attribute of the page the
 * server answers with does the same; with it, each answer mounts a new summary and focuses it.
 */
export function ErrorSummary({
  fieldErrors,
  formError,
  lineIssues,
  idPrefix,
}: {
  fieldErrors: FieldErrors;
  formError?: string;
  lineIssues: LineIssue[];
  idPrefix: string;
}) {
  const t = useTranslations('Forms');
  const tErrors = useTranslations('Errors');
  const tFields = useTranslations('Fields');
  const titleId = useId();
  const summary = useRef<HTMLElement>(null);
  useEffect(() => summary.current?.focus(), []);
  const items = Object.entries(fieldErrors).flatMap(([name, keys]) =>
    shownErrors(keys).map((key) => {
      const message = tErrors(key as 'invalid');
      const label = fieldLabel(name, tFields);
      return {
        id: `${idPrefix}-${name}`,
        text: UNNAMED.has(key) && label !== name ? t('summaryItem', { field: label, message }) : message,
      };
    }),
  );
  return (
    <section
      ref={summary}
      tabIndex={-1}
      autoFocus
      aria-labelledby={titleId}
      className="rounded border-2 border-red-700 bg-red-50 p-4 text-ink focus:outline-2 focus:outline-offset-2 focus:outline-primary-500"
    >
      <div role="alert">
        <h2 id={titleId} className="text-lg font-bold">
          {t('summaryTitle')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {formError ? <li>{tErrors(formError as 'invalid')}</li> : null}
          {items.map((item, index) => (
            <li key={index}>
              <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id)} className="font-semibold text-red-800 underline">
                {item.text}
              </a>
            </li>
          ))}
          {lineIssues.map((issue, index) => (
            <li key={`line-${index}`} className="text-sm">
              {issue.line > 0
                ? t('lineIssue', { line: issue.line, value: issue.value || '—', message: tErrors(issue.key as 'invalid') })
                : tErrors(issue.key as 'invalid')}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
