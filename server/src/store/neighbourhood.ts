// Breadth-first neighbourhood over any store's frontier expansion: one round trip per level,
// pruned by kind and capped by a node limit so a hub (the county network) cannot flood a view.
import { RELATIONSHIP_TYPES, type GraphRelationship } from '../domain/metamodel/index.js';
import { relationshipKey } from '../domain/metamodel/index.js';
import { NotFoundError } from '../domain/errors.js';
import { dayNumber, isLiveOnDay, type Lifecycle } from '../domain/time/live.js';
import type { GraphStore, NeighbourhoodQuery, Subgraph } from './port.js';
import { compareText } from './records.js';

export async function neighbourhoodOf(
  store: Pick<GraphStore, 'getNodes' | 'expandFrontier' | 'name'>,
  query: NeighbourhoodQuery,
): Promise<Subgraph> {
  const [root] = await store.getNodes([query.id]);
  if (!root) throw new NotFoundError(`store/${store.name}`, [query.id]);
  const types = query.types?.length ? query.types : RELATIONSHIP_TYPES;
  const kinds = query.kinds?.length ? new Set(query.kinds) : null;
  const direction = query.direction ?? 'BOTH';
  // As at a day, what is not live then is not there: relationships are dropped before they
  // reach a node, and nodes before they join the view.
  const day = query.asAt ? dayNumber(query.asAt) : null;
  const live = (item: Lifecycle) => day === null || isLiveOnDay(item, day);
  // A start node that is not live is still answered (someone followed a link to it), but
  // nothing is connected to what is not there on the day.
  if (!live(root)) return { nodes: [root], relationships: [], truncated: false };

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
    const fresh = [...reached].sort();
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
  return { nodes: [...nodes.values()], relationships: sortable.map((s) => s.r), truncated };
}
