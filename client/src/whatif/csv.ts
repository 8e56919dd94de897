// A what-if result as CSV (RFC 4180): one row per affected node, with the chain that explains it.
// Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
import type { ImpactState, NodeKind } from '../generated/graphql.js';

export interface CsvAffected {
  readonly node: { id: string; kind: NodeKind; name: string };
  readonly state: ImpactState;
  readonly downHours: number | null;
  readonly indefinitelyDown: boolean;
  readonly explanation: readonly { node: { name: string }; reason: string }[];
}

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'id',
  'kind',
  'name',
  'state',
  'down_hours',
  'indefinitely_down',
  'reason',
  'chain',
];

export function affectedCsv(items: readonly CsvAffected[]): string {
  const rows = items.map((a) => [
    a.node.id,
    a.node.kind,
    a.node.name,
    a.state,
    a.downHours,
    a.indefinitelyDown,
    a.explanation.at(-1)?.reason ?? '',
    a.explanation.map((s) => s.node.name).join(' → '),
  ]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
