// What an operation costs, weighed before it runs by the work it asks of the server: one unit
// is about one record read, built and sent (a node, a relationship, a change). The weights read
// the operation's arguments, variables included, so `neighbourhood(depth: 4, limit: 2000)` with
// `history(first: 500)` on each node costs millions and is refused before any of it is done.
// docs/limits.md lists the weights; change them here and there together.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** A pass over the whole impact projection (every node may be reached). */
export const PROJECTION_PASS_COST = 5_000;

/** Each element an export writes is read, serialised and held as text in the response: four units. */
export const EXPORT_COST_PER_ELEMENT = 4;

/** Variables' costs kept per parsed document. */
const COSTS_PER_DOCUMENT = 64;

export interface CostWeights {
  /** The most elements exportGraph answers; it is charged as if the graph were that big. */
  readonly exportMaxElements: number;
}

type Args = Record<string, unknown>;
type Weight = (args: Args, child: number, weights: CostWeights) => number;

const count = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
const listLength = (value: unknown): number => (Array.isArray(value) ? value.length : 1);

// Fields whose work depends on their arguments. A list under one of these is charged once per
// item here, by its parent, so its own default weight (1 + its children) is not multiplied again.
const WEIGHTS: Record<string, Weight> = {
  // The walk visits up to limit nodes per level; each node reached is then built with the selection.
  'Query.neighbourhood': (a, child) => {
    const limit = count(a.limit, 300);
    return limit * Math.max(1, count(a.depth, 1)) + limit * child;
  },
  'Query.search': (a, child) => count(a.first, 20) * (1 + child),
  'Query.nodes': (a, child) => listLength(a.ids) * (1 + child),
  // One store query per node, then first changes built with the selection.
  'Node.history': (a, child) => 1 + count(a.first, 20) * (1 + child),
  'Query.history': (a, child) => count(a.first, 50) * (1 + child),
  'ChangeSummary.changes': (a, child) => count(a.first, 100) * (1 + child),
  'ImpactReport.affected': (a, child) => count(a.first, 50) * (1 + child),
  'AffectedNode.alternatives': (a, child) => count(a.count, 3) * (1 + child),
  'Query.exportGraph': (_a, child, w) => w.exportMaxElements * EXPORT_COST_PER_ELEMENT + child,
  'Query.impact': (_a, child) => PROJECTION_PASS_COST + child,
  'Query.explainPath': (a, child) => PROJECTION_PASS_COST + count(a.count, 3) * (1 + child),
  'Query.contractHorizon': (_a, child) => PROJECTION_PASS_COST + child,
  'Query.asAt': (_a, child) => PROJECTION_PASS_COST + child,
  'Query.compareScenarios': (_a, child) => 2 * PROJECTION_PASS_COST + child,
  'Scenario.impact': (_a, child) => PROJECTION_PASS_COST + child,
  // Reads every node and relationship once, like a pass over the projection.
  'Query.dataQuality': (_a, child) => PROJECTION_PASS_COST + child,
};

/** The estimators, in the order graphql-query-complexity asks them: the table, then the default. */
export function costEstimators(weights: CostWeights): ComplexityEstimator[] {
  return [
    ({ type, field, args, childComplexity }) => {
      // A node's fields are weighed alike whether selected on Node or on its kind (… on System).
      // Duck-typed: graphql-query-complexity may hand over types of graphql's other (CommonJS)
      // build, which graphql's own isObjectType refuses as "from another realm".
      const owner =
        'getInterfaces' in type && type.getInterfaces().some((i) => i.name === 'Node') ? 'Node' : type.name;
      const weight = WEIGHTS[`${type.name}.${field.name}`] ?? WEIGHTS[`${owner}.${field.name}`];
      return weight ? Math.ceil(weight(args, childComplexity, weights)) : undefined;
    },
    // A field is one unit plus what is selected under it.
    ({ childComplexity }) => 1 + childComplexity,
  ];
}

/** The cost of one operation of a document, with its variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  weights: CostWeights,
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: costEstimators(weights),
  });
}

/**
 * Refuses an operation whose cost is over maxCost once Apollo knows which operation runs, before
 * any resolver: COST_LIMIT_EXCEEDED, with both figures. Variables that do not fit the schema are
 * left for execution to refuse with its own message.
 */
export function costLimitPlugin<C extends object>(
  maxCost: number,
  weights: CostWeights,
): ApolloServerPlugin<C> {
  // Apollo hands the same parsed document to every request with the same text (its document
  // store), so an operation's cost is worked out once per document, operation and variables
  // rather than per request: the walk over the selection was a request's own cost otherwise.
  const known = new WeakMap<object, Map<string, number>>();
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, schema, operationName }) => {
        let costs = known.get(document);
        if (!costs) known.set(document, (costs = new Map<string, number>()));
        const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
        let cost = costs.get(key);
        try {
          if (cost === undefined) {
            cost = operationCost(schema, document, weights, request.variables, operationName ?? undefined);
            // Bounded: a client sending ever-new variables to one document does not grow it forever.
            if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
            costs.set(key, cost);
          }
        } catch (error) {
          // Bad variables: execution refuses them with its own message (the same realm caveat).
          if ((error as Error)?.name === 'GraphQLError') return;
          throw error;
        }
        if (cost > maxCost) {
          throw new GraphQLError(
            `[api/cost] this operation would cost ${cost} and the limit is ${maxCost}: ask for less ` +
              '(a smaller depth, limit or first, fewer aliases or nested histories); ' +
              'whole-graph exports are downloads (GET /export/…) or the CLI (npm run cli -- export)',
            { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost, http: { status: 400 } } },
          );
        }
      },
    }),
  };
}
