// Resolvers: check arguments, call the store port, shape the answer. No Cypher, no HTTP.
import { GraphQLScalarType, Kind } from 'graphql';
import {
  PARTIAL_DATE_PATTERN,
  RELATIONSHIP_RULES,
  type GraphNode,
  type FieldSpec,
  type GraphRelationship,
  type Metamodel,
} from '../domain/metamodel/index.js';
import { BadInputError, NotFoundError } from '../domain/errors.js';
import { isLiveOn, today } from '../domain/time/live.js';
import type { Subgraph } from '../store/port.js';
import { GraphQLDateTime } from 'graphql-scalars';
import { argumentSchemasFor } from './arguments.js';
import { connection } from './connection.js';
import { parseInput } from './input.js';
import type { ApiContext } from './context.js';
import type {
  NodeKind as SchemaNodeKind,
  RelationshipType as SchemaRelationshipType,
  Resolvers,
} from './generated/resolvers-types.js';
import type { MetamodelModel as MetamodelAnswer, ReadNode, RelationshipModel } from './models.js';
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
export const relationshipOut = (r: GraphRelationship): RelationshipModel => r;

/** A node as read as at a day: `Node.live` answers for that day. A copy, not the node: the
 *  read cache shares its node objects between requests as at different days. */
const readAsAt = (node: GraphNode, day: string): ReadNode => ({ ...node, readAsAt: day });
const live = (node: ReadNode) => isLiveOn(node, node.readAsAt ?? today());

const subgraphOut = (g: Subgraph, day: string) => ({
  nodes: g.nodes.map((n) => readAsAt(n, day)),
  relationships: g.relationships.map(relationshipOut),
  truncated: g.truncated,
  capped: g.capped,
});

/** The resolvers every node kind's type shares (history, live), typed once. */
export type KindResolvers = Pick<NonNullable<Resolvers[SchemaNodeKind]>, 'live' | 'history'>;

export const resolvers = {
  PartialDate: partialDate,
  DateTime: GraphQLDateTime,
  Node: {
    __resolveType: (node: GraphNode) => node.kind,
  },
  Relationship: {
    // The store's metamodel: the council's rules know none of another metamodel's types.
    impact: (r: GraphRelationship, _: unknown, { store }: ApiContext) =>
      store.metamodel.rules[r.type]?.impact ?? RELATIONSHIP_RULES[r.type].impact,
  },
  Provenance: {
    title: (p: { document: string }) => sourceDocument(p.document)?.title ?? null,
  },
  Query: {
    node: async (_: unknown, args: unknown, { store }: ApiContext) => {
      const { id, asAt } = parseInput(argumentSchemasFor(store.metamodel).node, args, 'api/node');
      const [node] = await store.getNodes([id]);
      if (!node) throw new NotFoundError('api/node', [id]);
      return readAsAt(node, asAt);
    },
    nodes: async (_: unknown, args: unknown, { store }: ApiContext) => {
      const { ids, asAt } = parseInput(argumentSchemasFor(store.metamodel).nodes, args, 'api/nodes');
      const found = await store.getNodes(ids);
      const missing = ids.filter((id) => !found.some((n) => n.id === id));
      if (missing.length) throw new NotFoundError('api/nodes', missing);
      return found.map((n) => readAsAt(n, asAt));
    },
    search: async (_: unknown, args: unknown, { store }: ApiContext) => {
      const { text, kinds, first, after, asAt, everyDate } = parseInput(
        argumentSchemasFor(store.metamodel).search,
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
      return connection({
        items: page.nodes.map((node) => readAsAt(node, asAt)),
        cursors: page.cursors,
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after != null,
        totalCount: page.totalCount,
      });
    },
    neighbourhood: async (_: unknown, args: unknown, { impact, store }: ApiContext) => {
      const a = parseInput(argumentSchemasFor(store.metamodel).neighbourhood, args, 'api/neighbourhood');
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
        byKind: store.metamodel.kinds.map((kind) => ({
          kind: kind as SchemaNodeKind,
          count: (byKind as Record<string, number>)[kind] ?? 0,
        })),
        nodes: Object.values(byKind).reduce((a, b) => a + b, 0),
        relationships,
        graphVersion,
      };
    },
  },
} satisfies Resolvers;

/** The `metamodel` query: the loaded metamodel, which the page reads for legends, colours and forms. */
export function metamodelResolvers(metamodel: Metamodel) {
  // The schema's NodeKind and RelationshipType enums are built from this metamodel's names; the
  // generated types know the council's, so the names are asserted to be enum values here, once.
  const kindOf = (kind: string) => kind as SchemaNodeKind;
  const typeOf = (type: string) => type as SchemaRelationshipType;
  const answer: MetamodelAnswer = {
    name: metamodel.name,
    kinds: metamodel.kinds.map((kind) => ({
      kind: kindOf(kind),
      idPrefix: `${kind.toLowerCase()}:`,
      doc: metamodel.kindDocs[kind] ?? null,
      impactRole: metamodel.impactRoles[kind]!,
      fields: Object.entries(metamodel.kindFields[kind] ?? {}).map(([name, spec]) => ({
        name,
        type: spec.graphql,
        enumValues: spec.enumValues ?? null,
        doc: spec.doc,
        required: metamodel.requiredFields[kind]?.includes(name) ?? false,
        ...fieldLimits(spec),
      })),
    })),
    relationshipTypes: metamodel.relationshipTypes.map((type) => {
      const { from, to, impact, inverse, doc } = metamodel.rules[type]!;
      return { type: typeOf(type), from: from.map(kindOf), to: to.map(kindOf), impact, inverse, doc };
    }),
  };
  // Every kind's type answers `live` for the day its node was read at. The kinds are the loaded
  // metamodel's; their resolvers are typed as the council kinds' (every kind's parent is a node).
  const kinds: Record<string, KindResolvers> = Object.fromEntries(
    metamodel.kinds.map((kind) => [kind, { live }]),
  );
  return { Query: { metamodel: () => answer }, ...kinds } satisfies Resolvers;
}

/** A field's limits, read from its schema (the one place they are declared). */
function fieldLimits(spec: FieldSpec) {
  const json = spec.schema.toJSONSchema() as Record<string, unknown>;
  const number = (key: string) => (typeof json[key] === 'number' ? (json[key] as number) : null);
  return {
    min: number('minimum'),
    max: number('maximum'),
    minLength: number('minLength'),
    maxLength: number('maxLength'),
  };
}
