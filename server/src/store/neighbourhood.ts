// Breadth-first neighbourhood over any store's frontier expansion: one round trip per level,
// pruned by kind and capped by a node limit so a hub (the county network) cannot flood a view.
// A hub is also cut where it is met: it follows its first hubLimit new neighbours (by id) and says
// how many it has, so a depth-2 view through the county network shows the network and a count
// rather than its first three hundred dependants.
import type { GraphRelationship, RelationshipType } from '../domain/metamodel/index.js';
import { relationshipKey } from '../domain/metamodel/index.js';
import { NotFoundError } from '../domain/errors.js';
import { dayNumber, isLiveOnDay, type Lifecycle } from '../domain/time/live.js';
import type { CappedNode, GraphStore, NeighbourhoodQuery, Subgraph } from './port.js';
import { compareText } from './records.js';

/** The most new neighbours a node follows when the query sets none. */
export const HUB_LIMIT = 100;

export async function neighbourhoodOf(
  store: Pick<GraphStore, 'getNodes' | 'expandFrontier' | 'name' | 'metamodel'>,
  query: NeighbourhoodQuery,
): Promise<Subgraph> {
  const [root] = await store.getNodes([query.id]);
  if (!root) throw new NotFoundError(`store/${store.name}`, [query.id]);
  const types = query.types?.length
    ? query.types
    : (store.metamodel.relationshipTypes as readonly RelationshipType[]);
  const kinds = query.kinds?.length ? new Set(query.kinds) : null;
  const direction = query.direction ?? 'BOTH';
  // As at a day, what is not live then is not there: relationships are dropped before they
  // reach a node, and nodes before they join the view.
  const day = query.asAt ? dayNumber(query.asAt) : null;
  const live = (item: Lifecycle) => day === null || isLiveOnDay(item, day);
  // A start node that is not live is still answered (someone followed a link to it), but
  // nothing is connected to what is not there on the day.
  if (!live(root)) return { nodes: [root], relationships: [], truncated: false, capped: [] };
  const hubLimit = query.hubLimit ?? HUB_LIMIT;
  const capped: CappedNode[] = [];

  const nodes = new Map([[root.id, root]]);
  const relationships = new Map<string, GraphRelationship>();
  let frontier = [root.id];
  let truncated = false;
  for (let level = 0; level < query.depth && frontier.length > 0 && !truncated; level++) {
    const expanded = await store.expandFrontier({ ids: frontier, types, direction });
    const found = day === null ? expanded : expanded.filter(live);
    const reached = new Set<string>();
    for (const r of found) {
      if (!nodes.has(r.from)) reached.add(r.from);
      if (!nodes.has(r.to)) reached.add(r.to);
    }
    const fresh = (
      reached.size > hubLimit
        ? await cutHubs(store, frontier, found, nodes, hubLimit, capped, kinds, live)
        : [...reached]
    ).sort();
    const next: string[] = [];
    // Nodes are read in slices only as far as the limit needs: a hub's thousands of
    // neighbours must not all be fetched to show three hundred.
    for (let i = 0; i < fresh.length && !truncated;) {
      const slice = fresh.slice(i, i + Math.max(50, 2 * (query.limit - nodes.size)));
      i += slice.length;
      for (const node of await store.getNodes(slice)) {
        if ((kinds && !kinds.has(node.kind)) || !live(node)) continue;
        if (nodes.size >= query.limit) {
          truncated = true;
          break;
        }
        nodes.set(node.id, node);
        next.push(node.id);
      }
      if (nodes.size >= query.limit && i < fresh.length) truncated = true;
    }
    for (const r of found) {
      if (nodes.has(r.from) && nodes.has(r.to)) relationships.set(r.id, r);
    }
    frontier = next;
  }
  // Relationships among the outermost ring were not walked yet.
  if (frontier.length > 0) {
    for (const r of await store.expandFrontier({ ids: frontier, types, direction: 'OUT' })) {
      if (nodes.has(r.to) && live(r)) relationships.set(r.id, r);
    }
  }
  // By key, parallel relationships by id: the same order from every store. Each sort key is
  // made once, not twice per comparison (a view of 300 nodes holds thousands of relationships).
  const sortable = [...relationships.values()].map((r) => ({
    r,
    key: `${relationshipKey(r.from, r.type, r.to)}|${r.id}`,
  }));
  sortable.sort((a, b) => compareText(a.key, b.key));
  return { nodes: [...nodes.values()], relationships: sortable.map((s) => s.r), truncated, capped };
}

/** The new neighbours of a frontier, each hub's cut to its first hubLimit (by id) of the asked
 *  kinds that are live on the day. A hub is a node whose live relationships lead to more than
 *  hubLimit new neighbours of the asked kinds: that count is the `total` told, without reading
 *  every neighbour's dates (a hub of fifty thousand would cost more than the view). A
 *  relationship to a new node has one frontier end: it is that end's. */
async function cutHubs(
  store: Pick<GraphStore, 'getNodes'>,
  frontier: readonly string[],
  found: readonly GraphRelationship[],
  inView: ReadonlyMap<string, unknown>,
  hubLimit: number,
  capped: CappedNode[],
  kinds: ReadonlySet<string> | null,
  live: (item: Lifecycle) => boolean,
): Promise<string[]> {
  const own = new Map<string, string[]>(frontier.map((id) => [id, []]));
  for (const r of found) {
    if (!inView.has(r.to)) own.get(r.from)!.push(r.to);
    else if (!inView.has(r.from)) own.get(r.to)!.push(r.from);
  }
  const fresh = new Set<string>();
  for (const [id, far] of own) {
    let neighbours = far.length > hubLimit ? [...new Set(far)] : far;
    if (neighbours.length > hubLimit && kinds) {
      const ofKind = new Set(
        (await store.getNodes(neighbours)).filter((n) => kinds.has(n.kind)).map((n) => n.id),
      );
      neighbours = neighbours.filter((n) => ofKind.has(n));
    }
    if (neighbours.length <= hubLimit) {
      for (const n of neighbours) fresh.add(n);
      continue;
    }
    neighbours.sort();
    capped.push({ id, total: neighbours.length });
    // The first hubLimit live ones, read in slices only as far as they are found.
    let followed = 0;
    for (let i = 0; i < neighbours.length && followed < hubLimit;) {
      const slice = neighbours.slice(i, i + 2 * (hubLimit - followed));
      i += slice.length;
      const read = new Map((await store.getNodes(slice)).map((n) => [n.id, n]));
      for (const n of slice) {
        const node = read.get(n);
        if (node && live(node) && followed < hubLimit) {
          fresh.add(n);
          followed++;
        }
      }
    }
  }
  return [...fresh];
}
