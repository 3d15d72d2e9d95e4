import type { ReactNode } from 'react';

/**
 * A data table with a caption (KRDS tables: caption, th scope). The wrapper scrolls on its own
 * on narrow screens, so the page never scrolls sideways.
 */
export function DataTable({
  caption,
  isCaptionVisible = false,
  children,
}: {
  caption: string;
  isCaptionVisible?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded border border-line">
      <table className="w-full border-collapse text-left text-sm sm:text-base">
        <caption className={isCaptionVisible ? 'px-3 py-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export const th = 'border-b border-line bg-surface px-3 py-2 font-semibold text-ink whitespace-nowrap';
export const td = 'border-b border-line px-3 py-2 align-top';
