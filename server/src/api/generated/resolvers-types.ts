import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  ReadNode,
  RelationshipModel,
  AffectedItem,
  ImpactReportModel,
  ExplanationStepModel,
  RelationshipRefModel,
  BreachModel,
  ImpactEventModel,
  HorizonEntryModel,
  HorizonImpactModel,
  AsAtViewModel,
  SystemWithoutContractModel,
  ScenarioModel,
  RunComparisonModel,
  NodeStateModel,
  StateChangeModel,
  ChangeModel,
  ChangeSummaryModel,
  InferredLinkModel,
  MetamodelModel,
} from '../models.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: Date; output: Date | string };
  JSON: { input: unknown; output: unknown };
  PartialDate: { input: string; output: string };
};

export type AffectedConnection = {
  readonly __typename?: 'AffectedConnection';
  readonly edges: ReadonlyArray<AffectedEdge>;
  readonly pageInfo: PageInfo;
  /** How many nodes the run affects, of the kinds and states asked for. */
  readonly totalCount: Scalars['Int']['output'];
};

export type AffectedEdge = {
  readonly __typename?: 'AffectedEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: AffectedNode;
};

export type AffectedNode = {
  readonly __typename?: 'AffectedNode';
  /** Other chains by which the events reach this node, shortest first (the first is explanation). */
  readonly alternatives: ReadonlyArray<ReadonlyArray<ExplanationStep>>;
  /** Hours it stays down; null when it is not down or does not come back. */
  readonly downHours?: Maybe<Scalars['Float']['output']>;
  /** The chain from an event to this node, event first. */
  readonly explanation: ReadonlyArray<ExplanationStep>;
  readonly indefinitelyDown: Scalars['Boolean']['output'];
  readonly node: Node;
  readonly state: ImpactState;
};

export type AffectedNodeAlternativesArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
};

export type AsAtView = {
  readonly __typename?: 'AsAtView';
  readonly date: Scalars['PartialDate']['output'];
  readonly endedContracts: ReadonlyArray<Node>;
  readonly liveContracts: ReadonlyArray<Node>;
  readonly systemsWithoutLiveContract: ReadonlyArray<SystemWithoutContract>;
};

export type Backup = {
  readonly __typename?: 'Backup';
  readonly at: Scalars['DateTime']['output'];
  /** Where the copy was written, on the server's machine. */
  readonly directory: Scalars['String']['output'];
  readonly graphVersion: Scalars['Int']['output'];
};

export type Breach = {
  readonly __typename?: 'Breach';
  /** Hours down; null when it does not come back. */
  readonly downHours?: Maybe<Scalars['Float']['output']>;
  readonly node: Node;
  readonly rtoHours: Scalars['Float']['output'];
};

/** A node with more new neighbours than the walk's hubLimit: it follows the first hubLimit, by id. */
export type CappedNode = {
  readonly __typename?: 'CappedNode';
  readonly id: Scalars['ID']['output'];
  /** How many new neighbours of the asked kinds its relationships (of the asked types, live on the date) lead to. */
  readonly total: Scalars['Int']['output'];
};

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

export type Change = {
  readonly __typename?: 'Change';
  readonly action: ChangeAction;
  readonly actor: Scalars['String']['output'];
  readonly after?: Maybe<Scalars['JSON']['output']>;
  /** When it was made. */
  readonly at: Scalars['DateTime']['output'];
  readonly before?: Maybe<Scalars['JSON']['output']>;
  readonly index: Scalars['Int']['output'];
  readonly subjects: ReadonlyArray<Scalars['ID']['output']>;
  readonly target: ChangeTarget;
  /** Node id, or relationship id. */
  readonly targetId: Scalars['ID']['output'];
  /** Graph version the change produced. */
  readonly version: Scalars['Int']['output'];
};

export type ChangeAction = 'CREATE' | 'DELETE' | 'UPDATE';

/** Changes, newest first; the history's length is not counted. */
export type ChangeConnection = {
  readonly __typename?: 'ChangeConnection';
  readonly edges: ReadonlyArray<ChangeEdge>;
  readonly pageInfo: PageInfo;
};

export type ChangeEdge = {
  readonly __typename?: 'ChangeEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: Change;
};

export type ChangeSummary = {
  readonly __typename?: 'ChangeSummary';
  readonly changes: ReadonlyArray<Change>;
  readonly created: Scalars['Int']['output'];
  readonly deleted: Scalars['Int']['output'];
  /** True when nothing was written: the summary says what would change. */
  readonly dryRun: Scalars['Boolean']['output'];
  readonly graphVersion: Scalars['Int']['output'];
  readonly totalChanges: Scalars['Int']['output'];
  readonly unchanged: Scalars['Int']['output'];
  readonly updated: Scalars['Int']['output'];
};

export type ChangeSummaryChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ChangeTarget = 'NODE' | 'RELATIONSHIP';

/** One all-or-nothing batch: any bad item and nothing changes; the error lists every bad item. */
export type ChangesInput = {
  readonly deleteNodes?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  readonly deleteRelationships?: InputMaybe<ReadonlyArray<RelationshipRefInput>>;
  readonly nodes?: InputMaybe<ReadonlyArray<NodeInput>>;
  readonly relationships?: InputMaybe<ReadonlyArray<RelationshipInput>>;
};

