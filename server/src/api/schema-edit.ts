// GraphQL for editing: node and relationship inputs generated from the metamodel, batches,
// single-item mutations, and the change history.
import { CHANGE_ACTIONS, CHANGE_TARGETS } from '../domain/history/change.js';
import { ROLES } from './permissions.js';
import type { FieldSpec, Metamodel } from '../domain/metamodel/index.js';

const inputLines = (fields: Iterable<[string, FieldSpec]>, note: string) =>
  [...fields]
    .map(
      ([name, spec]) =>
        `  """${spec.doc}${note}"""\n  ${name}: ${spec.graphql.replace('NameValue', 'NameValueInput')}`,
    )
    .join('\n');

/** NodeInput's kind fields and RelationshipInput's metamodel fields, from the loaded metamodel
 *  (extensions, so the rest stays fixed; the council metamodel has no relationship fields). */
export const kindFieldInputs = (metamodel: Metamodel): string =>
  `extend input NodeInput {\n${inputLines(metamodel.allFields, ' (only for kinds that have it)')}\n}` +
  (Object.keys(metamodel.relationshipFields).length
    ? `\nextend input RelationshipInput {\n${inputLines(Object.entries(metamodel.relationshipFields), '')}\n}`
    : '');

export const editTypeDefs = /* GraphQL */ `
"Any JSON value: a node or relationship as it was before or after a change."
scalar JSON

"An instant, in ISO 8601 with its offset (UTC from this server): 2024-05-01T09:30:00.000Z."
scalar DateTime

enum ChangeAction { ${CHANGE_ACTIONS.join(' ')} }
enum ChangeTarget { ${CHANGE_TARGETS.join(' ')} }

input ProvenanceInput {
  document: String!
  section: String!
  quote: String
  inferred: Boolean
}

"A node to create or replace. Fields a kind does not have are refused, naming the field."
input NodeInput {
  kind: NodeKind!
  id: ID!
  name: String!
  aliases: [String!]
  description: String
  provenance: [ProvenanceInput!]
  "The version you loaded: a different stored version is a CONFLICT (0: the node must not exist yet)."
  expectedVersion: Int
}

input RedundancyInput {
  group: String!
  k: Int!
}

input RelationshipInput {
  "The relationship's id. Absent: the one relationship with these ends and type, or a new one when there is none (two or more: give the id)."
  id: ID
  from: ID!
  type: RelationshipType!
  to: ID!
  redundancy: RedundancyInput
  fallback: ID
  note: String
  provenance: [ProvenanceInput!]
  start: PartialDate
  end: PartialDate
  "Only planned: with no start it is never live."
  planned: Boolean
}

"A relationship to delete: its id, or its from, type and to when only one such exists."
input RelationshipRefInput {
  id: ID
  from: ID
  type: RelationshipType
  to: ID
}

"One all-or-nothing batch: any bad item and nothing changes; the error lists every bad item."
input ChangesInput {
  nodes: [NodeInput!]
  relationships: [RelationshipInput!]
  deleteNodes: [ID!]
  deleteRelationships: [RelationshipRefInput!]
}

type Change {
  "Graph version the change produced."
  version: Int!
  index: Int!
  "When it was made."
  at: DateTime!
  actor: String!
  action: ChangeAction!
  target: ChangeTarget!
  "Node id, or relationship id."
  targetId: ID!
  subjects: [ID!]!
  before: JSON
  after: JSON
}

type ChangeSummary {
  created: Int!
  updated: Int!
  unchanged: Int!
  deleted: Int!
  graphVersion: Int!
  "True when nothing was written: the summary says what would change."
  dryRun: Boolean!
  totalChanges: Int!
  changes(first: Int = 100): [Change!]!
}

type ChangeEdge {
  cursor: String!
  node: Change!
}

"Changes, newest first; the history's length is not counted."
type ChangeConnection {
  edges: [ChangeEdge!]!
  pageInfo: PageInfo!
}

enum Role { ${ROLES.join(' ')} }

"Who is asking, as the server sees them."
type Me {
  name: String!
  "null: no token was sent and reads are open."
  role: Role
  "True when the server runs in development mode (no authentication; everyone is admin)."
  development: Boolean!
  canEdit: Boolean!
  canImport: Boolean!
}

extend type Query {
  me: Me!
  "Recorded changes, newest first: of one node (and its relationships) or of the whole graph, since a date."
  history(
    subject: ID
    "A date (2024-05-01) or a date and time (2024-05-01T09:30:00Z): changes made then or later."
    since: String
    first: Int = 50
    after: String
  ): ChangeConnection!
}

extend type Mutation {
  "Applies a batch atomically; with dryRun, reports what would change and writes nothing."
  applyChanges(changes: ChangesInput!, dryRun: Boolean = false): ChangeSummary!
  "Creates a node; CONFLICT when the id is taken."
  createNode(node: NodeInput!): Node!
  "Replaces a node's fields; NOT_FOUND when it does not exist, CONFLICT on a stale expectedVersion."
  updateNode(node: NodeInput!): Node!
  "Deletes a node and its relationships; answers its id."
  deleteNode(id: ID!, expectedVersion: Int): ID!
  "Creates a relationship, beside any others of the same type between the same nodes; answers it with its id. CONFLICT when the id given is taken."
  createRelationship(relationship: RelationshipInput!): Relationship!
  "Replaces the fields of the relationship with relationship.id (its ends and type cannot change); NOT_FOUND when there is none."
  updateRelationship(relationship: RelationshipInput!): Relationship!
  "Creates or replaces a relationship: by id, else the one with these ends and type."
  saveRelationship(relationship: RelationshipInput!): Relationship!
  "Deletes (unlinks) the relationship with this id; answers the id."
  deleteRelationship(id: ID!): ID!
}
`;
