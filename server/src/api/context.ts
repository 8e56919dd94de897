// What every resolver gets: the store, the impact service, and a per-request node loader that
// batches the node look-ups of one response into one store read.
import DataLoader from 'dataloader';
import { NotFoundError } from '../domain/errors.js';
import type { GraphNode, GraphRelationship, RelationshipType } from '../domain/metamodel/index.js';
import type { ImpactService } from '../services/impact-service.js';
import type { Principal } from './permissions.js';
import type { GraphStore } from '../store/port.js';

/** The HTTP request an operation came in: its id, and the error codes its answer carried (the
 *  HTTP layer logs the request with them: a 200 with an internal error is not a success). */
export interface RequestRecord {
  readonly id: string;
  readonly codes: string[];
}

export interface ApiContext {
  readonly store: GraphStore;
  readonly impact: ImpactService;
  readonly nodes: DataLoader<string, GraphNode>;
  /** Relationships by id, null when there is none. Looked up through their sources, one
   *  store read per type (the read cache answers it from memory; an id alone is a scan on
   *  LadybugDB, which has no index on relationship columns). */
  readonly relationships: DataLoader<RelationshipLookup, GraphRelationship | null, string>;
  /** Who is asking, and with which role (api/permissions.ts). */
  readonly principal: Principal;
  /** The principal's name, as the change history records it. */
  readonly actor: string;
  /** Where backups of the embedded store go. */
  readonly backupDir: string;
  readonly request?: RequestRecord | undefined;
}

/** A relationship to look up: its id, and the source and type that find it cheaply. */
export interface RelationshipLookup {
  readonly id: string;
  readonly from: string;
  readonly type: RelationshipType;
}

export function createContext(
  store: GraphStore,
  impact: ImpactService,
  principal: Principal,
  backupDir: string,
  request?: RequestRecord,
): ApiContext {
  return {
    request,
    store,
    impact,
    principal,
    backupDir,
    actor: principal.name,
    nodes: new DataLoader<string, GraphNode>(async (ids) => {
      const found = new Map((await store.getNodes(ids)).map((n) => [n.id, n]));
      return ids.map((id) => found.get(id) ?? new NotFoundError('api/nodes', [id]));
    }),
    relationships: new DataLoader<RelationshipLookup, GraphRelationship | null, string>(
      async (lookups) => {
        const byType = new Map<RelationshipType, string[]>();
        for (const { from, type } of lookups) byType.set(type, [...(byType.get(type) ?? []), from]);
        const found = new Map<string, GraphRelationship>();
        for (const [type, ids] of byType) {
          for (const r of await store.expandFrontier({ ids, types: [type], direction: 'OUT' })) {
            found.set(r.id, r);
          }
        }
        return lookups.map(({ id }) => found.get(id) ?? null);
      },
      { cacheKeyFn: (lookup) => lookup.id },
    ),
  };
}
