// What a what-if report shows a manager, whatever it is printed on (PNG, print, CSV): the title,
// the as-at date, the events in words, the counts by state and kind, the breaches, and the top
// explanations (breaches first, then services down, shortest chains first), each a sentence.
import type { ImpactQuery, ImpactState, NodeKind } from '../generated/graphql.js';
import { formatPartialDate } from '../contracts/dates.js';
import { countByKind } from '../graph/graph-data.js';
import { NODE_KINDS } from '../graph/kinds.js';
import { AFFECTED_STATES, STATE_LOOK } from '../graph/states.js';
import { affectedItems, impactGraph, stateTotals } from '../whatif/impact-graph.js';

type Report = ImpactQuery['impact'];
type Item = Report['affected']['edges'][number]['node'];

export interface ReportSummary {
  readonly title: string;
  readonly asAt: string;
  readonly events: readonly string[];
  readonly total: number;
  readonly states: readonly { state: ImpactState; label: string; colour: string; count: number }[];
  readonly kinds: readonly { kind: NodeKind; count: number }[];
  readonly breaches: readonly { name: string; objective: string; down: string }[];
  readonly explanations: readonly { name: string; state: string; sentence: string }[];
}

const TOP = 5;
const RANK: Record<ImpactState, number> = { DOWN: 0, DEGRADED: 1, EXPOSED: 2, AT_RISK: 3, UNAFFECTED: 4 };

/** Ids in a server reason ("needs system:kpsn, which is down") replaced by the names the chain gives. */
export interface Explained {
  readonly explanation: readonly {
    readonly node: { readonly id: string; readonly name: string };
    readonly reason: string;
    readonly lost: readonly { readonly id: string; readonly name: string }[];
    readonly fallback: { readonly id: string; readonly name: string } | null;
  }[];
}

export function reasonInWords(item: Explained): string {
  const names = new Map<string, string>();
  for (const step of item.explanation) {
    names.set(step.node.id, step.node.name);
    for (const n of [...step.lost, ...(step.fallback ? [step.fallback] : [])]) names.set(n.id, n.name);
  }
  const reason = item.explanation.at(-1)?.reason ?? '';
  return reason.replace(/\b[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*\b/g, (id) => names.get(id) ?? id);
}

/** One sentence per affected node: "Kent Police is down: KPSN contract → KPSN → Kent Police (needs …)". */
function sentence(item: Item): string {
  const chain = item.explanation.map((s) => s.node.name).join(' → ');
  const why = reasonInWords(item);
  return `${chain}${why ? `: ${why}` : ''}`;
}

export function reportSummary(report: Report, title: string, events: readonly string[]): ReportSummary {
  const totals = stateTotals(report.counts);
  const kinds = countByKind(impactGraph(report.graph).nodes);
  const breached = new Set(report.breaches.map((b) => b.node.id));
  const top = affectedItems(report)
    .filter((i) => i.state !== 'UNAFFECTED' && i.explanation.length > 1)
    .sort(
      (a, b) =>
        Number(breached.has(b.node.id)) - Number(breached.has(a.node.id)) ||
        RANK[a.state] - RANK[b.state] ||
        a.explanation.length - b.explanation.length ||
        a.node.name.localeCompare(b.node.name),
    )
    .slice(0, TOP);
  return {
    title,
    asAt: report.asAt ? formatPartialDate(report.asAt) : 'today',
    events,
    total: report.totalAffected,
    states: AFFECTED_STATES.map((state) => ({
      state,
      label: STATE_LOOK[state].label,
      colour: STATE_LOOK[state].colour,
      count: totals.get(state) ?? 0,
    })),
    kinds: NODE_KINDS.filter((k) => kinds.get(k)).map((kind) => ({ kind, count: kinds.get(kind)! })),
    breaches: report.breaches.map((b) => ({
      name: b.node.name,
      objective: `${b.rtoHours} h`,
      down: b.downHours === null ? 'does not return' : `${b.downHours} h`,
    })),
    explanations: top.map((i) => ({
      name: i.node.name,
      state: STATE_LOOK[i.state].label.toLowerCase(),
      sentence: sentence(i),
    })),
  };
}
