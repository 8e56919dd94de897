// Fan-outs drawn as one node: when a node has more than a threshold of neighbours of one kind over
// one relationship type (the nine sites a network connects), and those neighbours hang on it alone,
// the view draws one group node ("9 sites · 2 down") with one edge instead of nine nodes and nine
// piled-up labels. A group opened by the reader draws its members again and keeps the group node
// beside them, so the same node closes it. Pure: the drawn graph from the graph, the nodes that
// must stay visible (the focus, what was expanded, failed or chosen) and the groups opened.
import type { ImpactState, NodeKind, RelationshipType } from '../generated/graphql.js';
import type { GraphData, GraphEdge, GraphNode } from './graph-data.js';
import { kindLook, typeLabel } from './kinds.js';
import { AFFECTED_STATES, STATE_LOOK } from './states.js';

/** More neighbours than this, of one kind over one type, are drawn as a group. */
export const FAN_OUT_THRESHOLD = 6;

const GROUP_PREFIX = 'group:';

export interface FanOutGroup {
  /** Stable for the same anchor, type, direction and kind, so an opened group stays open. */
  readonly id: string;
  /** The node the members hang on. */
  readonly anchor: string;
  readonly type: RelationshipType;
  /** 'out': the anchor is the relationship's source; 'in': its target. */
  readonly direction: 'out' | 'in';
  readonly kind: NodeKind;
  readonly members: readonly GraphNode[];
  /** How many members are in each affected state, worst first (none outside a what-if). */
  readonly states: readonly { readonly state: ImpactState; readonly count: number }[];
  /** The worst state among the members, so a group never hides a failure. */
  readonly worst: ImpactState | null;
  readonly open: boolean;
  /** "9 sites · 2 down, 1 degraded". */
  readonly label: string;
}

export interface FanOutOptions {
  readonly threshold?: number;
  /** Nodes never folded into a group (the root, expanded and event nodes, the chosen one). */
  readonly keep?: ReadonlySet<string>;
  /** Ids of the groups the reader opened. */
  readonly open?: ReadonlySet<string>;
}

export interface FanOutResult {
  /** The graph to draw: grouped members replaced by their group node and edge. */
  readonly graph: GraphData;
  readonly groups: ReadonlyMap<string, FanOutGroup>;
}

export const isGroupId = (id: string): boolean => id.startsWith(GROUP_PREFIX);

export function groupId(
  anchor: string,
  type: RelationshipType,
  direction: 'out' | 'in',
  kind: NodeKind,
): string {
  return `${GROUP_PREFIX}${anchor}|${direction}|${type}|${kind}`;
}

export function groupLabel(
  kind: NodeKind,
  count: number,
  states: readonly { readonly state: ImpactState; readonly count: number }[],
): string {
  const plural = kindLook(kind).plural.toLowerCase();
  const words = states.map((s) => `${s.count} ${STATE_LOOK[s.state].label.toLowerCase()}`);
  return `${count} ${plural}${words.length ? ` · ${words.join(', ')}` : ''}`;
}

export function groupFanOuts(graph: GraphData, options: FanOutOptions = {}): FanOutResult {
  const threshold = options.threshold ?? FAN_OUT_THRESHOLD;
  const keep = options.keep ?? new Set<string>();
  const open = options.open ?? new Set<string>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgesOf = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (!byId.has(e.from) || !byId.has(e.to) || e.from === e.to) continue;
    for (const end of [e.from, e.to]) {
      const list = edgesOf.get(end);
      if (list) list.push(e);
      else edgesOf.set(end, [e]);
    }
  }

  // A node can be folded when every relationship drawn to it comes from one other node, of one
  // type and direction: hidden, it takes nothing else off the picture.
  const candidates = new Map<string, { anchor: string; type: RelationshipType; direction: 'out' | 'in' }>();
  for (const node of graph.nodes) {
    if (keep.has(node.id)) continue;
    const edges = edgesOf.get(node.id);
    if (!edges?.length) continue;
    const first = edges[0]!;
    const anchor = first.from === node.id ? first.to : first.from;
    const direction = first.from === anchor ? 'out' : 'in';
    const same = edges.every(
      (e) => e.type === first.type && (direction === 'out' ? e.from === anchor : e.to === anchor),
    );
    if (same) candidates.set(node.id, { anchor, type: first.type, direction });
  }

  const buckets = new Map<string, GraphNode[]>();
  for (const [id, c] of candidates) {
    const member = byId.get(id)!;
    // Two leaves hanging on each other alone are not a fan-out of either.
    if (candidates.get(c.anchor)?.anchor === id) continue;
    const key = groupId(c.anchor, c.type, c.direction, member.kind);
    const list = buckets.get(key);
    if (list) list.push(member);
    else buckets.set(key, [member]);
  }

  const groups = new Map<string, FanOutGroup>();
  const folded = new Set<string>();
  const extraNodes: GraphNode[] = [];
  const extraEdges: GraphEdge[] = [];
  for (const [id, members] of buckets) {
    if (members.length <= threshold) continue;
    const { anchor, type, direction } = candidates.get(members[0]!.id)!;
    const kind = members[0]!.kind;
    const states = AFFECTED_STATES.flatMap((state) => {
      const count = members.filter((m) => m.state === state).length;
      return count ? [{ state, count }] : [];
    });
    const worst = states[0]?.state ?? (members.some((m) => m.state) ? 'UNAFFECTED' : null);
    const isOpen = open.has(id);
    const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
    const group: FanOutGroup = {
      id,
      anchor,
      type,
      direction,
      kind,
      members: sorted,
      states,
      worst,
      open: isOpen,
      label: groupLabel(kind, members.length, states),
    };
    groups.set(id, group);
    if (!isOpen) for (const m of members) folded.add(m.id);
    extraNodes.push({ id, kind, name: group.label, state: worst });
    extraEdges.push({
      id: `${id}|edge`,
      type,
      from: direction === 'out' ? anchor : id,
      to: direction === 'out' ? id : anchor,
    });
  }
  if (groups.size === 0) return { graph, groups };
  return {
    graph: {
      nodes: [...graph.nodes.filter((n) => !folded.has(n.id)), ...extraNodes],
      edges: [...graph.edges.filter((e) => !folded.has(e.from) && !folded.has(e.to)), ...extraEdges],
    },
    groups,
  };
}

/** Where each member of an opened group starts: beside its group node (see sync-elements). */
export function memberPlacement(groups: ReadonlyMap<string, FanOutGroup>): Map<string, string> {
  const near = new Map<string, string>();
  for (const g of groups.values()) if (g.open) for (const m of g.members) near.set(m.id, g.id);
  return near;
}

/** "7 sites connected via KPSN", "16 systems that Maidstone uses". */
export function groupReading(group: FanOutGroup, anchorName: string): string {
  return group.direction === 'in'
    ? `${group.label}, ${typeLabel(group.type)} ${anchorName}`
    : `${group.label}, that ${anchorName} ${typeLabel(group.type)}`;
}
