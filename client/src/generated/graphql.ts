/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a step of an explanation reached its node: the event itself, or how the failure came along. */
export type CauseCode =
  | 'DEPENDENCY_DEGRADED'
  | 'DEPENDENCY_DOWN'
  | 'DEPENDENCY_EXPOSED'
  | 'EVENT'
  | 'FALLBACK'
  | 'FALLBACK_LOST'
  | 'REDUNDANCY_LOST'
  | 'REDUNDANCY_REDUCED'
  | 'STRATEGIC_RISK';

export type ChangeAction = 'CREATE' | 'DELETE' | 'UPDATE';

export type ChangeTarget = 'NODE' | 'RELATIONSHIP';

export type Criticality = 'CRITICAL' | 'HIGH' | 'LOW' | 'MEDIUM';

export type Direction = 'BOTH' | 'IN' | 'OUT';

export type ExchangeFormat = 'ARCHIMATE' | 'CSV' | 'JSON';

export type FileInput = {
  name: string;
  text: string;
};

export type Hosting = 'CLOUD' | 'HYBRID' | 'ON_PREMISES' | 'PARTNER';

/** Which end of a relationship is affected when the other end fails. */
export type ImpactDirection = 'NONE' | 'SOURCE' | 'TARGET';

/**
 * One event of a what-if run:
 * NODE_FAILS (id; hours for an outage of that length, absent for good),
 * CONTRACT_LAPSES (id of a contract, at its end date),
 * CONTRACTS_ENDED_BY (date: every contract ended by then with no live successor).
 */
export type ImpactEventInput = {
  date?: string | null | undefined;
  hours?: number | null | undefined;
  id?: string | null | undefined;
  type: ImpactEventType;
};

export type ImpactEventType = 'CONTRACTS_ENDED_BY' | 'CONTRACT_LAPSES' | 'NODE_FAILS';

/** How the impact engine treats a kind: strategic (at risk), contract (lapses), service, party or place. */
export type ImpactRole = 'contract' | 'party' | 'place' | 'service' | 'strategic';

export type ImpactState = 'AT_RISK' | 'DEGRADED' | 'DOWN' | 'EXPOSED' | 'UNAFFECTED';

/** MERGE adds and updates; REPLACE also deletes what the file does not have. */
export type ImportMode = 'MERGE' | 'REPLACE';

/** A node to create or replace. Fields a kind does not have are refused, naming the field. */
export type NodeInput = {
  aliases?: Array<string> | null | undefined;
  /** What sort of system it is. (only for kinds that have it) */
  category?: SystemCategory | null | undefined;
  /** The action number the source gives, e.g. "3.4". (only for kinds that have it) */
  code?: string | null | undefined;
  /** How much the business depends on it. (only for kinds that have it) */
  criticality?: Criticality | null | undefined;
  description?: string | null | undefined;
  /** When it ends (year, month or day precision). (only for kinds that have it) */
  end?: string | null | undefined;
  /** The version you loaded: a different stored version is a CONFLICT (0: the node must not exist yet). */
  expectedVersion?: number | null | undefined;
  /** Where it runs. (only for kinds that have it) */
  hosting?: Hosting | null | undefined;
  id: string;
  kind: NodeKind;
  /** Town or address. (only for kinds that have it) */
  location?: string | null | undefined;
  /** Minimum service level (availability), in per cent. (only for kinds that have it) */
  minServiceLevel?: number | null | undefined;
  name: string;
  /** Notice period, in months. (only for kinds that have it) */
  noticeMonths?: number | null | undefined;
  /** The accountable owner (a role or person). (only for kinds that have it) */
  owner?: string | null | undefined;
  /** Only planned: with no start date it is never live. (only for kinds that have it) */
  planned?: boolean | null | undefined;
  provenance?: Array<ProvenanceInput> | null | undefined;
  /** What the partner is to us, e.g. "supplier" or "network customer". (only for kinds that have it) */
  role?: string | null | undefined;
  /** Recovery time objective, in hours. (only for kinds that have it) */
  rtoHours?: number | null | undefined;
  /** The sector the partner belongs to. (only for kinds that have it) */
  sector?: PartnerSector | null | undefined;
  /** What sort of site it is. (only for kinds that have it) */
  siteKind?: SiteKind | null | undefined;
  /** When it starts (year, month or day precision). (only for kinds that have it) */
  start?: string | null | undefined;
  /** Where the project stands. (only for kinds that have it) */
  status?: ProjectStatus | null | undefined;
  /** The supplier, as the source names it. (only for kinds that have it) */
  supplier?: string | null | undefined;
  /** Contract value in pounds sterling, where known. (only for kinds that have it) */
  valueGbp?: number | null | undefined;
};

