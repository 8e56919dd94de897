// A what-if result as CSV (RFC 4180): a header block naming the scenario, the as-at date and the
// events (one `key,value` row each, then a blank row), then one row per affected node: its state,
// the reason in words, its recovery objective, the hours it is down and whether that breaches the
// objective, with the chain that explains it. Cells that a spreadsheet would run as a formula
// (=, +, -, @) are prefixed with an apostrophe.
import type { ImpactState, NodeKind } from '../generated/graphql.js';
import { reasonInWords } from '../report/report-summary.js';

export interface CsvAffected {
  readonly node: { id: string; kind: NodeKind; name: string };
  readonly state: ImpactState;
  readonly downHours: number | null;
  readonly indefinitelyDown: boolean;
  readonly explanation: readonly {
    node: { id: string; name: string };
    reason: string;
    lost: readonly { id: string; name: string }[];
    fallback: { id: string; name: string } | null;
  }[];
}

export interface CsvContext {
  /** The saved scenario's name, or "Unsaved what-if". */
  readonly scenario: string;
  readonly asAt: string;
  readonly events: readonly string[];
  /** Recovery objectives in hours, by node id (systems that have one). */
  readonly objectives: ReadonlyMap<string, number>;
  /** Nodes whose recovery objective the run breaches. */
  readonly breached: ReadonlySet<string>;
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
  'reason',
  'recovery_objective_hours',
  'hours_down',
  'breach',
  'chain',
];

export function affectedCsv(items: readonly CsvAffected[], context: CsvContext): string {
  const block = [
    ['scenario', context.scenario],
    ['as_at', context.asAt],
    ...context.events.map((e) => ['event', e]),
    ['affected', String(items.length)],
    [],
  ];
  const rows = items.map((a) => [
    a.node.id,
    a.node.kind,
    a.node.name,
    a.state,
    reasonInWords(a),
    context.objectives.get(a.node.id) ?? null,
    a.indefinitelyDown ? 'indefinitely' : a.downHours,
    context.breached.has(a.node.id) ? 'yes' : 'no',
    a.explanation.map((s) => s.node.name).join(' → '),
  ]);
  return [...block, CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
