import type { ReactNode } from 'react';

export function PageHeader({ title, lede, children }: { title: ReactNode; lede?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 flex flex-col gap-3">
      <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{title}</h1>
      {lede ? <p className="max-w-3xl text-base text-ink-soft sm:text-lg">{lede}</p> : null}
      {children}
    </div>
  );
}
