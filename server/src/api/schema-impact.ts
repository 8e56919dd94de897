// GraphQL for what-if: impact runs, explanation paths, the contract horizon, the as-at view
// and saved scenarios.
import { CAUSE_CODES, IMPACT_EVENT_TYPES, IMPACT_STATES } from '../domain/impact/index.js';

export const impactTypeDefs = /* GraphQL */ `
enum ImpactEventType { ${IMPACT_EVENT_TYPES.join(' ')} }
enum ImpactState { ${IMPACT_STATES.join(' ')} }
"Why a step of an explanation reached its node: the event itself, or how the failure came along."
enum CauseCode { ${CAUSE_CODES.join(' ')} }

"""
One event of a what-if run:
NODE_FAILS (id; hours for an outage of that length, absent for good),
CONTRACT_LAPSES (id of a contract, at its end date),
CONTRACTS_ENDED_BY (date: every contract ended by then with no live successor).
"""
input ImpactEventInput {
  type: ImpactEventType!
  id: ID
  hours: Float
  date: PartialDate
}

type ImpactEvent {
  type: ImpactEventType!
  id: ID
  hours: Float
  date: PartialDate
}

type RelationshipRef {
  id: ID!
  from: ID!
  type: RelationshipType!
  to: ID!
}

"The relationship a step came along, in words, with where the fact comes from."
type Hop {
  "The relationship's id."
  id: ID!
  from: Node!
  to: Node!
  type: RelationshipType!
  "The type in words: HOSTED_AT is 'hosted at'."
  words: String!
  "The relationship as a sentence in names: 'Email is hosted at Gun Wharf'."
  text: String!
  "Where the relationship comes from: source document, section and quote."
  provenance: [Provenance!]!
  "True when any source only implies the relationship rather than stating it."
  inferred: Boolean!
  note: String
}

"One step of an explanation: the node, how the failure reached it and why."
type ExplanationStep {
  node: Node!
  state: ImpactState!
  "The relationship it came along; null for the event's own node."
  relationship: RelationshipRef
  "The same relationship in words, with its provenance; null for the event's own node."
  hop: Hop
  "For a redundancy group: every member lost, each a cause."
  lost: [Node!]!
  "For a redundancy group: members still holding, of how many, and how many it needs."
  held: Int
  size: Int
  k: Int
  code: CauseCode!
  """
  Why, in one sentence in names, the relationship it came along included: 'Email depends on
  Regional Data Centre, which is exposed, so Email is one more failure away from down'.
  """
  reason: String!
  fallback: Node
}

type AffectedNode {
  node: Node!
  state: ImpactState!
  "Hours it stays down; null when it is not down or does not come back."
  downHours: Float
  indefinitelyDown: Boolean!
  "The chain from an event to this node, event first."
  explanation: [ExplanationStep!]!
  "Other chains by which the events reach this node, shortest first (the first is explanation)."
  alternatives(count: Int = 3): [[ExplanationStep!]!]!
}

type AffectedEdge {
  cursor: String!
  node: AffectedNode!
}

type AffectedConnection {
  edges: [AffectedEdge!]!
  pageInfo: PageInfo!
  "How many nodes the run affects, of the kinds and states asked for."
  totalCount: Int!
}

"The affected subgraph: every node the run reaches, with its state, and the relationships between them."
type ImpactGraph {
  nodes: [NodeState!]!
  relationships: [RelationshipRef!]!
}

type ImpactCount {
  kind: NodeKind!
  state: ImpactState!
  count: Int!
}

type Breach {
  node: Node!
  rtoHours: Float!
  "Hours down; null when it does not come back."
  downHours: Float
}

"""
The headline of a run. Services are every kind but plans: down (not serving), degraded (serving
with less function: on a fallback, or needing something degraded), exposed (serving fully with
less redundancy than designed: one more failure away from down). Plans (strategies, themes,
projects) that lose what they need are at risk, counted apart.
"""
type ImpactHeadline {
  servicesDown: Int!
  servicesDegraded: Int!
  servicesExposed: Int!
  plansAtRisk: Int!
}

type ImpactReport {
  graphVersion: Int!
  events: [ImpactEvent!]!
  "The day the run is as at: only what is live then carries impact."
  asAt: PartialDate
  totalAffected: Int!
  headline: ImpactHeadline!
  counts: [ImpactCount!]!
  breaches: [Breach!]!
  "Affected nodes, events first, then in the order the failure reached them."
  affected(first: Int = 50, after: String, kinds: [NodeKind!], states: [ImpactState!]): AffectedConnection!
  "One node's state and explanation; null when the events leave it unaffected."
  affectedNode(id: ID!): AffectedNode
  "The affected subgraph: nodes with their states and the relationships the failure can travel."
  graph: ImpactGraph!
}

type HorizonImpact {
  "The same call as impact(events: [{type: CONTRACT_LAPSES, id}]): the contract itself included."
  counts: [ImpactCount!]!
  headline: ImpactHeadline!
  "The day the lapse is seen: the day after the contract's end."
  asAt: PartialDate
  criticalSystems: [Node!]!
  partners: [Node!]!
  totalAffected: Int!
}

type HorizonEntry {
  contract: Node!
  end: PartialDate!
  noticeMonths: Int
  "Last day to give notice."
  noticeDeadline: PartialDate
  "What the contract's lapse would affect."
  impact: HorizonImpact!
  addressedBy: [Node!]!
  replacedBy: [Node!]!
  "Successors live the day after the end: while there is one, the contract does not lapse."
  liveSuccessors: [Node!]!
}

type SystemWithoutContract {
  system: Node!
  contracts: [Node!]!
}

type AsAtView {
  date: PartialDate!
  liveContracts: [Node!]!
  endedContracts: [Node!]!
  systemsWithoutLiveContract: [SystemWithoutContract!]!
}

type Scenario {
  id: ID!
  name: String!
  description: String
  events: [ImpactEvent!]!
  version: Int!
  createdAt: DateTime!
  updatedAt: DateTime!
  "The scenario run on the graph as at a date (default: the day its events imply, else today)."
  impact(asAt: PartialDate): ImpactReport!
}

input ScenarioInput {
  "lower-case words joined by hyphens"
  id: ID!
  name: String!
  description: String
  events: [ImpactEventInput!]!
  "For updates: the version you loaded; a different stored version is a CONFLICT."
  expectedVersion: Int
}

type NodeState {
  node: Node!
  state: ImpactState!
}

type StateChange {
  node: Node!
  from: ImpactState!
  to: ImpactState!
}

type RunComparison {
  newlyAffected: [NodeState!]!
  noLongerAffected: [NodeState!]!
  stateChanges: [StateChange!]!
}

extend type Query {
  """
  A what-if run: the events given, or a saved scenario's, as at a date: only what is live then
  carries impact. Default: a contract's lapse is seen the day after its end, contracts ended by
  a date the day after it; anything else today.
  """
  impact(events: [ImpactEventInput!], scenario: ID, asAt: PartialDate): ImpactReport!
  "How the failure of one node reaches another as at a date (default today): up to count chains, shortest first."
  explainPath(from: ID!, to: ID!, count: Int = 3, asAt: PartialDate): [[ExplanationStep!]!]!
  """
  Contracts ending between two dates, soonest first, as at a date (default today): those begun by
  then, in force or since ended; a contract that starts later, or is planned with no start, is not
  there yet. Each one's impact is its lapse as at the day after its end, whatever asAt is.
  """
  contractHorizon(from: PartialDate!, to: PartialDate!, asAt: PartialDate): [HorizonEntry!]!
  "Which contracts are live on a date, and which contracted systems then have none."
  asAt(date: PartialDate!): AsAtView!
  scenarios: [Scenario!]!
  scenario(id: ID!): Scenario!
  "Scenario b against scenario a: what b adds, spares and changes."
  compareScenarios(a: ID!, b: ID!, asAt: PartialDate): RunComparison!
}

type Mutation {
  "Creates or updates a scenario."
  saveScenario(input: ScenarioInput!): Scenario!
  "Deletes a scenario; answers its id."
  deleteScenario(id: ID!): ID!
}
`;