export type NodeKind = 'Contract' | 'Partner' | 'Project' | 'Site' | 'Strategy' | 'System' | 'Theme';

export type PartnerSector =
  | 'CENTRAL_GOVERNMENT'
  | 'EDUCATION'
  | 'FIRE_AND_RESCUE'
  | 'HEALTH'
  | 'LOCAL_GOVERNMENT'
  | 'POLICE'
  | 'PRIVATE'
  | 'VOLUNTARY';

export type ProjectStatus = 'ACTIVE' | 'CANCELLED' | 'COMPLETED' | 'PLANNED' | 'PROPOSED';

export type ProvenanceInput = {
  document: string;
  inferred?: boolean | null | undefined;
  quote?: string | null | undefined;
  section: string;
};

export type RedundancyInput = {
  group: string;
  k: number;
};

export type RelationshipInput = {
  end?: string | null | undefined;
  fallback?: string | null | undefined;
  from: string;
  /** The relationship's id. Absent: the one relationship with these ends and type, or a new one when there is none (two or more: give the id). */
  id?: string | null | undefined;
  note?: string | null | undefined;
  /** Only planned: with no start it is never live. */
  planned?: boolean | null | undefined;
  provenance?: Array<ProvenanceInput> | null | undefined;
  redundancy?: RedundancyInput | null | undefined;
  start?: string | null | undefined;
  to: string;
  type: RelationshipType;
};

export type RelationshipType =
  | 'ADDRESSES'
  | 'ALIGNS_WITH'
  | 'CHANGES'
  | 'CONNECTED_VIA'
  | 'DELIVERS'
  | 'DEPENDS_ON'
  | 'HOSTED_AT'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'REPLACES'
  | 'SUPPLIED_UNDER'
  | 'USES'
  | 'WITH';

export type Role = 'admin' | 'editor' | 'viewer';

export type ScenarioInput = {
  description?: string | null | undefined;
  events: Array<ImpactEventInput>;
  /** For updates: the version you loaded; a different stored version is a CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** lower-case words joined by hyphens */
  id: string;
  name: string;
};

export type SiteKind =
  'DATA_CENTRE' | 'EMERGENCY_SERVICES' | 'HEALTH' | 'LIBRARY' | 'OFFICE' | 'OTHER' | 'SCHOOL';

export type SystemCategory = 'APPLICATION' | 'INFRASTRUCTURE' | 'NETWORK' | 'PLATFORM' | 'SERVICE';

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first: number;
  asAt?: string | null | undefined;
  everyDate?: boolean | null | undefined;
}>;

export type SearchQuery = {
  search: {
    totalCount: number;
    edges: Array<{
      node:
        | { id: string; kind: NodeKind; name: string; aliases: Array<string> }
        | { id: string; kind: NodeKind; name: string; aliases: Array<string> }
        | { id: string; kind: NodeKind; name: string; aliases: Array<string> }
        | { id: string; kind: NodeKind; name: string; aliases: Array<string> }
        | { id: string; kind: NodeKind; name: string; aliases: Array<string> }
        | { id: string; kind: NodeKind; name: string; aliases: Array<string> }
        | { id: string; kind: NodeKind; name: string; aliases: Array<string> };
    }>;
  };
};

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth: number;
  limit: number;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  direction?: Direction | null | undefined;
  asAt?: string | null | undefined;
}>;

