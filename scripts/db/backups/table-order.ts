// The order in which a restore loads the tables: every table after the tables its foreign keys
// reference, so a BEFORE trigger that reads a parent row (an allocation's programme) finds it.
// Derived from the catalog, so a table added later takes its place without a hand-kept list.

export type ForeignKey = { table: string; references: string };

/**
 * Tables sorted so that each comes after the tables it references (Kahn's algorithm; among
 * tables free to go next, by name, so the order is the same on every run). A table referencing
 * itself (a region's successor) needs no order: its rows go in with one statement, and
 * PostgreSQL checks foreign keys at the statement's end. References to tables outside the list
 * are ignored. A cycle between different tables cannot be ordered and is refused.
 */
export function orderByForeignKeys(tables: readonly string[], foreignKeys: readonly ForeignKey[]): string[] {
  const known = new Set(tables);
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { table, references } of foreignKeys) {
    if (table !== references && known.has(table) && known.has(references)) parents.get(table)!.add(references);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables
      .filter((table) => !placed.has(table) && [...parents.get(table)!].every((parent) => placed.has(parent)))
      .sort(byCodePoint);
    if (ready.length === 0) {
      const left = tables.filter((table) => !placed.has(table)).sort(byCodePoint);
      throw new Error(`The foreign keys of ${left.join(', ')} form a cycle: no table of it can be loaded first.`);
    }
    for (const table of ready) {
      ordered.push(table);
      placed.add(table);
    }
  }
  return ordered;
}

/** Compares by code point, not by locale, so that the order does not depend on the machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
