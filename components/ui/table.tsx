import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';

/**
 * A data table with a caption (KRDS tables: caption, th scope). Cells keep words whole (globals.css:
 * `overflow-wrap: normal` in tables), so a table wider than the screen scrolls inside its own
 * region — relative, so that visually hidden text in a cell stays inside it; named after the caption, reachable by keyboard (arrow keys scroll it once focused,
 * WCAG 2.1.1) and announced by a hint on narrow screens — and the page never scrolls sideways.
 */
export async function DataTable({
  caption,
  isCaptionVisible = false,
  children,
}: {
  caption: string;
  isCaptionVisible?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations('Table');
  return (
    // min-w-0: as a grid or flex item it may shrink below the table's width (which then scrolls),
    // as the scrolling region alone did before it had a hint beside it.
    <div className="min-w-0">
      <TableScrollHint text={t('scrollHint')} />
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="data-table-scroll relative overflow-x-auto rounded border border-line"
      >
        <table className="w-full border-collapse text-left text-sm sm:text-base">
          <caption className={isCaptionVisible ? 'px-3 py-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
          {children}
        </table>
      </div>
    </div>
  );
}

/** The hint above a table's scrolling region on narrow screens (tests/e2e/support/narrow.ts looks for it there). */
export function TableScrollHint({ text }: { text: string }) {
  return (
    <p className="mb-1 text-sm text-ink-soft sm:hidden print:hidden">
      <span aria-hidden="true">↔ </span>
      {text}
    </p>
  );
}

export const th = 'border-b border-line bg-surface px-3 py-2 font-semibold text-ink whitespace-nowrap';
export const td = 'border-b border-line px-3 py-2 align-top';
