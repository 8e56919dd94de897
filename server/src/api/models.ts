// What each GraphQL object type's resolvers receive as their parent: the domain's and the store's
// own shapes. GraphQL Code Generator maps the schema's types to these (codegen.ts `mappers`), so
// the generated resolver types (generated/resolvers-types.ts) check every resolver against them.
import type { AsAtView, HorizonEntry } from '../domain/horizon/horizon.js';
import type { AffectedNode, ExplanationStep, ImpactReport, RunComparison } from '../domain/impact/index.js';
import type { GraphNode, GraphRelationship } from '../domain/metamodel/index.js';
import type { Metamodel } from './generated/resolvers-types.js';

export type { Change as ChangeModel } from '../domain/history/change.js';
export type { Breach as BreachModel, ImpactEvent as ImpactEventModel } from '../domain/impact/index.js';
export type { Scenario as ScenarioModel } from '../domain/scenarios/scenario.js';
export type { BatchResult as ChangeSummaryModel } from '../store/port.js';
export type { ImpactReport as ImpactReportModel, RunComparison as RunComparisonModel };
export type { AsAtView as AsAtViewModel, HorizonEntry as HorizonEntryModel };

/** A node as read as at a day: `Node.live` answers for that day. */
export type ReadNode = GraphNode & { readonly readAsAt?: string };

/** A relationship as the schema shows it: the record; `Relationship.impact` answers its direction. */
export type RelationshipModel = GraphRelationship;

/** An affected node: the entry (whose down hours are worked out only if read) and its run, for
 *  explanations. */
export interface AffectedItem {
  readonly entry: AffectedNode;
  readonly report: ImpactReport;
}

export type ExplanationStepModel = ExplanationStep;
/** The relationship a step came along, by id and ends (Hop and RelationshipRef). */
export type RelationshipRefModel = NonNullable<ExplanationStep['relationship']>;
export type HorizonImpactModel = HorizonEntry['impact'];
export type SystemWithoutContractModel = AsAtView['systemsWithoutLiveContract'][number];
export type NodeStateModel = RunComparison['newlyAffected'][number];
export type StateChangeModel = RunComparison['stateChanges'][number];

/** A relationship its sources only imply, with both ends' ids (the ends resolve to nodes). */
export interface InferredLinkModel {
  readonly relationship: RelationshipModel;
}

/** The metamodel query's answer, built once per served schema; its hash and the store's record of
 *  changes are resolved on their own (api/metamodel-resolvers.ts). */
export type MetamodelModel = Omit<Metamodel, 'hash' | 'changes'>;