export type NeighbourhoodQuery = {
  neighbourhood: {
    truncated: boolean;
    nodes: Array<
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
    >;
    relationships: Array<{
      id: string;
      type: RelationshipType;
      from: string;
      to: string;
      impact: ImpactDirection;
    }>;
  };
};

export type NodeNamesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;

export type NodeNamesQuery = {
  nodes: Array<
    | { id: string; kind: NodeKind; name: string }
    | { id: string; kind: NodeKind; name: string }
    | { id: string; kind: NodeKind; name: string }
    | { id: string; kind: NodeKind; name: string }
    | { id: string; kind: NodeKind; name: string }
    | { id: string; kind: NodeKind; name: string }
    | { id: string; kind: NodeKind; name: string }
  >;
};

export type MetamodelQueryVariables = Exact<{ [key: string]: never }>;

export type MetamodelQuery = {
  metamodel: {
    kinds: Array<{
      kind: NodeKind;
      idPrefix: string;
      fields: Array<{ name: string; type: string; enumValues: Array<string> | null; doc: string }>;
    }>;
    relationshipTypes: Array<{
      type: RelationshipType;
      from: Array<NodeKind>;
      to: Array<NodeKind>;
      inverse: string;
      impact: ImpactDirection;
      doc: string;
    }>;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: { name: string; role: Role | null; development: boolean; canEdit: boolean; canImport: boolean };
};

export type ContractHorizonQueryVariables = Exact<{
  from: string;
  to: string;
  asAt: string;
}>;

export type ContractHorizonQuery = {
  contractHorizon: Array<{
    end: string;
    noticeMonths: number | null;
    noticeDeadline: string | null;
    contract:
      | { supplier: string | null; start: string | null; id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string };
    impact: {
      totalAffected: number;
      counts: Array<{ kind: NodeKind; state: ImpactState; count: number }>;
      criticalSystems: Array<
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
      >;
      partners: Array<
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
      >;
    };
    addressedBy: Array<
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
    >;
    replacedBy: Array<
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
    >;
  }>;
  asAt: {
    date: string;
    liveContracts: Array<
      | { supplier: string | null; end: string | null; id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
    >;
    endedContracts: Array<
      | { supplier: string | null; end: string | null; id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
    >;
    systemsWithoutLiveContract: Array<{
      system:
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string };
      contracts: Array<
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
      >;
    }>;
  };
};

export type CreateNodeMutationVariables = Exact<{
  node: NodeInput;
}>;

export type CreateNodeMutation = {
  createNode:
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number };
};

export type UpdateNodeMutationVariables = Exact<{
  node: NodeInput;
}>;

export type UpdateNodeMutation = {
  updateNode:
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number }
    | { id: string; name: string; version: number };
};

export type DeleteNodeMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
}>;

export type DeleteNodeMutation = { deleteNode: string };

export type SaveRelationshipMutationVariables = Exact<{
  relationship: RelationshipInput;
}>;

export type SaveRelationshipMutation = {
  saveRelationship: { id: string; type: RelationshipType; from: string; to: string };
};

export type DeleteRelationshipMutationVariables = Exact<{
  id: string;
}>;

export type DeleteRelationshipMutation = { deleteRelationship: string };

export type NodeHistoryQueryVariables = Exact<{
  id: string;
  first: number;
}>;

