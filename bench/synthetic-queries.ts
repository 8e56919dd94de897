// The GraphQL queries the impact benchmark sends over a generated graph: the ones it times one at a
// time (impact from the hub, the neighbourhood of a typical system, a search), and the varied mix
// its concurrent clients send (many searches, neighbourhoods and impact sources).
import type { GraphBatch, NodeKind } from '../server/src/domain/metamodel/index.js';
import type { QueryKind } from './concurrent-clients.js';
import { fanIn } from './generate.js';

/** One what-if event, written as a GraphQL input literal. */
type EventLiteral = `{type: ${'NODE_FAILS' | 'CONTRACT_LAPSES'}, id: "${string}"}`;

const nodeFails = (id: string): EventLiteral => `{type: NODE_FAILS, id: "${id}"}`;
const contractLapses = (id: string): EventLiteral => `{type: CONTRACT_LAPSES, id: "${id}"}`;

/** What the what-if page asks: counts, and the first page of affected nodes with explanations. */
export const impactQuery = (event: EventLiteral) =>
  `{ impact(events: [${event}]) { totalAffected counts { kind state count } affected(first: 50) { edges { node { node { id name } state explanation { reason } } } } } }`;
export const hubImpactQuery = (hub: string) => impactQuery(nodeFails(hub));

/** What the explorer asks when a node is opened. */
export const neighbourhoodQuery = (id: string) =>
  `{ neighbourhood(id: "${id}", depth: 2, limit: 300) { truncated nodes { id name kind } relationships { id type } } }`;

export const searchQuery = (text: string, kinds?: readonly NodeKind[]) =>
  `{ search(text: "${text}"${kinds ? `, kinds: [${kinds.join(', ')}]` : ''}, first: 20) { totalCount edges { node { id name } } } }`;

/** The search timed one at a time: an id prefix that finds 100 systems at every size. */
export const TIMED_SEARCH = 's-0001';

/** `n` items evenly spaced from first to last. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}

/** Application systems from the least to the most connected. */
function applicationsByDegree(batch: GraphBatch): string[] {
  const degree = new Map<string, number>();
  for (const r of batch.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return batch.nodes
    .filter((n) => n.kind === 'System' && n.category === 'APPLICATION')
    .map((n) => [n.id, degree.get(n.id) ?? 0] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([id]) => id);
}

/** An application system of median degree: what a user usually opens. */
export function typicalSystem(batch: GraphBatch): string {
  const apps = applicationsByDegree(batch);
  return apps[Math.floor(apps.length / 2)]!;
}

const body = (query: string) => JSON.stringify({ query });

/**
 * The concurrent clients' mix, search 2 : neighbourhood 2 : impact 1 (people look things up more
 * often than they run a what-if): searches by id prefix, word and kind; neighbourhoods of
 * application systems from the least to the most connected; impact of the three biggest hubs,
 * of systems and sites across the graph failing, and of contracts lapsing.
 */
export function concurrentMix(batch: GraphBatch): QueryKind[] {
  const ofKind = (kind: NodeKind) => batch.nodes.filter((n) => n.kind === kind).map((n) => n.id);
  const hubs = [...fanIn(batch)]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => id);
  const search: QueryKind = {
    kind: 'search',
    bodies: [
      searchQuery(TIMED_SEARCH),
      searchQuery('Payroll'),
      searchQuery('Maidstone', ['Site']),
      searchQuery('Unisys'),
      searchQuery('data centre'),
      searchQuery('con-00012'),
      searchQuery('Resilience', ['Theme', 'Project']),
    ].map(body),
  };
  const neighbourhood: QueryKind = {
    kind: 'neighbourhood',
    bodies: spread(applicationsByDegree(batch), 8).map((id) => body(neighbourhoodQuery(id))),
  };
  const impact: QueryKind = {
    kind: 'impact',
    bodies: [
      ...hubs.map(nodeFails),
      ...spread(ofKind('System'), 6).map(nodeFails),
      ...spread(ofKind('Site'), 3).map(nodeFails),
      ...spread(ofKind('Contract'), 3).map(contractLapses),
    ].map((event) => body(impactQuery(event))),
  };
  return [search, neighbourhood, search, neighbourhood, impact];
}
