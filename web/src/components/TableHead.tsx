/** A table's header row from a list of columns (the console's and the portal's tables). */
import type { ReactNode } from 'react';

/** A column: its heading, or the heading and the header cell's class; null leaves the column out. */
export type Column = string | { label: ReactNode; className?: string } | null;

/** `<thead>` with one header cell a column; `scope="col"` on each where `scope` says so. */
export function TableHead({ columns, scope }: { columns: Column[]; scope?: 'col' }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) =>
          column === null ? null : typeof column === 'string' ? (
            <th key={i} scope={scope}>{column}</th>
          ) : (
            <th key={i} scope={scope} className={column.className}>{column.label}</th>
          ),
        )}
      </tr>
    </thead>
  );
}
