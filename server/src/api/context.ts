// What every resolver gets: the store, the impact service, and a per-request node loader that
// batches the node look-ups of one response into one store read.
import DataLoader from 'dataloader';
import { NotFoundError } from '../domain/errors.js';
import {
  parseRelationshipKey,
  relationshipKey,
  type GraphNode,
  type GraphRelationship,
  type RelationshipType,
} from '../domain/metamodel/index.js';
import type { ImpactService } from '../services/impact-service.js';
import type { Principal } from './permissions.js';
import type { GraphStore } from '../store/port.js';

export interface ApiContext {
  readonly store: GraphStore;
  readonly impact: ImpactService;
  readonly nodes: DataLoader<string, GraphNode>;
  /** Relationships by key (`from|TYPE|to`), null when there is none: one store read per type. */
  readonly relationships: DataLoader<string, GraphRelationship | null>;
  /** Who is asking, and with which role (api/permissions.ts). */
  readonly principal: Principal;
  /** The principal's name, as the change history records it. */
  readonly actor: string;
  /** Where backups of the embedded store go. */
  readonly backupDir: string;
}

export function createContext(
  store: GraphStore,
  impact: ImpactService,
  principal: Principal,
  backupDir: string,
): ApiContext {
  return {
    store,
    impact,
    principal,
    backupDir,
    actor: principal.name,
    nodes: new DataLoader<string, GraphNode>(async (ids) => {
      const found = new Map((await store.getNodes(ids)).map((n) => [n.id, n]));
      return ids.map((id) => found.get(id) ?? new NotFoundError('api/nodes', [id]));
    }),
    relationships: new DataLoader<string, GraphRelationship | null>(async (keys) => {
      const byType = new Map<RelationshipType, string[]>();
      for (const key of keys) {
        const ref = parseRelationshipKey(key);
        if (ref) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref.from]);
      }
      const found = new Map<string, GraphRelationship>();
      for (const [type, ids] of byType) {
        for (const r of await store.expandFrontier({ ids, types: [type], direction: 'OUT' })) {
          found.set(relationshipKey(r.from, r.type, r.to), r);
        }
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
