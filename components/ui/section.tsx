import type { ReactNode } from 'react';

export function Section({
  id,
  title,
  children,
  description,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 first:mt-0">
      <h2 id={`${id}-heading`} className="mb-3 text-xl font-bold text-ink">
        {title}
      </h2>
      {description ? <p className="mb-4 text-ink-soft">{description}</p> : null}
      {children}
    </section>
  );
}