export type NodeHistoryQuery = {
  node:
    | {
        id: string;
        history: {
          edges: Array<{
            node: {
              version: number;
              index: number;
              at: string;
              actor: string;
              action: ChangeAction;
              target: ChangeTarget;
              targetId: string;
              before: unknown;
              after: unknown;
            };
          }>;
        };
      }
    | {
        id: string;
        history: {
          edges: Array<{
            node: {
              version: number;
              index: number;
              at: string;
              actor: string;
              action: ChangeAction;
              target: ChangeTarget;
              targetId: string;
              before: unknown;
              after: unknown;
            };
          }>;
        };
      }
    | {
        id: string;
        history: {
          edges: Array<{
            node: {
              version: number;
              index: number;
              at: string;
              actor: string;
              action: ChangeAction;
              target: ChangeTarget;
              targetId: string;
              before: unknown;
              after: unknown;
            };
          }>;
        };
      }
    | {
        id: string;
        history: {
          edges: Array<{
            node: {
              version: number;
              index: number;
              at: string;
              actor: string;
              action: ChangeAction;
              target: ChangeTarget;
              targetId: string;
              before: unknown;
              after: unknown;
            };
          }>;
        };
      }
    | {
        id: string;
        history: {
          edges: Array<{
            node: {
              version: number;
              index: number;
              at: string;
              actor: string;
              action: ChangeAction;
              target: ChangeTarget;
              targetId: string;
              before: unknown;
              after: unknown;
            };
          }>;
        };
      }
    | {
        id: string;
        history: {
          edges: Array<{
            node: {
              version: number;
              index: number;
              at: string;
              actor: string;
              action: ChangeAction;
              target: ChangeTarget;
              targetId: string;
              before: unknown;
              after: unknown;
            };
          }>;
        };
      }
    | {
        id: string;
        history: {
          edges: Array<{
            node: {
              version: number;
              index: number;
              at: string;
              actor: string;
              action: ChangeAction;
              target: ChangeTarget;
              targetId: string;
              before: unknown;
              after: unknown;
            };
          }>;
        };
      };
};

export type ImportGraphMutationVariables = Exact<{
  format: ExchangeFormat;
  files: Array<FileInput> | FileInput;
  mode: ImportMode;
  dryRun: boolean;
}>;

export type ImportGraphMutation = {
  importGraph: {
    summary: {
      created: number;
      updated: number;
      unchanged: number;
      deleted: number;
      dryRun: boolean;
      graphVersion: number;
      totalChanges: number;
      changes: Array<{
        action: ChangeAction;
        target: ChangeTarget;
        targetId: string;
        before: unknown;
        after: unknown;
      }>;
    };
    unmapped: Array<{ where: string; type: string; name: string | null; reason: string }>;
  };
};

export type MetamodelPageQueryVariables = Exact<{ [key: string]: never }>;

export type MetamodelPageQuery = {
  metamodel: {
    name: string;
    hash: string;
    changes: Array<{
      version: number;
      at: string;
      actor: string;
      fromName: string;
      fromHash: string;
      toName: string;
      toHash: string;
    }>;
    kinds: Array<{
      kind: NodeKind;
      idPrefix: string;
      doc: string | null;
      impactRole: ImpactRole;
      fields: Array<{
        name: string;
        type: string;
        required: boolean;
        enumValues: Array<string> | null;
        doc: string;
        min: number | null;
        max: number | null;
        minLength: number | null;
        maxLength: number | null;
      }>;
    }>;
    relationshipTypes: Array<{
      type: RelationshipType;
      from: Array<NodeKind>;
      to: Array<NodeKind>;
      impact: ImpactDirection;
      inverse: string;
      doc: string;
    }>;
  };
};

export type CountsQueryVariables = Exact<{ [key: string]: never }>;

export type CountsQuery = {
  counts: { nodes: number; relationships: number; byKind: Array<{ kind: NodeKind; count: number }> };
};

export type NodeDetailQueryVariables = Exact<{
  id: string;
  asAt?: string | null | undefined;
}>;