export type Contract = Node & {
  readonly __typename?: 'Contract';
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  readonly name: Scalars['String']['output'];
  /** Notice period, in months. */
  readonly noticeMonths?: Maybe<Scalars['Int']['output']>;
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** The supplier, as the source names it. */
  readonly supplier?: Maybe<Scalars['String']['output']>;
  /** Contract value in pounds sterling, where known. */
  readonly valueGbp?: Maybe<Scalars['Float']['output']>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type ContractHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Counts = {
  readonly __typename?: 'Counts';
  readonly byKind: ReadonlyArray<KindCount>;
  readonly graphVersion: Scalars['Int']['output'];
  readonly nodes: Scalars['Int']['output'];
  readonly relationships: Scalars['Int']['output'];
};

export type Criticality = 'CRITICAL' | 'HIGH' | 'LOW' | 'MEDIUM';

/** What the graph does not know and an answer needs, as stored today (every date). */
export type DataQuality = {
  readonly __typename?: 'DataQuality';
  /** Contracts with no end date: the contract horizon cannot warn of their lapse. */
  readonly contractsWithoutEnd: NodeGap;
  /** Contracts with no notice period: the horizon cannot say when to give notice. */
  readonly contractsWithoutNotice: NodeGap;
  /** Systems of high or critical criticality hosted at no site: a site's failure cannot reach them. */
  readonly criticalSystemsWithoutHost: NodeGap;
  /** Relationships that every source only implies. */
  readonly inferredLinks: InferredLinkGap;
  /** Nodes that cite no source. */
  readonly nodesWithoutSource: NodeGap;
  /** Systems with no recovery objective: no breach can be reported for them. */
  readonly systemsWithoutRecoveryObjective: NodeGap;
};

export type Direction = 'BOTH' | 'IN' | 'OUT';

export type ExchangeFormat = 'ARCHIMATE' | 'CSV' | 'JSON';

/** One step of an explanation: the node, how the failure reached it and why. */
export type ExplanationStep = {
  readonly __typename?: 'ExplanationStep';
  readonly code: CauseCode;
  readonly fallback?: Maybe<Node>;
  /** For a redundancy group: members still holding, of how many, and how many it needs. */
  readonly held?: Maybe<Scalars['Int']['output']>;
  /** The same relationship in words, with its provenance; null for the event's own node. */
  readonly hop?: Maybe<Hop>;
  readonly k?: Maybe<Scalars['Int']['output']>;
  /** For a redundancy group: every member lost, each a cause. */
  readonly lost: ReadonlyArray<Node>;
  readonly node: Node;
  /**
   * Why, in one sentence in names, the relationship it came along included: 'Email depends on
   * Regional Data Centre, which is exposed, so Email is one more failure away from down'.
   */
  readonly reason: Scalars['String']['output'];
  /** The relationship it came along; null for the event's own node. */
  readonly relationship?: Maybe<RelationshipRef>;
  readonly size?: Maybe<Scalars['Int']['output']>;
  readonly state: ImpactState;
};

export type ExportedFile = {
  readonly __typename?: 'ExportedFile';
  readonly name: Scalars['String']['output'];
  readonly text: Scalars['String']['output'];
};

export type FieldInfo = {
  readonly __typename?: 'FieldInfo';
  readonly doc: Scalars['String']['output'];
  readonly enumValues?: Maybe<ReadonlyArray<Scalars['String']['output']>>;
  /** The greatest value a number field takes. */
  readonly max?: Maybe<Scalars['Float']['output']>;
  /** The most characters a text field takes. */
  readonly maxLength?: Maybe<Scalars['Int']['output']>;
  /** The least value a number field takes. */
  readonly min?: Maybe<Scalars['Float']['output']>;
  /** The fewest characters a text field takes. */
  readonly minLength?: Maybe<Scalars['Int']['output']>;
  readonly name: Scalars['String']['output'];
  readonly required: Scalars['Boolean']['output'];
  readonly type: Scalars['String']['output'];
};

export type FileInput = {
  readonly name: Scalars['String']['input'];
  readonly text: Scalars['String']['input'];
};

/** The relationship a step came along, in words, with where the fact comes from. */
export type Hop = {
  readonly __typename?: 'Hop';
  readonly from: Node;
  /** The relationship's id. */
  readonly id: Scalars['ID']['output'];
  /** True when any source only implies the relationship rather than stating it. */
  readonly inferred: Scalars['Boolean']['output'];
  readonly note?: Maybe<Scalars['String']['output']>;
  /** Where the relationship comes from: source document, section and quote. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** The relationship as a sentence in names: 'Email is hosted at Gun Wharf'. */
  readonly text: Scalars['String']['output'];
  readonly to: Node;
  readonly type: RelationshipType;
  /** The type in words: HOSTED_AT is 'hosted at'. */
  readonly words: Scalars['String']['output'];
};

export type HorizonEntry = {
  readonly __typename?: 'HorizonEntry';
  readonly addressedBy: ReadonlyArray<Node>;
  readonly contract: Node;
  readonly end: Scalars['PartialDate']['output'];
  /** What the contract's lapse would affect. */
  readonly impact: HorizonImpact;
  /** Successors live the day after the end: while there is one, the contract does not lapse. */
  readonly liveSuccessors: ReadonlyArray<Node>;
  /** Last day to give notice. */
  readonly noticeDeadline?: Maybe<Scalars['PartialDate']['output']>;
  readonly noticeMonths?: Maybe<Scalars['Int']['output']>;
  readonly replacedBy: ReadonlyArray<Node>;
};

export type HorizonImpact = {
  readonly __typename?: 'HorizonImpact';
  /** The day the lapse is seen: the day after the contract's end. */
  readonly asAt?: Maybe<Scalars['PartialDate']['output']>;
  /** The same call as impact(events: [{type: CONTRACT_LAPSES, id}]): the contract itself included. */
  readonly counts: ReadonlyArray<ImpactCount>;
  readonly criticalSystems: ReadonlyArray<Node>;
  readonly headline: ImpactHeadline;
  readonly partners: ReadonlyArray<Node>;
  readonly totalAffected: Scalars['Int']['output'];
};

export type Hosting = 'CLOUD' | 'HYBRID' | 'ON_PREMISES' | 'PARTNER';

export type ImpactCount = {
  readonly __typename?: 'ImpactCount';
  readonly count: Scalars['Int']['output'];
  readonly kind: NodeKind;
  readonly state: ImpactState;
};

/** Which end of a relationship is affected when the other end fails. */
export type ImpactDirection = 'NONE' | 'SOURCE' | 'TARGET';

export type ImpactEvent = {
  readonly __typename?: 'ImpactEvent';
  readonly date?: Maybe<Scalars['PartialDate']['output']>;
  readonly hours?: Maybe<Scalars['Float']['output']>;
  readonly id?: Maybe<Scalars['ID']['output']>;
  readonly type: ImpactEventType;
};

/**
 * One event of a what-if run:
 * NODE_FAILS (id; hours for an outage of that length, absent for good),
 * CONTRACT_LAPSES (id of a contract, at its end date),
 * CONTRACTS_ENDED_BY (date: every contract ended by then with no live successor).
 */
export type ImpactEventInput = {
  readonly date?: InputMaybe<Scalars['PartialDate']['input']>;
  readonly hours?: InputMaybe<Scalars['Float']['input']>;
  readonly id?: InputMaybe<Scalars['ID']['input']>;
  readonly type: ImpactEventType;
};

export type ImpactEventType = 'CONTRACTS_ENDED_BY' | 'CONTRACT_LAPSES' | 'NODE_FAILS';

/** The affected subgraph: every node the run reaches, with its state, and the relationships between them. */
export type ImpactGraph = {
  readonly __typename?: 'ImpactGraph';
  readonly nodes: ReadonlyArray<NodeState>;
  readonly relationships: ReadonlyArray<RelationshipRef>;
};

/**
 * The headline of a run. Services are every kind but plans: down (not serving), degraded (serving
 * with less function: on a fallback, or needing something degraded), exposed (serving fully with
 * less redundancy than designed: one more failure away from down). Plans (strategies, themes,
 * projects) that lose what they need are at risk, counted apart.
 */
export type ImpactHeadline = {
  readonly __typename?: 'ImpactHeadline';
  readonly plansAtRisk: Scalars['Int']['output'];
  readonly servicesDegraded: Scalars['Int']['output'];
  readonly servicesDown: Scalars['Int']['output'];
  readonly servicesExposed: Scalars['Int']['output'];
};

export type ImpactReport = {
  readonly __typename?: 'ImpactReport';
  /** Affected nodes, events first, then in the order the failure reached them. */
  readonly affected: AffectedConnection;
  /** One node's state and explanation; null when the events leave it unaffected. */
  readonly affectedNode?: Maybe<AffectedNode>;
  /** The day the run is as at: only what is live then carries impact. */
  readonly asAt?: Maybe<Scalars['PartialDate']['output']>;
  readonly breaches: ReadonlyArray<Breach>;
  readonly counts: ReadonlyArray<ImpactCount>;
  readonly events: ReadonlyArray<ImpactEvent>;
  /** The affected subgraph: nodes with their states and the relationships the failure can travel. */
  readonly graph: ImpactGraph;
  readonly graphVersion: Scalars['Int']['output'];
  readonly headline: ImpactHeadline;
  readonly totalAffected: Scalars['Int']['output'];
};

export type ImpactReportAffectedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<ReadonlyArray<NodeKind>>;
  states?: InputMaybe<ReadonlyArray<ImpactState>>;
};

export type ImpactReportAffectedNodeArgs = {
  id: Scalars['ID']['input'];
};

/** How the impact engine treats a kind: strategic (at risk), contract (lapses), service, party or place. */
export type ImpactRole = 'contract' | 'party' | 'place' | 'service' | 'strategic';

export type ImpactState = 'AT_RISK' | 'DEGRADED' | 'DOWN' | 'EXPOSED' | 'UNAFFECTED';

/** MERGE adds and updates; REPLACE also deletes what the file does not have. */
export type ImportMode = 'MERGE' | 'REPLACE';

export type ImportResult = {
  readonly __typename?: 'ImportResult';
  readonly summary: ChangeSummary;
  readonly unmapped: ReadonlyArray<UnmappedItem>;
};

/** A relationship that its sources only imply, with both ends. */
export type InferredLink = {
  readonly __typename?: 'InferredLink';
  readonly from: Node;
  readonly relationship: Relationship;
  readonly to: Node;
};

export type InferredLinkGap = {
  readonly __typename?: 'InferredLinkGap';
  readonly items: ReadonlyArray<InferredLink>;
  readonly totalCount: Scalars['Int']['output'];
};

export type KindCount = {
  readonly __typename?: 'KindCount';
  readonly count: Scalars['Int']['output'];
  readonly kind: NodeKind;
};

export type KindInfo = {
  readonly __typename?: 'KindInfo';
  readonly doc?: Maybe<Scalars['String']['output']>;
  readonly fields: ReadonlyArray<FieldInfo>;
  readonly idPrefix: Scalars['String']['output'];
  /** How the impact engine treats it. */
  readonly impactRole: ImpactRole;
  readonly kind: NodeKind;
};

/** Who is asking, as the server sees them. */
export type Me = {
  readonly __typename?: 'Me';
  readonly canEdit: Scalars['Boolean']['output'];
  readonly canImport: Scalars['Boolean']['output'];
  /** True when the server runs in development mode (no authentication; everyone is admin). */
  readonly development: Scalars['Boolean']['output'];
  readonly name: Scalars['String']['output'];
  /** null: no token was sent and reads are open. */
  readonly role?: Maybe<Role>;
};

