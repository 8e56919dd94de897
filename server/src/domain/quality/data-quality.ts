// What the graph does not know and an answer needs: contracts with no end date or notice period
// (the horizon cannot warn of them), systems with no recovery objective (no breach can be
// reported), critical systems with no host (a site's failure cannot reach them), relationships
// that a source only implies, and nodes that cite no source at all. Pure: the API reads the
// graph and this sorts it into lists, each in name order.
import type { GraphNode, GraphRelationship } from '../metamodel/index.js';

/** Criticalities for which a system with no host is a gap worth fixing. */
const CRITICAL = new Set(['CRITICAL', 'HIGH']);

export interface DataQualityReport {
  readonly contractsWithoutEnd: readonly GraphNode[];
  readonly contractsWithoutNotice: readonly GraphNode[];
  readonly systemsWithoutRecoveryObjective: readonly GraphNode[];
  readonly criticalSystemsWithoutHost: readonly GraphNode[];
  /** Relationships whose every source only implies them. */
  readonly inferredLinks: readonly GraphRelationship[];
  readonly nodesWithoutSource: readonly GraphNode[];
}

const field = (node: GraphNode, name: string): unknown => (node as Record<string, unknown>)[name];

export function dataQuality(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
): DataQualityReport {
  const byName = (a: GraphNode, b: GraphNode) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const sorted = [...nodes].sort(byName);
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  const hosted = new Set(relationships.filter((r) => r.type === 'HOSTED_AT').map((r) => r.from));
  const contracts = sorted.filter((n) => n.kind === 'Contract');
  const systems = sorted.filter((n) => n.kind === 'System');
  const linkName = (r: GraphRelationship) =>
    `${names.get(r.from) ?? r.from} ${r.type} ${names.get(r.to) ?? r.to}`;
  return {
    contractsWithoutEnd: contracts.filter((n) => field(n, 'end') === undefined),
    contractsWithoutNotice: contracts.filter((n) => field(n, 'noticeMonths') === undefined),
    systemsWithoutRecoveryObjective: systems.filter((n) => field(n, 'rtoHours') === undefined),
    criticalSystemsWithoutHost: systems.filter(
      (n) => CRITICAL.has(String(field(n, 'criticality'))) && !hosted.has(n.id),
    ),
    inferredLinks: relationships
      .filter((r) => r.provenance.length > 0 && r.provenance.every((p) => p.inferred === true))
      .sort((a, b) => linkName(a).localeCompare(linkName(b))),
    nodesWithoutSource: sorted.filter((n) => n.provenance.length === 0),
  };
}