export type NodeDetailQuery = {
  node:
    | {
        supplier: string | null;
        start: string | null;
        end: string | null;
        noticeMonths: number | null;
        valueGbp: number | null;
        id: string;
        kind: NodeKind;
        name: string;
        live: boolean;
        planned: boolean | null;
        aliases: Array<string>;
        description: string | null;
        version: number;
        provenance: Array<{ document: string; title: string | null; section: string; quote: string | null }>;
      }
    | {
        sector: PartnerSector | null;
        role: string | null;
        id: string;
        kind: NodeKind;
        name: string;
        live: boolean;
        start: string | null;
        end: string | null;
        planned: boolean | null;
        aliases: Array<string>;
        description: string | null;
        version: number;
        provenance: Array<{ document: string; title: string | null; section: string; quote: string | null }>;
      }
    | {
        code: string | null;
        status: ProjectStatus | null;
        start: string | null;
        end: string | null;
        owner: string | null;
        id: string;
        kind: NodeKind;
        name: string;
        live: boolean;
        planned: boolean | null;
        aliases: Array<string>;
        description: string | null;
        version: number;
        provenance: Array<{ document: string; title: string | null; section: string; quote: string | null }>;
      }
    | {
        siteKind: SiteKind | null;
        location: string | null;
        id: string;
        kind: NodeKind;
        name: string;
        live: boolean;
        start: string | null;
        end: string | null;
        planned: boolean | null;
        aliases: Array<string>;
        description: string | null;
        version: number;
        provenance: Array<{ document: string; title: string | null; section: string; quote: string | null }>;
      }
    | {
        owner: string | null;
        start: string | null;
        end: string | null;
        id: string;
        kind: NodeKind;
        name: string;
        live: boolean;
        planned: boolean | null;
        aliases: Array<string>;
        description: string | null;
        version: number;
        provenance: Array<{ document: string; title: string | null; section: string; quote: string | null }>;
      }
    | {
        category: SystemCategory | null;
        hosting: Hosting | null;
        criticality: Criticality | null;
        rtoHours: number | null;
        minServiceLevel: number | null;
        id: string;
        kind: NodeKind;
        name: string;
        live: boolean;
        start: string | null;
        end: string | null;
        planned: boolean | null;
        aliases: Array<string>;
        description: string | null;
        version: number;
        provenance: Array<{ document: string; title: string | null; section: string; quote: string | null }>;
      }
    | {
        code: string | null;
        id: string;
        kind: NodeKind;
        name: string;
        live: boolean;
        start: string | null;
        end: string | null;
        planned: boolean | null;
        aliases: Array<string>;
        description: string | null;
        version: number;
        provenance: Array<{ document: string; title: string | null; section: string; quote: string | null }>;
      };
  neighbourhood: {
    truncated: boolean;
    nodes: Array<
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
      | { id: string; kind: NodeKind; name: string }
    >;
    relationships: Array<{
      id: string;
      type: RelationshipType;
      from: string;
      to: string;
      impact: ImpactDirection;
      note: string | null;
      fallback: string | null;
      redundancy: { group: string; k: number } | null;
      provenance: Array<{ document: string; section: string; quote: string | null }>;
    }>;
  };
};

export type DataQualityQueryVariables = Exact<{
  first: number;
}>;

export type DataQualityQuery = {
  dataQuality: {
    contractsWithoutEnd: {
      totalCount: number;
      items: Array<
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
      >;
    };
    contractsWithoutNotice: {
      totalCount: number;
      items: Array<
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
      >;
    };
    systemsWithoutRecoveryObjective: {
      totalCount: number;
      items: Array<
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
      >;
    };
    criticalSystemsWithoutHost: {
      totalCount: number;
      items: Array<
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
      >;
    };
    nodesWithoutSource: {
      totalCount: number;
      items: Array<
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
      >;
    };
    inferredLinks: {
      totalCount: number;
      items: Array<{
        relationship: {
          id: string;
          type: RelationshipType;
          provenance: Array<{ document: string; section: string }>;
        };
        from:
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string };
        to:
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string };
      }>;
    };
  };
};