export type Metamodel = {
  readonly __typename?: 'Metamodel';
  /** The changes made to the store's metamodel through changeMetamodel, newest first. */
  readonly changes: ReadonlyArray<MetamodelChangeRecord>;
  /** A hash of what the store's schema follows from the metamodel (kinds, fields, rules). */
  readonly hash: Scalars['String']['output'];
  readonly kinds: ReadonlyArray<KindInfo>;
  /** The metamodel file's name (council, archimate…). */
  readonly name: Scalars['String']['output'];
  readonly relationshipTypes: ReadonlyArray<RelationshipRule>;
};

export type MetamodelChange = {
  readonly __typename?: 'MetamodelChange';
  /** True when the change was made; false on a dry run or when there was nothing to change. */
  readonly applied: Scalars['Boolean']['output'];
  /** The change as the store recorded it; null when nothing was applied. */
  readonly change?: Maybe<MetamodelChangeRecord>;
  /** How it differs from the metamodel being served, in what the stores and the impact engine hold. */
  readonly differences: ReadonlyArray<Scalars['String']['output']>;
  /** The submitted metamodel's name. */
  readonly name: Scalars['String']['output'];
};

/** One change of the store's metamodel: who made it, when, and from which metamodel to which. */
export type MetamodelChangeRecord = {
  readonly __typename?: 'MetamodelChangeRecord';
  /** Who (the token's name). */
  readonly actor: Scalars['String']['output'];
  /** When (ISO timestamp). */
  readonly at: Scalars['String']['output'];
  /** The hash of what the store's schema followed before (Metamodel.hash). */
  readonly fromHash: Scalars['String']['output'];
  readonly fromName: Scalars['String']['output'];
  readonly toHash: Scalars['String']['output'];
  readonly toName: Scalars['String']['output'];
  /** The graph version the change produced. */
  readonly version: Scalars['Int']['output'];
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Applies a batch atomically; with dryRun, reports what would change and writes nothing. */
  readonly applyChanges: ChangeSummary;
  /** A consistent copy of the embedded store, taken while it runs, into the backup folder (admin). */
  readonly backup: Backup;
  /**
   * Changes the store's metamodel (admin). The file (YAML or JSON, as under metamodels/) is checked
   * as at start-up: a bad one is refused naming each line and reason. It is then checked against
   * the graph as a batch would be: a file that would leave existing nodes or relationships invalid
   * (a kind, field or relationship type they use removed, a value outside new limits) is refused
   * listing every one (BAD_USER_INPUT, extensions.issues). With dryRun (the default) nothing more is
   * done. Without it, the change is applied: the store's schema follows the new metamodel, the
   * change is recorded (Metamodel.changes), and the next request is served a schema with its
   * kinds, fields and enums. A failure leaves the old metamodel, schema and data in force.
   */
  readonly changeMetamodel: MetamodelChange;
  /** Creates a node; CONFLICT when the id is taken. */
  readonly createNode: Node;
  /** Creates a relationship, beside any others of the same type between the same nodes; answers it with its id. CONFLICT when the id given is taken. */
  readonly createRelationship: Relationship;
  /** Deletes a node and its relationships; answers its id. */
  readonly deleteNode: Scalars['ID']['output'];
  /** Deletes (unlinks) the relationship with this id; answers the id. */
  readonly deleteRelationship: Scalars['ID']['output'];
  /** Deletes a scenario; answers its id. */
  readonly deleteScenario: Scalars['ID']['output'];
  /**
   * Imports files of one format in one transaction; a malformed or invalid file changes nothing
   * and the error names the line or element and the reason. With dryRun, reports what would change.
   * mapping: an edited ArchiMate mapping (see ARCHIMATE.md), for ARCHIMATE only.
   */
  readonly importGraph: ImportResult;
  /** Creates or replaces a relationship: by id, else the one with these ends and type. */
  readonly saveRelationship: Relationship;
  /** Creates or updates a scenario. */
  readonly saveScenario: Scenario;
  /** Replaces a node's fields; NOT_FOUND when it does not exist, CONFLICT on a stale expectedVersion. */
  readonly updateNode: Node;
  /** Replaces the fields of the relationship with relationship.id (its ends and type cannot change); NOT_FOUND when there is none. */
  readonly updateRelationship: Relationship;
};

