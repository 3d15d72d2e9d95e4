// What a staff list shows, as data: its columns (a header's message key, how a row fills the cell)
// and its filters (a GET form: a text box, a choice, a day). components/admin/list/admin-list.tsx
// draws it; lib/core/list-params.ts reads the same filters back from the URL.
import type { MessageKeys, Messages, NestedKeyOf } from 'next-intl';
import type { ReactNode } from 'react';

/** Any message of messages/ko.json, by its full path ('Admin.designations.city'). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

export type ListColumn<Row> = {
  header: MessageKey;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row: a `<th scope="row">` (KRDS tables), usually the link to its record. */
  isRowHeader?: boolean;
  /** Figures line up on the right. */
  isNumeric?: boolean;
  /** More classes for the cell: 'tabular', 'whitespace-nowrap', 'font-mono' … */
  className?: string;
};

export type ListFilter =
  | { kind: 'text'; name: string; label: MessageKey; maxLength?: number }
  | {
      kind: 'select';
      name: string;
      label: MessageKey;
      /** The empty choice: no filter. */
      allLabel: MessageKey;
      options: readonly { value: string; label: string }[];
    }
  | { kind: 'date'; name: string; label: MessageKey };

export type ListFilterValues = Record<string, string | number | undefined>;

export type AdminTableSpec<Row> = {
  caption: string;
  /** Shown instead of the table when there are no rows. */
  empty: MessageKey;
  columns: readonly ListColumn<Row>[];
  rowKey: (row: Row) => string | number;
};