export type RecoveryObjectivesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;

export type RecoveryObjectivesQuery = {
  nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { rtoHours: number | null; id: string }
    | { id: string }
  >;
};

export type ImpactQueryVariables = Exact<{
  events?: Array<ImpactEventInput> | ImpactEventInput | null | undefined;
  scenario?: string | null | undefined;
  first: number;
  asAt?: string | null | undefined;
}>;

export type ImpactQuery = {
  impact: {
    graphVersion: number;
    asAt: string | null;
    totalAffected: number;
    headline: {
      servicesDown: number;
      servicesDegraded: number;
      servicesExposed: number;
      plansAtRisk: number;
    };
    events: Array<{ type: ImpactEventType; id: string | null; hours: number | null; date: string | null }>;
    counts: Array<{ kind: NodeKind; state: ImpactState; count: number }>;
    breaches: Array<{
      rtoHours: number;
      downHours: number | null;
      node:
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string };
    }>;
    affected: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean };
      edges: Array<{
        node: {
          state: ImpactState;
          downHours: number | null;
          indefinitelyDown: boolean;
          node:
            | { id: string; kind: NodeKind; name: string }
            | { id: string; kind: NodeKind; name: string }
            | { id: string; kind: NodeKind; name: string }
            | { id: string; kind: NodeKind; name: string }
            | { id: string; kind: NodeKind; name: string }
            | { id: string; kind: NodeKind; name: string }
            | { id: string; kind: NodeKind; name: string };
          explanation: Array<{
            state: ImpactState;
            code: CauseCode;
            reason: string;
            node:
              | { id: string; kind: NodeKind; name: string }
              | { id: string; kind: NodeKind; name: string }
              | { id: string; kind: NodeKind; name: string }
              | { id: string; kind: NodeKind; name: string }
              | { id: string; kind: NodeKind; name: string }
              | { id: string; kind: NodeKind; name: string }
              | { id: string; kind: NodeKind; name: string };
            relationship: { id: string; from: string; type: RelationshipType; to: string } | null;
            hop: {
              text: string;
              inferred: boolean;
              provenance: Array<{
                document: string;
                title: string | null;
                section: string;
                quote: string | null;
              }>;
            } | null;
            lost: Array<
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
            >;
            fallback:
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | null;
          }>;
        };
      }>;
    };
    graph: {
      nodes: Array<{
        state: ImpactState;
        node:
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string }
          | { id: string; kind: NodeKind; name: string };
      }>;
      relationships: Array<{ id: string; from: string; type: RelationshipType; to: string }>;
    };
  };
};

export type ScenariosQueryVariables = Exact<{ [key: string]: never }>;

export type ScenariosQuery = {
  scenarios: Array<{
    id: string;
    name: string;
    description: string | null;
    version: number;
    updatedAt: string;
    events: Array<{ type: ImpactEventType; id: string | null; hours: number | null; date: string | null }>;
  }>;
};

export type SaveScenarioMutationVariables = Exact<{
  input: ScenarioInput;
}>;

export type SaveScenarioMutation = { saveScenario: { id: string; name: string; version: number } };

export type CompareScenariosQueryVariables = Exact<{
  a: string;
  b: string;
  asAt?: string | null | undefined;
}>;

export type CompareScenariosQuery = {
  compareScenarios: {
    newlyAffected: Array<{
      state: ImpactState;
      node:
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string };
    }>;
    noLongerAffected: Array<{
      state: ImpactState;
      node:
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string };
    }>;
    stateChanges: Array<{
      from: ImpactState;
      to: ImpactState;
      node:
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string }
        | { id: string; kind: NodeKind; name: string };
    }>;
  };
};

