// The GraphQL schema, generated from the loaded metamodel at start-up: enums from the kind,
// relationship and field declarations, one object type per node kind implementing `Node`.
import {
  IMPACT_DIRECTIONS,
  IMPACT_ROLES,
  type FieldSpec,
  type Metamodel,
} from '../domain/metamodel/index.js';
import { DIRECTIONS } from '../store/port.js';

const describe = (doc: string) => `"""${doc.replace(/"""/g, "'")}"""`;

const fieldLines = (fields: Readonly<Record<string, FieldSpec>>) =>
  Object.entries(fields)
    .map(([name, spec]) => `\n  ${describe(spec.doc)}\n  ${name}: ${spec.graphql}`)
    .join('');

/** The schema's type definitions for this metamodel. */
export function buildTypeDefs(metamodel: Metamodel): string {
  /** start, end and planned: every node and every relationship has them. */
  const LIFECYCLE = fieldLines(metamodel.lifecycleFields);

  const COMMON_FIELDS = `
  "Stable readable id, kind:slug (e.g. contract:kpsn-unisys)."
  id: ID!
  kind: NodeKind!
  name: String!
  aliases: [String!]!
  description: String
  "Where the facts come from: source document and section."
  provenance: [Provenance!]!
  "Bumped by every change to the node."
  version: Int!
  "Changes to the node and its relationships, newest first."
  history(first: Int = 20, after: String): ChangeConnection!
  """
  Whether the node is live on the as-at date it was read at: the asAt of node, nodes, search or
  neighbourhood (default today); today for a node reached any other way. node(id) answers for a
  node that is not live, and says so here.
  """
  live: Boolean!${LIFECYCLE}`;

  const fieldEnums = (): string[] => {
    const enums = new Map<string, readonly string[]>();
    const specs = [
      ...metamodel.kinds.flatMap((kind) => Object.values(metamodel.kindFields[kind] ?? {})),
      ...Object.values(metamodel.relationshipFields),
    ];
    for (const spec of specs) if (spec.enumName && spec.enumValues) enums.set(spec.enumName, spec.enumValues);
    return [...enums].map(([name, values]) => `enum ${name} { ${values.join(' ')} }`);
  };

  const kindTypes = (): string[] =>
    metamodel.kinds.map((kind) => {
      const own = Object.entries(metamodel.kindFields[kind] ?? {})
        .filter(([name]) => !(name in metamodel.lifecycleFields))
        .map(([name, spec]) => `  ${describe(spec.doc)}\n  ${name}: ${spec.graphql}`);
      return `type ${kind} implements Node {${COMMON_FIELDS}\n${own.join('\n')}\n}`;
    });

  const specs = [...metamodel.allFields.values(), ...Object.values(metamodel.relationshipFields)];
  // Name and value pairs (ArchiMate properties) have a type only where a metamodel uses them.
  const nameValue = specs.some((s) => s.graphql === '[NameValue!]')
    ? '\n"A property brought from another tool: its name and value."\ntype NameValue {\n  name: String!\n  value: String!\n}\n' +
      'input NameValueInput {\n  name: String!\n  value: String!\n}\n'
    : '';

  return /* GraphQL */ `
"A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD."
scalar PartialDate

enum NodeKind { ${metamodel.kinds.join(' ')} }
enum RelationshipType { ${metamodel.relationshipTypes.join(' ')} }
"Which end of a relationship is affected when the other end fails."
enum ImpactDirection { ${IMPACT_DIRECTIONS.join(' ')} }
enum Direction { ${DIRECTIONS.join(' ')} }
"How the impact engine treats a kind: strategic (at risk), contract (lapses), service, party or place."
enum ImpactRole { ${IMPACT_ROLES.join(' ')} }
${fieldEnums().join('\n')}

type Provenance {
  "Source document file name."
  document: String!
  "The document's title when it is one of the built-in dataset's sources; null otherwise."
  title: String
  "Section or paragraph of the document."
  section: String!
  quote: String
  "True when the source implies the fact rather than stating it."
  inferred: Boolean
}

interface Node {${COMMON_FIELDS}
}

${kindTypes().join('\n\n')}

"k of the group's N alternatives must hold for the dependant to stay up."
type Redundancy {
  group: String!
  k: Int!
}

type Relationship {
  "Names this relationship among any others of the same type between the same nodes."
  id: ID!
  type: RelationshipType!
  from: ID!
  to: ID!
  impact: ImpactDirection!
  redundancy: Redundancy
  "What takes over when the target fails."
  fallback: ID
  note: String
  provenance: [Provenance!]!${LIFECYCLE}${fieldLines(metamodel.relationshipFields)}
}
${nameValue}
"""
Where a page of a list stands. Every list that pages answers a connection: edges (each item with
its cursor), pageInfo and, where the list's length is known, totalCount. Cursors are opaque: pass
endCursor back as after for the next page.
"""
type PageInfo {
  "True when there are items after this page."
  hasNextPage: Boolean!
  "True when there are items before this page (the page was asked for after a cursor)."
  hasPreviousPage: Boolean!
  "The first item's cursor; null on an empty page."
  startCursor: String
  "The last item's cursor; null on an empty page."
  endCursor: String
}

type NodeEdge {
  cursor: String!
  node: Node!
}

type NodeConnection {
  edges: [NodeEdge!]!
  pageInfo: PageInfo!
  "How many nodes match, on every page together."
  totalCount: Int!
}

type Subgraph {
  nodes: [Node!]!
  relationships: [Relationship!]!
  "True when the node limit cut the neighbourhood short."
  truncated: Boolean!
  "Hubs met on the walk whose new neighbours were cut to hubLimit, with how many each had."
  capped: [CappedNode!]!
}

"A node with more new neighbours than the walk's hubLimit: it follows the first hubLimit, by id."
type CappedNode {
  id: ID!
  "How many new neighbours of the asked kinds its relationships (of the asked types, live on the date) lead to."
  total: Int!
}

type KindCount {
  kind: NodeKind!
  count: Int!
}

type Counts {
  byKind: [KindCount!]!
  nodes: Int!
  relationships: Int!
  graphVersion: Int!
}

type FieldInfo {
  name: String!
  type: String!
  enumValues: [String!]
  doc: String!
  required: Boolean!
}

type KindInfo {
  kind: NodeKind!
  idPrefix: String!
  fields: [FieldInfo!]!
  doc: String
  "How the impact engine treats it."
  impactRole: ImpactRole!
}

type RelationshipRule {
  type: RelationshipType!
  from: [NodeKind!]!
  to: [NodeKind!]!
  impact: ImpactDirection!
  inverse: String!
  doc: String!
}

type Metamodel {
  "The metamodel file's name (council, archimate…)."
  name: String!
  kinds: [KindInfo!]!
  relationshipTypes: [RelationshipRule!]!
}

type Query {
  """
  The node with this id, whatever its dates: NOT_FOUND when there is none. One that is not live
  on asAt (default today) is still answered, with live false: a link to it keeps working.
  """
  node(id: ID!, "The date to say whether it is live on (Node.live); default today." asAt: PartialDate): Node!
  "Nodes with these ids, in order, whatever their dates; NOT_FOUND names any that do not exist."
  nodes(ids: [ID!]!, "The date to say whether each is live on (Node.live); default today." asAt: PartialDate): [Node!]!
  "Nodes live on asAt (default today) with every word of the text, in any order, in their name, aliases, description or kind (one typo tolerated per word), best matches first."
  search(
    text: String = ""
    kinds: [NodeKind!]
    first: Int = 20
    after: String
    "Only nodes live on this date; default today."
    asAt: PartialDate
    "Nodes of every date, whatever asAt: for picking a contract whose lapse is seen at its own end."
    everyDate: Boolean = false
  ): NodeConnection!
  """
  The node and what lies within depth relationships of it, as at asAt (default today): only
  nodes and relationships live on that date. The start node is always there; when it is not live
  itself, nothing is connected to it on that date and it comes alone, with live false.
  """
  neighbourhood(
    id: ID!
    depth: Int = 1
    kinds: [NodeKind!]
    types: [RelationshipType!]
    direction: Direction = BOTH
    limit: Int = 300
    "A node with more new neighbours than this (a hub) follows the first hubLimit by id, and is listed in capped."
    hubLimit: Int = 100
    "The date to read the graph as at; default today."
    asAt: PartialDate
  ): Subgraph!
  counts: Counts!
  metamodel: Metamodel!
}
`;
}
