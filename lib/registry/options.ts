/** A choice in a staff form's list, named in both languages. */
export type Option = { value: string; labelKo: string; labelEn: string };

export function localOptions(options: Option[], locale: string): { value: string; label: string }[] {
  return options.map((option) => ({ value: option.value, label: locale === 'ko' ? option.labelKo : option.labelEn }));
}
