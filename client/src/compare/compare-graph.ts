// Two what-if runs on one picture: the union of what either run reached, drawn twice with the
// same positions, each pane coloured by its own run, and the differences (from the first run the
// user chose to the second) marked on both. Pure: the panes and the list read the same answer.
import type { ImpactState, NodeKind } from '../generated/graphql.js';
import type { GraphData, GraphNode } from '../graph/graph-data.js';
import { impactGraph } from '../whatif/impact-graph.js';

interface Report {
  readonly graph: Parameters<typeof impactGraph>[0];
  readonly breaches: readonly { node: NodeRef; rtoHours: number; downHours: number | null }[];
}

export type DiffMark = 'added' | 'spared' | 'changed';

export interface RunDiff {
  readonly added: readonly DiffRow[];
  readonly spared: readonly DiffRow[];
  readonly changed: readonly DiffRow[];
  /** Recovery objectives breached in the second run and not the first. */
  readonly newBreaches: readonly DiffRow[];
  /** Breached in the first run and not the second. */
  readonly endedBreaches: readonly DiffRow[];
}

export interface DiffRow {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** In words: "down", "was degraded", "exposed → down", "24 h objective, down 48 h". */
  readonly note: string;
}

/** What the server's comparison answers (compareScenarios), by node. */
export interface Comparison {
  readonly newlyAffected: readonly { node: NodeRef; state: ImpactState }[];
  readonly noLongerAffected: readonly { node: NodeRef; state: ImpactState }[];
  readonly stateChanges: readonly { node: NodeRef; from: ImpactState; to: ImpactState }[];
}
type NodeRef = { id: string; kind: NodeKind; name: string };

const WORD: Record<ImpactState, string> = {
  DOWN: 'down',
  DEGRADED: 'degraded',
  EXPOSED: 'exposed',
  AT_RISK: 'at risk',
  UNAFFECTED: 'unaffected',
};

export interface SideBySide {
  /** The same nodes and relationships, in the same order, coloured by the first run. */
  readonly first: GraphData;
  readonly second: GraphData;
  readonly marks: ReadonlyMap<string, DiffMark>;
  readonly diff: RunDiff;
}

export function sideBySide(a: Report, b: Report, comparison: Comparison): SideBySide {
  const ga = impactGraph(a.graph);
  const gb = impactGraph(b.graph);
  const nodes = new Map<string, GraphNode>();
  for (const n of [...ga.nodes, ...gb.nodes]) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map([...ga.edges, ...gb.edges].map((e) => [e.id, e]));
  // Sorted: both panes (and a reload) see the nodes in one order, so one seed gives one layout.
  const all = [...nodes.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const allEdges = [...edges.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const stateIn = (g: GraphData) => new Map(g.nodes.map((n) => [n.id, n.state ?? 'UNAFFECTED']));
  const sa = stateIn(ga);
  const sb = stateIn(gb);
  const paint = (states: Map<string, ImpactState>): GraphData => ({
    nodes: all.map((n) => ({ ...n, state: states.get(n.id) ?? 'UNAFFECTED' })),
    edges: allEdges,
  });

  const marks = new Map<string, DiffMark>();
  comparison.newlyAffected.forEach((r) => marks.set(r.node.id, 'added'));
  comparison.noLongerAffected.forEach((r) => marks.set(r.node.id, 'spared'));
  comparison.stateChanges.forEach((r) => marks.set(r.node.id, 'changed'));

  const breachNote = (r: Report['breaches'][number]) =>
    `${r.rtoHours} h objective, ` + (r.downHours === null ? 'does not return' : `down ${r.downHours} h`);
  const breachesA = new Map(a.breaches.map((r) => [r.node.id, r]));
  const breachesB = new Map(b.breaches.map((r) => [r.node.id, r]));
  const byName = (x: DiffRow, y: DiffRow) => x.name.localeCompare(y.name);
  return {
    first: paint(sa),
    second: paint(sb),
    marks,
    diff: {
      added: comparison.newlyAffected.map((r) => ({ ...r.node, note: WORD[r.state] })).sort(byName),
      spared: comparison.noLongerAffected
        .map((r) => ({ ...r.node, note: `was ${WORD[r.state]}` }))
        .sort(byName),
      changed: comparison.stateChanges
        .map((r) => ({ ...r.node, note: `${WORD[r.from]} → ${WORD[r.to]}` }))
        .sort(byName),
      newBreaches: b.breaches
        .filter((r) => !breachesA.has(r.node.id))
        .map((r) => ({ ...r.node, note: breachNote(r) }))
        .sort(byName),
      endedBreaches: a.breaches
        .filter((r) => !breachesB.has(r.node.id))
        .map((r) => ({ ...r.node, note: breachNote(r) }))
        .sort(byName),
    },
  };
}