export const SearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Search' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeKind' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'everyDate' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kinds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'everyDate' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'everyDate' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const NeighbourhoodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Neighbourhood' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeKind' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'RelationshipType' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'direction' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Direction' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhood' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kinds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kinds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'direction' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'direction' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const NodeNamesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NodeNames' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeNamesQuery, NodeNamesQueryVariables>;
export const MetamodelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Metamodel' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metamodel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idPrefix' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'enumValues' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'doc' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationshipTypes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inverse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'doc' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MetamodelQuery, MetamodelQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'development' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canImport' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ContractHorizonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContractHorizon' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractHorizon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contract' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contract' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeDeadline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'impact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalAffected' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'criticalSystems' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partners' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addressedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replacedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asAt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'liveContracts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contract' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endedContracts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contract' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'systemsWithoutLiveContract' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'system' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contracts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContractHorizonQuery, ContractHorizonQueryVariables>;
export const CreateNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateNodeMutation, CreateNodeMutationVariables>;
export const UpdateNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const DeleteNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteNodeMutation, DeleteNodeMutationVariables>;
export const SaveRelationshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveRelationship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'relationship' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RelationshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveRelationship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'relationship' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'relationship' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveRelationshipMutation, SaveRelationshipMutationVariables>;
export const DeleteRelationshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteRelationship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteRelationship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteRelationshipMutation, DeleteRelationshipMutationVariables>;
export const NodeHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NodeHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const ImportGraphDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportGraph' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExchangeFormat' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'files' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'FileInput' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportMode' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importGraph' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'format' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'files' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'files' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'graphVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalChanges' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '1000' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unmapped' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'where' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportGraphMutation, ImportGraphMutationVariables>;
export const MetamodelPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MetamodelPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metamodel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromHash' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toHash' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idPrefix' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'doc' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'impactRole' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'enumValues' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'doc' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minLength' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxLength' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationshipTypes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inverse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'doc' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MetamodelPageQuery, MetamodelPageQueryVariables>;
export const CountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Counts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nodes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'relationships' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byKind' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountsQuery, CountsQueryVariables>;
export const NodeDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NodeDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'live' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'provenance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'document' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Strategy' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Theme' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'System' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hosting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'criticality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rtoHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minServiceLevel' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contract' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'supplier' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noticeMonths' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'valueGbp' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partner' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Site' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'siteKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhood' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depth' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '2000' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fallback' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'redundancy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'k' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'provenance' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'document' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeDetailQuery, NodeDetailQueryVariables>;
export const DataQualityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DataQuality' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataQuality' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contractsWithoutEnd' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contractsWithoutNotice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'systemsWithoutRecoveryObjective' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criticalSystemsWithoutHost' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodesWithoutSource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'inferredLinks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'relationship' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'provenance' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'document' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'from' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'to' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataQualityQuery, DataQualityQueryVariables>;
export const RecoveryObjectivesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecoveryObjectives' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'System' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'rtoHours' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecoveryObjectivesQuery, RecoveryObjectivesQueryVariables>;
export const ImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Impact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'events' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactEventInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scenario' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'events' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'events' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scenario' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scenario' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'graphVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAffected' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'servicesDown' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'servicesDegraded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'servicesExposed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plansAtRisk' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'breaches' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'rtoHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downHours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'affected' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'node' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'downHours' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'indefinitelyDown' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'explanation' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'node' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'relationship' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'hop' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'inferred' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'provenance' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'document' },
                                                    },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'section' },
                                                    },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'lost' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'fallback' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'graph' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relationships' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const ScenariosDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Scenarios' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scenarios' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScenariosQuery, ScenariosQueryVariables>;
export const SaveScenarioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveScenario' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScenarioInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveScenario' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveScenarioMutation, SaveScenarioMutationVariables>;
export const CompareScenariosDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompareScenarios' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'b' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartialDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compareScenarios' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'a' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'b' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'b' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'newlyAffected' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'noLongerAffected' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stateChanges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareScenariosQuery, CompareScenariosQueryVariables>;
