// Resolvers: check arguments, call the store port, shape the answer. No Cypher, no HTTP.
import { GraphQLScalarType, Kind } from 'graphql';
import {
  NODE_KINDS,
  PARTIAL_DATE_PATTERN,
  RELATIONSHIP_RULES,
  type GraphNode,
  type GraphRelationship,
  type Metamodel,
} from '../domain/metamodel/index.js';
import { BadInputError, NotFoundError } from '../domain/errors.js';
import { isLiveOn, today } from '../domain/time/live.js';
import type { Subgraph } from '../store/port.js';
import { argumentSchemas } from './arguments.js';
import { parseInput } from './input.js';
import type { ApiContext } from './context.js';
// The built-in dataset's register of its source documents: a citation shows the title, not the file name.
import { sourceDocument } from '../../../seed/source-register.js';

const partialDate = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !PARTIAL_DATE_PATTERN.test(value)) {
      throw new BadInputError('api/PartialDate', [
        { path: '', message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' },
      ]);
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !PARTIAL_DATE_PATTERN.test(ast.value)) {
      throw new BadInputError('api/PartialDate', [
        { path: '', message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' },
      ]);
    }
    return ast.value;
  },
});

/** A relationship as the schema shows it: the record itself, its direction of impact answered by
 *  the Relationship.impact resolver when asked. A copy of each with the field added was a tenth
 *  of a neighbourhood's time on the event loop (bench:many --profile), most often for nothing. */
export const relationshipOut = (r: GraphRelationship): GraphRelationship => r;

/** A node as read as at a day: `Node.live` answers for that day. A copy, not the node: the
 *  read cache shares its node objects between requests as at different days. */
type ReadNode = GraphNode & { readonly readAsAt?: string };
const readAsAt = (node: GraphNode, day: string): ReadNode => ({ ...node, readAsAt: day });
const live = (node: ReadNode) => isLiveOn(node, node.readAsAt ?? today());

const subgraphOut = (g: Subgraph, day: string) => ({
  nodes: g.nodes.map((n) => readAsAt(n, day)),
  relationships: g.relationships.map(relationshipOut),
  truncated: g.truncated,
  capped: g.capped,
  // Built only when asked for (the default resolver calls a function): most reads do not.
  elements: () => [
    ...g.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.name, kind: n.kind } })),
    ...g.relationships.map((r) => ({
      group: 'edges',
      data: { id: r.id, source: r.from, target: r.to, type: r.type },
    })),
  ],
});

export const resolvers = {
  PartialDate: partialDate,
  Node: {
    __resolveType: (node: GraphNode) => node.kind,
  },
  Relationship: {
    impact: (r: GraphRelationship) => RELATIONSHIP_RULES[r.type].impact,
  },
  Provenance: {
    title: (p: { document: string }) => sourceDocument(p.document)?.title ?? null,
  },
  Query: {
    node: async (_: unknown, args: unknown, { store }: ApiContext) => {
      const { id, asAt } = parseInput(argumentSchemas.node, args, 'api/node');
      const [node] = await store.getNodes([id]);
      if (!node) throw new NotFoundError('api/node', [id]);
      return readAsAt(node, asAt);
    },
    nodes: async (_: unknown, args: unknown, { store }: ApiContext) => {
      const { ids, asAt } = parseInput(argumentSchemas.nodes, args, 'api/nodes');
      const found = await store.getNodes(ids);
      const missing = ids.filter((id) => !found.some((n) => n.id === id));
      if (missing.length) throw new NotFoundError('api/nodes', missing);
      return found.map((n) => readAsAt(n, asAt));
    },
    search: async (_: unknown, args: unknown, { store }: ApiContext) => {
      const { text, kinds, first, after, asAt, everyDate } = parseInput(
        argumentSchemas.search,
        args,
        'api/search',
      );
      const page = await store.search({
        text,
        kinds: kinds ?? undefined,
        first,
        after: after ?? undefined,
        ...(everyDate ? {} : { asAt }),
      });
      return {
        edges: page.nodes.map((node, i) => ({ node: readAsAt(node, asAt), cursor: page.cursors[i] })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
        totalCount: page.totalCount,
      };
    },
    neighbourhood: async (_: unknown, args: unknown, { impact }: ApiContext) => {
      const a = parseInput(argumentSchemas.neighbourhood, args, 'api/neighbourhood');
      return subgraphOut(
        await impact.neighbourhoods.neighbourhood({
          id: a.id,
          depth: a.depth,
          kinds: a.kinds ?? undefined,
          types: a.types ?? undefined,
          direction: a.direction,
          limit: a.limit,
          hubLimit: a.hubLimit,
          asAt: a.asAt,
        }),
        a.asAt,
      );
    },
    counts: async (_: unknown, __: unknown, { store }: ApiContext) => {
      const [byKind, relationships, graphVersion] = await Promise.all([
        store.countByKind(),
        store.countRelationships(),
        store.graphVersion(),
      ]);
      return {
        byKind: NODE_KINDS.map((kind) => ({ kind, count: byKind[kind] })),
        nodes: Object.values(byKind).reduce((a, b) => a + b, 0),
        relationships,
        graphVersion,
      };
    },
  },
};

/** The `metamodel` query: the loaded metamodel, which the page reads for legends, colours and forms. */
export function metamodelResolvers(metamodel: Metamodel) {
  const answer = {
    name: metamodel.name,
    kinds: metamodel.kinds.map((kind) => ({
      kind,
      idPrefix: `${kind.toLowerCase()}:`,
      doc: metamodel.kindDocs[kind] ?? null,
      impactRole: metamodel.impactRoles[kind]!,
      fields: Object.entries(metamodel.kindFields[kind] ?? {}).map(([name, spec]) => ({
        name,
        type: spec.graphql,
        enumValues: spec.enumValues ?? null,
        doc: spec.doc,
        required: metamodel.requiredFields[kind]?.includes(name) ?? false,
      })),
    })),
    relationshipTypes: metamodel.relationshipTypes.map((type) => {
      const { from, to, impact, inverse, doc } = metamodel.rules[type]!;
      return { type, from, to, impact, inverse, doc };
    }),
  };
  return {
    Query: { metamodel: () => answer },
    // Every kind's type answers `live` for the day its node was read at.
    ...Object.fromEntries(metamodel.kinds.map((kind) => [kind, { live }])),
  };
}