export type MutationApplyChangesArgs = {
  changes: ChangesInput;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MutationChangeMetamodelArgs = {
  definition: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MutationCreateNodeArgs = {
  node: NodeInput;
};

export type MutationCreateRelationshipArgs = {
  relationship: RelationshipInput;
};

export type MutationDeleteNodeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type MutationDeleteRelationshipArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeleteScenarioArgs = {
  id: Scalars['ID']['input'];
};

export type MutationImportGraphArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  files: ReadonlyArray<FileInput>;
  format: ExchangeFormat;
  mapping?: InputMaybe<Scalars['JSON']['input']>;
  mode?: InputMaybe<ImportMode>;
};

export type MutationSaveRelationshipArgs = {
  relationship: RelationshipInput;
};

export type MutationSaveScenarioArgs = {
  input: ScenarioInput;
};

export type MutationUpdateNodeArgs = {
  node: NodeInput;
};

export type MutationUpdateRelationshipArgs = {
  relationship: RelationshipInput;
};

export type Node = {
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  readonly name: Scalars['String']['output'];
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type NodeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NodeConnection = {
  readonly __typename?: 'NodeConnection';
  readonly edges: ReadonlyArray<NodeEdge>;
  readonly pageInfo: PageInfo;
  /** How many nodes match, on every page together. */
  readonly totalCount: Scalars['Int']['output'];
};

export type NodeEdge = {
  readonly __typename?: 'NodeEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: Node;
};

/** Nodes missing something an answer needs: how many, and the first of them in name order. */
export type NodeGap = {
  readonly __typename?: 'NodeGap';
  readonly items: ReadonlyArray<Node>;
  readonly totalCount: Scalars['Int']['output'];
};

/** A node to create or replace. Fields a kind does not have are refused, naming the field. */
export type NodeInput = {
  readonly aliases?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** What sort of system it is. (only for kinds that have it) */
  readonly category?: InputMaybe<SystemCategory>;
  /** The action number the source gives, e.g. "3.4". (only for kinds that have it) */
  readonly code?: InputMaybe<Scalars['String']['input']>;
  /** How much the business depends on it. (only for kinds that have it) */
  readonly criticality?: InputMaybe<Criticality>;
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** When it ends (year, month or day precision). (only for kinds that have it) */
  readonly end?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The version you loaded: a different stored version is a CONFLICT (0: the node must not exist yet). */
  readonly expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Where it runs. (only for kinds that have it) */
  readonly hosting?: InputMaybe<Hosting>;
  readonly id: Scalars['ID']['input'];
  readonly kind: NodeKind;
  /** Town or address. (only for kinds that have it) */
  readonly location?: InputMaybe<Scalars['String']['input']>;
  /** Minimum service level (availability), in per cent. (only for kinds that have it) */
  readonly minServiceLevel?: InputMaybe<Scalars['Float']['input']>;
  readonly name: Scalars['String']['input'];
  /** Notice period, in months. (only for kinds that have it) */
  readonly noticeMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The accountable owner (a role or person). (only for kinds that have it) */
  readonly owner?: InputMaybe<Scalars['String']['input']>;
  /** Only planned: with no start date it is never live. (only for kinds that have it) */
  readonly planned?: InputMaybe<Scalars['Boolean']['input']>;
  readonly provenance?: InputMaybe<ReadonlyArray<ProvenanceInput>>;
  /** What the partner is to us, e.g. "supplier" or "network customer". (only for kinds that have it) */
  readonly role?: InputMaybe<Scalars['String']['input']>;
  /** Recovery time objective, in hours. (only for kinds that have it) */
  readonly rtoHours?: InputMaybe<Scalars['Float']['input']>;
  /** The sector the partner belongs to. (only for kinds that have it) */
  readonly sector?: InputMaybe<PartnerSector>;
  /** What sort of site it is. (only for kinds that have it) */
  readonly siteKind?: InputMaybe<SiteKind>;
  /** When it starts (year, month or day precision). (only for kinds that have it) */
  readonly start?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Where the project stands. (only for kinds that have it) */
  readonly status?: InputMaybe<ProjectStatus>;
  /** The supplier, as the source names it. (only for kinds that have it) */
  readonly supplier?: InputMaybe<Scalars['String']['input']>;
  /** Contract value in pounds sterling, where known. (only for kinds that have it) */
  readonly valueGbp?: InputMaybe<Scalars['Float']['input']>;
};

export type NodeKind = 'Contract' | 'Partner' | 'Project' | 'Site' | 'Strategy' | 'System' | 'Theme';

export type NodeState = {
  readonly __typename?: 'NodeState';
  readonly node: Node;
  readonly state: ImpactState;
};

/**
 * Where a page of a list stands. Every list that pages answers a connection: edges (each item with
 * its cursor), pageInfo and, where the list's length is known, totalCount. Cursors are opaque: pass
 * endCursor back as after for the next page.
 */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** The last item's cursor; null on an empty page. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are items after this page. */
  readonly hasNextPage: Scalars['Boolean']['output'];
  /** True when there are items before this page (the page was asked for after a cursor). */
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  /** The first item's cursor; null on an empty page. */
  readonly startCursor?: Maybe<Scalars['String']['output']>;
};

export type Partner = Node & {
  readonly __typename?: 'Partner';
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  readonly name: Scalars['String']['output'];
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** What the partner is to us, e.g. "supplier" or "network customer". */
  readonly role?: Maybe<Scalars['String']['output']>;
  /** The sector the partner belongs to. */
  readonly sector?: Maybe<PartnerSector>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type PartnerHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnerSector =
  | 'CENTRAL_GOVERNMENT'
  | 'EDUCATION'
  | 'FIRE_AND_RESCUE'
  | 'HEALTH'
  | 'LOCAL_GOVERNMENT'
  | 'POLICE'
  | 'PRIVATE'
  | 'VOLUNTARY';

export type Project = Node & {
  readonly __typename?: 'Project';
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  /** The action number the source gives, e.g. "3.4". */
  readonly code?: Maybe<Scalars['String']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  readonly name: Scalars['String']['output'];
  /** The accountable owner (a role or person). */
  readonly owner?: Maybe<Scalars['String']['output']>;
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** Where the project stands. */
  readonly status?: Maybe<ProjectStatus>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type ProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectStatus = 'ACTIVE' | 'CANCELLED' | 'COMPLETED' | 'PLANNED' | 'PROPOSED';

export type Provenance = {
  readonly __typename?: 'Provenance';
  /** Source document file name. */
  readonly document: Scalars['String']['output'];
  /** True when the source implies the fact rather than stating it. */
  readonly inferred?: Maybe<Scalars['Boolean']['output']>;
  readonly quote?: Maybe<Scalars['String']['output']>;
  /** Section or paragraph of the document. */
  readonly section: Scalars['String']['output'];
  /** The document's title when it is one of the built-in dataset's sources; null otherwise. */
  readonly title?: Maybe<Scalars['String']['output']>;
};

export type ProvenanceInput = {
  readonly document: Scalars['String']['input'];
  readonly inferred?: InputMaybe<Scalars['Boolean']['input']>;
  readonly quote?: InputMaybe<Scalars['String']['input']>;
  readonly section: Scalars['String']['input'];
};

export type Query = {
  readonly __typename?: 'Query';
  /** Which contracts are live on a date, and which contracted systems then have none. */
  readonly asAt: AsAtView;
  /** Scenario b against scenario a: what b adds, spares and changes. */
  readonly compareScenarios: RunComparison;
  /**
   * Contracts ending between two dates, soonest first, as at a date (default today): those begun by
   * then, in force or since ended; a contract that starts later, or is planned with no start, is not
   * there yet. Each one's impact is its lapse as at the day after its end, whatever asAt is.
   */
  readonly contractHorizon: ReadonlyArray<HorizonEntry>;
  readonly counts: Counts;
  /** What the graph does not know and an answer needs; each list holds its first `first` items. */
  readonly dataQuality: DataQuality;
  /** How the failure of one node reaches another as at a date (default today): up to count chains, shortest first. */
  readonly explainPath: ReadonlyArray<ReadonlyArray<ExplanationStep>>;
  /** The whole graph as files of the format (CSV: nodes.csv and relationships.csv). */
  readonly exportGraph: ReadonlyArray<ExportedFile>;
  /** Recorded changes, newest first: of one node (and its relationships) or of the whole graph, since a date. */
  readonly history: ChangeConnection;
  /**
   * A what-if run: the events given, or a saved scenario's, as at a date: only what is live then
   * carries impact. Default: a contract's lapse is seen the day after its end, contracts ended by
   * a date the day after it; anything else today.
   */
  readonly impact: ImpactReport;
  readonly me: Me;
  readonly metamodel: Metamodel;
  /**
   * The node and what lies within depth relationships of it, as at asAt (default today): only
   * nodes and relationships live on that date. The start node is always there; when it is not live
   * itself, nothing is connected to it on that date and it comes alone, with live false.
   */
  readonly neighbourhood: Subgraph;
  /**
   * The node with this id, whatever its dates: NOT_FOUND when there is none. One that is not live
   * on asAt (default today) is still answered, with live false: a link to it keeps working.
   */
  readonly node: Node;
  /** Nodes with these ids, in order, whatever their dates; NOT_FOUND names any that do not exist. */
  readonly nodes: ReadonlyArray<Node>;
  readonly scenario: Scenario;
  readonly scenarios: ReadonlyArray<Scenario>;
  /** Nodes live on asAt (default today) with every word of the text, in any order, in their name, aliases, description or kind (one typo tolerated per word), best matches first. */
  readonly search: NodeConnection;
};

export type QueryAsAtArgs = {
  date: Scalars['PartialDate']['input'];
};

export type QueryCompareScenariosArgs = {
  a: Scalars['ID']['input'];
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  b: Scalars['ID']['input'];
};

export type QueryContractHorizonArgs = {
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  from: Scalars['PartialDate']['input'];
  to: Scalars['PartialDate']['input'];
};

export type QueryDataQualityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryExplainPathArgs = {
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  count?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};

export type QueryExportGraphArgs = {
  format: ExchangeFormat;
};

export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryImpactArgs = {
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  events?: InputMaybe<ReadonlyArray<ImpactEventInput>>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryNeighbourhoodArgs = {
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<Direction>;
  hubLimit?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<ReadonlyArray<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<ReadonlyArray<RelationshipType>>;
};

export type QueryNodeArgs = {
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  id: Scalars['ID']['input'];
};

export type QueryNodesArgs = {
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  ids: ReadonlyArray<Scalars['ID']['input']>;
};

export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};

export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
  everyDate?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<ReadonlyArray<NodeKind>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** k of the group's N alternatives must hold for the dependant to stay up. */
export type Redundancy = {
  readonly __typename?: 'Redundancy';
  readonly group: Scalars['String']['output'];
  readonly k: Scalars['Int']['output'];
};

export type RedundancyInput = {
  readonly group: Scalars['String']['input'];
  readonly k: Scalars['Int']['input'];
};

export type Relationship = {
  readonly __typename?: 'Relationship';
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** What takes over when the target fails. */
  readonly fallback?: Maybe<Scalars['ID']['output']>;
  readonly from: Scalars['ID']['output'];
  /** Names this relationship among any others of the same type between the same nodes. */
  readonly id: Scalars['ID']['output'];
  readonly impact: ImpactDirection;
  readonly note?: Maybe<Scalars['String']['output']>;
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  readonly provenance: ReadonlyArray<Provenance>;
  readonly redundancy?: Maybe<Redundancy>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  readonly to: Scalars['ID']['output'];
  readonly type: RelationshipType;
};

export type RelationshipInput = {
  readonly end?: InputMaybe<Scalars['PartialDate']['input']>;
  readonly fallback?: InputMaybe<Scalars['ID']['input']>;
  readonly from: Scalars['ID']['input'];
  /** The relationship's id. Absent: the one relationship with these ends and type, or a new one when there is none (two or more: give the id). */
  readonly id?: InputMaybe<Scalars['ID']['input']>;
  readonly note?: InputMaybe<Scalars['String']['input']>;
  /** Only planned: with no start it is never live. */
  readonly planned?: InputMaybe<Scalars['Boolean']['input']>;
  readonly provenance?: InputMaybe<ReadonlyArray<ProvenanceInput>>;
  readonly redundancy?: InputMaybe<RedundancyInput>;
  readonly start?: InputMaybe<Scalars['PartialDate']['input']>;
  readonly to: Scalars['ID']['input'];
  readonly type: RelationshipType;
};

export type RelationshipRef = {
  readonly __typename?: 'RelationshipRef';
  readonly from: Scalars['ID']['output'];
  readonly id: Scalars['ID']['output'];
  readonly to: Scalars['ID']['output'];
  readonly type: RelationshipType;
};

/** A relationship to delete: its id, or its from, type and to when only one such exists. */
export type RelationshipRefInput = {
  readonly from?: InputMaybe<Scalars['ID']['input']>;
  readonly id?: InputMaybe<Scalars['ID']['input']>;
  readonly to?: InputMaybe<Scalars['ID']['input']>;
  readonly type?: InputMaybe<RelationshipType>;
};

export type RelationshipRule = {
  readonly __typename?: 'RelationshipRule';
  readonly doc: Scalars['String']['output'];
  readonly from: ReadonlyArray<NodeKind>;
  readonly impact: ImpactDirection;
  readonly inverse: Scalars['String']['output'];
  readonly to: ReadonlyArray<NodeKind>;
  readonly type: RelationshipType;
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

export type RunComparison = {
  readonly __typename?: 'RunComparison';
  readonly newlyAffected: ReadonlyArray<NodeState>;
  readonly noLongerAffected: ReadonlyArray<NodeState>;
  readonly stateChanges: ReadonlyArray<StateChange>;
};

export type Scenario = {
  readonly __typename?: 'Scenario';
  readonly createdAt: Scalars['DateTime']['output'];
  readonly description?: Maybe<Scalars['String']['output']>;
  readonly events: ReadonlyArray<ImpactEvent>;
  readonly id: Scalars['ID']['output'];
  /** The scenario run on the graph as at a date (default: the day its events imply, else today). */
  readonly impact: ImpactReport;
  readonly name: Scalars['String']['output'];
  readonly updatedAt: Scalars['DateTime']['output'];
  readonly version: Scalars['Int']['output'];
};

export type ScenarioImpactArgs = {
  asAt?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type ScenarioInput = {
  readonly description?: InputMaybe<Scalars['String']['input']>;
  readonly events: ReadonlyArray<ImpactEventInput>;
  /** For updates: the version you loaded; a different stored version is a CONFLICT. */
  readonly expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** lower-case words joined by hyphens */
  readonly id: Scalars['ID']['input'];
  readonly name: Scalars['String']['input'];
};

export type Site = Node & {
  readonly __typename?: 'Site';
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  /** Town or address. */
  readonly location?: Maybe<Scalars['String']['output']>;
  readonly name: Scalars['String']['output'];
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** What sort of site it is. */
  readonly siteKind?: Maybe<SiteKind>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type SiteHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SiteKind =
  'DATA_CENTRE' | 'EMERGENCY_SERVICES' | 'HEALTH' | 'LIBRARY' | 'OFFICE' | 'OTHER' | 'SCHOOL';

export type StateChange = {
  readonly __typename?: 'StateChange';
  readonly from: ImpactState;
  readonly node: Node;
  readonly to: ImpactState;
};

export type Strategy = Node & {
  readonly __typename?: 'Strategy';
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  readonly name: Scalars['String']['output'];
  /** The organisation that owns the strategy. */
  readonly owner?: Maybe<Scalars['String']['output']>;
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type StrategyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Subgraph = {
  readonly __typename?: 'Subgraph';
  /** Hubs met on the walk whose new neighbours were cut to hubLimit, with how many each had. */
  readonly capped: ReadonlyArray<CappedNode>;
  readonly nodes: ReadonlyArray<Node>;
  readonly relationships: ReadonlyArray<Relationship>;
  /** True when the node limit cut the neighbourhood short. */
  readonly truncated: Scalars['Boolean']['output'];
};

export type System = Node & {
  readonly __typename?: 'System';
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  /** What sort of system it is. */
  readonly category?: Maybe<SystemCategory>;
  /** How much the business depends on it. */
  readonly criticality?: Maybe<Criticality>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Where it runs. */
  readonly hosting?: Maybe<Hosting>;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  /** Minimum service level (availability), in per cent. */
  readonly minServiceLevel?: Maybe<Scalars['Float']['output']>;
  readonly name: Scalars['String']['output'];
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** Recovery time objective, in hours. */
  readonly rtoHours?: Maybe<Scalars['Float']['output']>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type SystemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SystemCategory = 'APPLICATION' | 'INFRASTRUCTURE' | 'NETWORK' | 'PLATFORM' | 'SERVICE';

export type SystemWithoutContract = {
  readonly __typename?: 'SystemWithoutContract';
  readonly contracts: ReadonlyArray<Node>;
  readonly system: Node;
};

export type Theme = Node & {
  readonly __typename?: 'Theme';
  readonly aliases: ReadonlyArray<Scalars['String']['output']>;
  /** The number or label the source gives the theme, e.g. "Priority 2". */
  readonly code?: Maybe<Scalars['String']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  /** When it ends (year, month or day precision). */
  readonly end?: Maybe<Scalars['PartialDate']['output']>;
  /** Changes to the node and its relationships, newest first. */
  readonly history: ChangeConnection;
  /** Stable readable id, kind:slug (e.g. contract:kpsn-unisys). */
  readonly id: Scalars['ID']['output'];
  readonly kind: NodeKind;
  /**
   * Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
   * neighbourhood (default today); today for a node reached any other way. node(id) answers for a
   * node that is not live, and says so here.
   */
  readonly live: Scalars['Boolean']['output'];
  readonly name: Scalars['String']['output'];
  /** Only planned: with no start date it is never live. */
  readonly planned?: Maybe<Scalars['Boolean']['output']>;
  /** Where the facts come from: source document and section. */
  readonly provenance: ReadonlyArray<Provenance>;
  /** When it starts (year, month or day precision). */
  readonly start?: Maybe<Scalars['PartialDate']['output']>;
  /** Bumped by every change to the node. */
  readonly version: Scalars['Int']['output'];
};

export type ThemeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Something the file has that the metamodel cannot take: reported, never silently dropped. */
export type UnmappedItem = {
  readonly __typename?: 'UnmappedItem';
  readonly name?: Maybe<Scalars['String']['output']>;
  readonly reason: Scalars['String']['output'];
  readonly type: Scalars['String']['output'];
  readonly where: Scalars['String']['output'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AffectedConnection: ResolverTypeWrapper<
    Omit<AffectedConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['AffectedEdge']> }
  >;
  AffectedEdge: ResolverTypeWrapper<Omit<AffectedEdge, 'node'> & { node: ResolversTypes['AffectedNode'] }>;
  AffectedNode: ResolverTypeWrapper<AffectedItem>;
  AsAtView: ResolverTypeWrapper<AsAtViewModel>;
  Backup: ResolverTypeWrapper<Backup>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Breach: ResolverTypeWrapper<BreachModel>;
  CappedNode: ResolverTypeWrapper<CappedNode>;
  CauseCode: CauseCode;
  Change: ResolverTypeWrapper<ChangeModel>;
  ChangeAction: ChangeAction;
  ChangeConnection: ResolverTypeWrapper<
    Omit<ChangeConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ChangeEdge']> }
  >;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeSummary: ResolverTypeWrapper<ChangeSummaryModel>;
  ChangeTarget: ChangeTarget;
  ChangesInput: ChangesInput;
  Contract: ResolverTypeWrapper<ReadNode>;
  Counts: ResolverTypeWrapper<Counts>;
  Criticality: Criticality;
  DataQuality: ResolverTypeWrapper<
    Omit<
      DataQuality,
      | 'contractsWithoutEnd'
      | 'contractsWithoutNotice'
      | 'criticalSystemsWithoutHost'
      | 'inferredLinks'
      | 'nodesWithoutSource'
      | 'systemsWithoutRecoveryObjective'
    > & {
      contractsWithoutEnd: ResolversTypes['NodeGap'];
      contractsWithoutNotice: ResolversTypes['NodeGap'];
      criticalSystemsWithoutHost: ResolversTypes['NodeGap'];
      inferredLinks: ResolversTypes['InferredLinkGap'];
      nodesWithoutSource: ResolversTypes['NodeGap'];
      systemsWithoutRecoveryObjective: ResolversTypes['NodeGap'];
    }
  >;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  ExchangeFormat: ExchangeFormat;
  ExplanationStep: ResolverTypeWrapper<ExplanationStepModel>;
  ExportedFile: ResolverTypeWrapper<ExportedFile>;
  FieldInfo: ResolverTypeWrapper<FieldInfo>;
  FileInput: FileInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Hop: ResolverTypeWrapper<RelationshipRefModel>;
  HorizonEntry: ResolverTypeWrapper<HorizonEntryModel>;
  HorizonImpact: ResolverTypeWrapper<HorizonImpactModel>;
  Hosting: Hosting;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImpactCount: ResolverTypeWrapper<ImpactCount>;
  ImpactDirection: ImpactDirection;
  ImpactEvent: ResolverTypeWrapper<ImpactEventModel>;
  ImpactEventInput: ImpactEventInput;
  ImpactEventType: ImpactEventType;
  ImpactGraph: ResolverTypeWrapper<
    Omit<ImpactGraph, 'nodes' | 'relationships'> & {
      nodes: ReadonlyArray<ResolversTypes['NodeState']>;
      relationships: ReadonlyArray<ResolversTypes['RelationshipRef']>;
    }
  >;
  ImpactHeadline: ResolverTypeWrapper<ImpactHeadline>;
  ImpactReport: ResolverTypeWrapper<ImpactReportModel>;
  ImpactRole: ImpactRole;
  ImpactState: ImpactState;
  ImportMode: ImportMode;
  ImportResult: ResolverTypeWrapper<
    Omit<ImportResult, 'summary'> & { summary: ResolversTypes['ChangeSummary'] }
  >;
  InferredLink: ResolverTypeWrapper<InferredLinkModel>;
  InferredLinkGap: ResolverTypeWrapper<
    Omit<InferredLinkGap, 'items'> & { items: ReadonlyArray<ResolversTypes['InferredLink']> }
  >;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  KindInfo: ResolverTypeWrapper<KindInfo>;
  Me: ResolverTypeWrapper<Me>;
  Metamodel: ResolverTypeWrapper<MetamodelModel>;
  MetamodelChange: ResolverTypeWrapper<MetamodelChange>;
  MetamodelChangeRecord: ResolverTypeWrapper<MetamodelChangeRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ReadNode>;
  NodeConnection: ResolverTypeWrapper<
    Omit<NodeConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['NodeEdge']> }
  >;
  NodeEdge: ResolverTypeWrapper<Omit<NodeEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  NodeGap: ResolverTypeWrapper<Omit<NodeGap, 'items'> & { items: ReadonlyArray<ResolversTypes['Node']> }>;
  NodeInput: NodeInput;
  NodeKind: NodeKind;
  NodeState: ResolverTypeWrapper<NodeStateModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Partner: ResolverTypeWrapper<ReadNode>;
  PartnerSector: PartnerSector;
  Project: ResolverTypeWrapper<ReadNode>;
  ProjectStatus: ProjectStatus;
  Provenance: ResolverTypeWrapper<Provenance>;
  ProvenanceInput: ProvenanceInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Redundancy: ResolverTypeWrapper<Redundancy>;
  RedundancyInput: RedundancyInput;
  Relationship: ResolverTypeWrapper<RelationshipModel>;
  RelationshipInput: RelationshipInput;
  RelationshipRef: ResolverTypeWrapper<RelationshipRefModel>;
  RelationshipRefInput: RelationshipRefInput;
  RelationshipRule: ResolverTypeWrapper<RelationshipRule>;
  RelationshipType: RelationshipType;
  Role: Role;
  RunComparison: ResolverTypeWrapper<RunComparisonModel>;
  Scenario: ResolverTypeWrapper<ScenarioModel>;
  ScenarioInput: ScenarioInput;
  Site: ResolverTypeWrapper<ReadNode>;
  SiteKind: SiteKind;
  StateChange: ResolverTypeWrapper<StateChangeModel>;
  Strategy: ResolverTypeWrapper<ReadNode>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<
    Omit<Subgraph, 'nodes' | 'relationships'> & {
      nodes: ReadonlyArray<ResolversTypes['Node']>;
      relationships: ReadonlyArray<ResolversTypes['Relationship']>;
    }
  >;
  System: ResolverTypeWrapper<ReadNode>;
  SystemCategory: SystemCategory;
  SystemWithoutContract: ResolverTypeWrapper<SystemWithoutContractModel>;
  Theme: ResolverTypeWrapper<ReadNode>;
  UnmappedItem: ResolverTypeWrapper<UnmappedItem>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AffectedConnection: Omit<AffectedConnection, 'edges'> & {
    edges: ReadonlyArray<ResolversParentTypes['AffectedEdge']>;
  };
  AffectedEdge: Omit<AffectedEdge, 'node'> & { node: ResolversParentTypes['AffectedNode'] };
  AffectedNode: AffectedItem;
  AsAtView: AsAtViewModel;
  Backup: Backup;
  Boolean: Scalars['Boolean']['output'];
  Breach: BreachModel;
  CappedNode: CappedNode;
  Change: ChangeModel;
  ChangeConnection: Omit<ChangeConnection, 'edges'> & {
    edges: ReadonlyArray<ResolversParentTypes['ChangeEdge']>;
  };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeSummary: ChangeSummaryModel;
  ChangesInput: ChangesInput;
  Contract: ReadNode;
  Counts: Counts;
  DataQuality: Omit<
    DataQuality,
    | 'contractsWithoutEnd'
    | 'contractsWithoutNotice'
    | 'criticalSystemsWithoutHost'
    | 'inferredLinks'
    | 'nodesWithoutSource'
    | 'systemsWithoutRecoveryObjective'
  > & {
    contractsWithoutEnd: ResolversParentTypes['NodeGap'];
    contractsWithoutNotice: ResolversParentTypes['NodeGap'];
    criticalSystemsWithoutHost: ResolversParentTypes['NodeGap'];
    inferredLinks: ResolversParentTypes['InferredLinkGap'];
    nodesWithoutSource: ResolversParentTypes['NodeGap'];
    systemsWithoutRecoveryObjective: ResolversParentTypes['NodeGap'];
  };
  DateTime: Scalars['DateTime']['output'];
  ExplanationStep: ExplanationStepModel;
  ExportedFile: ExportedFile;
  FieldInfo: FieldInfo;
  FileInput: FileInput;
  Float: Scalars['Float']['output'];
  Hop: RelationshipRefModel;
  HorizonEntry: HorizonEntryModel;
  HorizonImpact: HorizonImpactModel;
  ID: Scalars['ID']['output'];
  ImpactCount: ImpactCount;
  ImpactEvent: ImpactEventModel;
  ImpactEventInput: ImpactEventInput;
  ImpactGraph: Omit<ImpactGraph, 'nodes' | 'relationships'> & {
    nodes: ReadonlyArray<ResolversParentTypes['NodeState']>;
    relationships: ReadonlyArray<ResolversParentTypes['RelationshipRef']>;
  };
  ImpactHeadline: ImpactHeadline;
  ImpactReport: ImpactReportModel;
  ImportResult: Omit<ImportResult, 'summary'> & { summary: ResolversParentTypes['ChangeSummary'] };
  InferredLink: InferredLinkModel;
  InferredLinkGap: Omit<InferredLinkGap, 'items'> & {
    items: ReadonlyArray<ResolversParentTypes['InferredLink']>;
  };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  KindCount: KindCount;
  KindInfo: KindInfo;
  Me: Me;
  Metamodel: MetamodelModel;
  MetamodelChange: MetamodelChange;
  MetamodelChangeRecord: MetamodelChangeRecord;
  Mutation: Record<PropertyKey, never>;
  Node: ReadNode;
  NodeConnection: Omit<NodeConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['NodeEdge']> };
  NodeEdge: Omit<NodeEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  NodeGap: Omit<NodeGap, 'items'> & { items: ReadonlyArray<ResolversParentTypes['Node']> };
  NodeInput: NodeInput;
  NodeState: NodeStateModel;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Partner: ReadNode;
  Project: ReadNode;
  Provenance: Provenance;
  ProvenanceInput: ProvenanceInput;
  Query: Record<PropertyKey, never>;
  Redundancy: Redundancy;
  RedundancyInput: RedundancyInput;
  Relationship: RelationshipModel;
  RelationshipInput: RelationshipInput;
  RelationshipRef: RelationshipRefModel;
  RelationshipRefInput: RelationshipRefInput;
  RelationshipRule: RelationshipRule;
  RunComparison: RunComparisonModel;
  Scenario: ScenarioModel;
  ScenarioInput: ScenarioInput;
  Site: ReadNode;
  StateChange: StateChangeModel;
  Strategy: ReadNode;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'nodes' | 'relationships'> & {
    nodes: ReadonlyArray<ResolversParentTypes['Node']>;
    relationships: ReadonlyArray<ResolversParentTypes['Relationship']>;
  };
  System: ReadNode;
  SystemWithoutContract: SystemWithoutContractModel;
  Theme: ReadNode;
  UnmappedItem: UnmappedItem;
};

export type AffectedConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AffectedConnection'] = ResolversParentTypes['AffectedConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['AffectedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffectedEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AffectedEdge'] = ResolversParentTypes['AffectedEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AffectedNode'], ParentType, ContextType>;
};

export type AffectedNodeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AffectedNode'] = ResolversParentTypes['AffectedNode'],
> = {
  alternatives?: Resolver<
    ReadonlyArray<ReadonlyArray<ResolversTypes['ExplanationStep']>>,
    ParentType,
    ContextType,
    RequireFields<AffectedNodeAlternativesArgs, 'count'>
  >;
  downHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<ReadonlyArray<ResolversTypes['ExplanationStep']>, ParentType, ContextType>;
  indefinitelyDown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImpactState'], ParentType, ContextType>;
};

export type AsAtViewResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AsAtView'] = ResolversParentTypes['AsAtView'],
> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  endedContracts?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  liveContracts?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  systemsWithoutLiveContract?: Resolver<
    ReadonlyArray<ResolversTypes['SystemWithoutContract']>,
    ParentType,
    ContextType
  >;
};

export type BackupResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Backup'] = ResolversParentTypes['Backup'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  directory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BreachResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Breach'] = ResolversParentTypes['Breach'],
> = {
  downHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  rtoHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CappedNodeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['CappedNode'] = ResolversParentTypes['CappedNode'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change'],
> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjects?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ChangeTarget'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeSummaryResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ChangeSummary'] = ResolversParentTypes['ChangeSummary'],
> = {
  changes?: Resolver<
    ReadonlyArray<ResolversTypes['Change']>,
    ParentType,
    ContextType,
    RequireFields<ChangeSummaryChangesArgs, 'first'>
  >;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContractResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract'],
> = {
  aliases?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<ContractHistoryArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noticeMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueGbp?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountsResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Counts'] = ResolversParentTypes['Counts'],
> = {
  byKind?: Resolver<ReadonlyArray<ResolversTypes['KindCount']>, ParentType, ContextType>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DataQualityResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality'],
> = {
  contractsWithoutEnd?: Resolver<ResolversTypes['NodeGap'], ParentType, ContextType>;
  contractsWithoutNotice?: Resolver<ResolversTypes['NodeGap'], ParentType, ContextType>;
  criticalSystemsWithoutHost?: Resolver<ResolversTypes['NodeGap'], ParentType, ContextType>;
  inferredLinks?: Resolver<ResolversTypes['InferredLinkGap'], ParentType, ContextType>;
  nodesWithoutSource?: Resolver<ResolversTypes['NodeGap'], ParentType, ContextType>;
  systemsWithoutRecoveryObjective?: Resolver<ResolversTypes['NodeGap'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExplanationStepResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ExplanationStep'] = ResolversParentTypes['ExplanationStep'],
> = {
  code?: Resolver<ResolversTypes['CauseCode'], ParentType, ContextType>;
  fallback?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  held?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hop?: Resolver<Maybe<ResolversTypes['Hop']>, ParentType, ContextType>;
  k?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lost?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['RelationshipRef']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImpactState'], ParentType, ContextType>;
};

export type ExportedFileResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ExportedFile'] = ResolversParentTypes['ExportedFile'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldInfoResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['FieldInfo'] = ResolversParentTypes['FieldInfo'],
> = {
  doc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enumValues?: Resolver<Maybe<ReadonlyArray<ResolversTypes['String']>>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HopResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop'],
> = {
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  words?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HorizonEntryResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['HorizonEntry'] = ResolversParentTypes['HorizonEntry'],
> = {
  addressedBy?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  contract?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['HorizonImpact'], ParentType, ContextType>;
  liveSuccessors?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  noticeDeadline?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  noticeMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replacedBy?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type HorizonImpactResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['HorizonImpact'] = ResolversParentTypes['HorizonImpact'],
> = {
  asAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  counts?: Resolver<ReadonlyArray<ResolversTypes['ImpactCount']>, ParentType, ContextType>;
  criticalSystems?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['ImpactHeadline'], ParentType, ContextType>;
  partners?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  totalAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactCountResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ImpactCount'] = ResolversParentTypes['ImpactCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImpactState'], ParentType, ContextType>;
};

export type ImpactEventResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ImpactEvent'] = ResolversParentTypes['ImpactEvent'],
> = {
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ImpactEventType'], ParentType, ContextType>;
};

export type ImpactGraphResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ImpactGraph'] = ResolversParentTypes['ImpactGraph'],
> = {
  nodes?: Resolver<ReadonlyArray<ResolversTypes['NodeState']>, ParentType, ContextType>;
  relationships?: Resolver<ReadonlyArray<ResolversTypes['RelationshipRef']>, ParentType, ContextType>;
};

export type ImpactHeadlineResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ImpactHeadline'] = ResolversParentTypes['ImpactHeadline'],
> = {
  plansAtRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servicesDegraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servicesDown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servicesExposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactReportResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ImpactReport'] = ResolversParentTypes['ImpactReport'],
> = {
  affected?: Resolver<
    ResolversTypes['AffectedConnection'],
    ParentType,
    ContextType,
    RequireFields<ImpactReportAffectedArgs, 'first'>
  >;
  affectedNode?: Resolver<
    Maybe<ResolversTypes['AffectedNode']>,
    ParentType,
    ContextType,
    RequireFields<ImpactReportAffectedNodeArgs, 'id'>
  >;
  asAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  breaches?: Resolver<ReadonlyArray<ResolversTypes['Breach']>, ParentType, ContextType>;
  counts?: Resolver<ReadonlyArray<ResolversTypes['ImpactCount']>, ParentType, ContextType>;
  events?: Resolver<ReadonlyArray<ResolversTypes['ImpactEvent']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['ImpactGraph'], ParentType, ContextType>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['ImpactHeadline'], ParentType, ContextType>;
  totalAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportResultResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult'],
> = {
  summary?: Resolver<ResolversTypes['ChangeSummary'], ParentType, ContextType>;
  unmapped?: Resolver<ReadonlyArray<ResolversTypes['UnmappedItem']>, ParentType, ContextType>;
};

export type InferredLinkResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['InferredLink'] = ResolversParentTypes['InferredLink'],
> = {
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type InferredLinkGapResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['InferredLinkGap'] = ResolversParentTypes['InferredLinkGap'],
> = {
  items?: Resolver<ReadonlyArray<ResolversTypes['InferredLink']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KindCountResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type KindInfoResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['KindInfo'] = ResolversParentTypes['KindInfo'],
> = {
  doc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<ReadonlyArray<ResolversTypes['FieldInfo']>, ParentType, ContextType>;
  idPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  impactRole?: Resolver<ResolversTypes['ImpactRole'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type MeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'],
> = {
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canImport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  development?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type MetamodelResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Metamodel'] = ResolversParentTypes['Metamodel'],
> = {
  changes?: Resolver<ReadonlyArray<ResolversTypes['MetamodelChangeRecord']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kinds?: Resolver<ReadonlyArray<ResolversTypes['KindInfo']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationshipTypes?: Resolver<ReadonlyArray<ResolversTypes['RelationshipRule']>, ParentType, ContextType>;
};

export type MetamodelChangeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['MetamodelChange'] = ResolversParentTypes['MetamodelChange'],
> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['MetamodelChangeRecord']>, ParentType, ContextType>;
  differences?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MetamodelChangeRecordResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['MetamodelChangeRecord'] =
    ResolversParentTypes['MetamodelChangeRecord'],
> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  applyChanges?: Resolver<
    ResolversTypes['ChangeSummary'],
    ParentType,
    ContextType,
    RequireFields<MutationApplyChangesArgs, 'changes' | 'dryRun'>
  >;
  backup?: Resolver<ResolversTypes['Backup'], ParentType, ContextType>;
  changeMetamodel?: Resolver<
    ResolversTypes['MetamodelChange'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeMetamodelArgs, 'definition' | 'dryRun'>
  >;
  createNode?: Resolver<
    ResolversTypes['Node'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateNodeArgs, 'node'>
  >;
  createRelationship?: Resolver<
    ResolversTypes['Relationship'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateRelationshipArgs, 'relationship'>
  >;
  deleteNode?: Resolver<
    ResolversTypes['ID'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteNodeArgs, 'id'>
  >;
  deleteRelationship?: Resolver<
    ResolversTypes['ID'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteRelationshipArgs, 'id'>
  >;
  deleteScenario?: Resolver<
    ResolversTypes['ID'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteScenarioArgs, 'id'>
  >;
  importGraph?: Resolver<
    ResolversTypes['ImportResult'],
    ParentType,
    ContextType,
    RequireFields<MutationImportGraphArgs, 'dryRun' | 'files' | 'format' | 'mode'>
  >;
  saveRelationship?: Resolver<
    ResolversTypes['Relationship'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveRelationshipArgs, 'relationship'>
  >;
  saveScenario?: Resolver<
    ResolversTypes['Scenario'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveScenarioArgs, 'input'>
  >;
  updateNode?: Resolver<
    ResolversTypes['Node'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateNodeArgs, 'node'>
  >;
  updateRelationship?: Resolver<
    ResolversTypes['Relationship'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateRelationshipArgs, 'relationship'>
  >;
};

export type NodeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    'Contract' | 'Partner' | 'Project' | 'Site' | 'Strategy' | 'System' | 'Theme',
    ParentType,
    ContextType
  >;
};

export type NodeConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection'],
> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type NodeGapResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['NodeGap'] = ResolversParentTypes['NodeGap'],
> = {
  items?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeStateResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['NodeState'] = ResolversParentTypes['NodeState'],
> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ImpactState'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PartnerResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'],
> = {
  aliases?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<PartnerHistoryArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['PartnerSector']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'],
> = {
  aliases?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<ProjectHistoryArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ProjectStatus']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvenanceResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance'],
> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  asAt?: Resolver<ResolversTypes['AsAtView'], ParentType, ContextType, RequireFields<QueryAsAtArgs, 'date'>>;
  compareScenarios?: Resolver<
    ResolversTypes['RunComparison'],
    ParentType,
    ContextType,
    RequireFields<QueryCompareScenariosArgs, 'a' | 'b'>
  >;
  contractHorizon?: Resolver<
    ReadonlyArray<ResolversTypes['HorizonEntry']>,
    ParentType,
    ContextType,
    RequireFields<QueryContractHorizonArgs, 'from' | 'to'>
  >;
  counts?: Resolver<ResolversTypes['Counts'], ParentType, ContextType>;
  dataQuality?: Resolver<
    ResolversTypes['DataQuality'],
    ParentType,
    ContextType,
    RequireFields<QueryDataQualityArgs, 'first'>
  >;
  explainPath?: Resolver<
    ReadonlyArray<ReadonlyArray<ResolversTypes['ExplanationStep']>>,
    ParentType,
    ContextType,
    RequireFields<QueryExplainPathArgs, 'count' | 'from' | 'to'>
  >;
  exportGraph?: Resolver<
    ReadonlyArray<ResolversTypes['ExportedFile']>,
    ParentType,
    ContextType,
    RequireFields<QueryExportGraphArgs, 'format'>
  >;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryHistoryArgs, 'first'>
  >;
  impact?: Resolver<ResolversTypes['ImpactReport'], ParentType, ContextType, Partial<QueryImpactArgs>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  metamodel?: Resolver<ResolversTypes['Metamodel'], ParentType, ContextType>;
  neighbourhood?: Resolver<
    ResolversTypes['Subgraph'],
    ParentType,
    ContextType,
    RequireFields<QueryNeighbourhoodArgs, 'depth' | 'direction' | 'hubLimit' | 'id' | 'limit'>
  >;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<
    ReadonlyArray<ResolversTypes['Node']>,
    ParentType,
    ContextType,
    RequireFields<QueryNodesArgs, 'ids'>
  >;
  scenario?: Resolver<
    ResolversTypes['Scenario'],
    ParentType,
    ContextType,
    RequireFields<QueryScenarioArgs, 'id'>
  >;
  scenarios?: Resolver<ReadonlyArray<ResolversTypes['Scenario']>, ParentType, ContextType>;
  search?: Resolver<
    ResolversTypes['NodeConnection'],
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'everyDate' | 'first' | 'text'>
  >;
};

export type RedundancyResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Redundancy'] = ResolversParentTypes['Redundancy'],
> = {
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  k?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship'],
> = {
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  fallback?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['ImpactDirection'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  redundancy?: Resolver<Maybe<ResolversTypes['Redundancy']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type RelationshipRefResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['RelationshipRef'] = ResolversParentTypes['RelationshipRef'],
> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type RelationshipRuleResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['RelationshipRule'] = ResolversParentTypes['RelationshipRule'],
> = {
  doc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ReadonlyArray<ResolversTypes['NodeKind']>, ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['ImpactDirection'], ParentType, ContextType>;
  inverse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ReadonlyArray<ResolversTypes['NodeKind']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type RunComparisonResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['RunComparison'] = ResolversParentTypes['RunComparison'],
> = {
  newlyAffected?: Resolver<ReadonlyArray<ResolversTypes['NodeState']>, ParentType, ContextType>;
  noLongerAffected?: Resolver<ReadonlyArray<ResolversTypes['NodeState']>, ParentType, ContextType>;
  stateChanges?: Resolver<ReadonlyArray<ResolversTypes['StateChange']>, ParentType, ContextType>;
};

export type ScenarioResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ReadonlyArray<ResolversTypes['ImpactEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['ImpactReport'], ParentType, ContextType, Partial<ScenarioImpactArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SiteResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'],
> = {
  aliases?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<SiteHistoryArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  siteKind?: Resolver<Maybe<ResolversTypes['SiteKind']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StateChangeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['StateChange'] = ResolversParentTypes['StateChange'],
> = {
  from?: Resolver<ResolversTypes['ImpactState'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ImpactState'], ParentType, ContextType>;
};

export type StrategyResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy'],
> = {
  aliases?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<StrategyHistoryArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubgraphResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph'],
> = {
  capped?: Resolver<ReadonlyArray<ResolversTypes['CappedNode']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<ReadonlyArray<ResolversTypes['Relationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SystemResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['System'] = ResolversParentTypes['System'],
> = {
  aliases?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['SystemCategory']>, ParentType, ContextType>;
  criticality?: Resolver<Maybe<ResolversTypes['Criticality']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<SystemHistoryArgs, 'first'>
  >;
  hosting?: Resolver<Maybe<ResolversTypes['Hosting']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minServiceLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  rtoHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SystemWithoutContractResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['SystemWithoutContract'] =
    ResolversParentTypes['SystemWithoutContract'],
> = {
  contracts?: Resolver<ReadonlyArray<ResolversTypes['Node']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type ThemeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme'],
> = {
  aliases?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  history?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<ThemeHistoryArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provenance?: Resolver<ReadonlyArray<ResolversTypes['Provenance']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnmappedItemResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['UnmappedItem'] = ResolversParentTypes['UnmappedItem'],
> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  where?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  AffectedConnection?: AffectedConnectionResolvers<ContextType>;
  AffectedEdge?: AffectedEdgeResolvers<ContextType>;
  AffectedNode?: AffectedNodeResolvers<ContextType>;
  AsAtView?: AsAtViewResolvers<ContextType>;
  Backup?: BackupResolvers<ContextType>;
  Breach?: BreachResolvers<ContextType>;
  CappedNode?: CappedNodeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeSummary?: ChangeSummaryResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  Counts?: CountsResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExplanationStep?: ExplanationStepResolvers<ContextType>;
  ExportedFile?: ExportedFileResolvers<ContextType>;
  FieldInfo?: FieldInfoResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  HorizonEntry?: HorizonEntryResolvers<ContextType>;
  HorizonImpact?: HorizonImpactResolvers<ContextType>;
  ImpactCount?: ImpactCountResolvers<ContextType>;
  ImpactEvent?: ImpactEventResolvers<ContextType>;
  ImpactGraph?: ImpactGraphResolvers<ContextType>;
  ImpactHeadline?: ImpactHeadlineResolvers<ContextType>;
  ImpactReport?: ImpactReportResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  InferredLink?: InferredLinkResolvers<ContextType>;
  InferredLinkGap?: InferredLinkGapResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KindCount?: KindCountResolvers<ContextType>;
  KindInfo?: KindInfoResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Metamodel?: MetamodelResolvers<ContextType>;
  MetamodelChange?: MetamodelChangeResolvers<ContextType>;
  MetamodelChangeRecord?: MetamodelChangeRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  NodeGap?: NodeGapResolvers<ContextType>;
  NodeState?: NodeStateResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Partner?: PartnerResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redundancy?: RedundancyResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipRef?: RelationshipRefResolvers<ContextType>;
  RelationshipRule?: RelationshipRuleResolvers<ContextType>;
  RunComparison?: RunComparisonResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  StateChange?: StateChangeResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  System?: SystemResolvers<ContextType>;
  SystemWithoutContract?: SystemWithoutContractResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  UnmappedItem?: UnmappedItemResolvers<ContextType>;
};
