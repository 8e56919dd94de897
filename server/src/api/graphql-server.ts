// The Apollo Server over the store: schema, resolvers with their permissions, limits on what
// one operation may ask (depth, cost, aliases, tokens) and the error mapping. No HTTP here.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { IResolvers } from '@graphql-tools/utils';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { AppError } from '../domain/errors.js';
import type { ImpactService } from '../services/impact-service.js';
import type { GraphStore } from '../store/port.js';
import type { Logger } from 'pino';
import { createContext, type ApiContext, type RequestRecord } from './context.js';
import { errorLogPlugin } from './error-log.js';
import { editResolvers, kindHistoryResolvers } from './edit-resolvers.js';
import { costLimitPlugin } from './cost.js';
import { formatError } from './errors.js';
import { exchangeResolvers } from './exchange-resolvers.js';
import { impactResolvers } from './impact-resolvers.js';
import { qualityResolvers } from './quality-resolvers.js';
import { withPermissions, type Principal } from './permissions.js';
import { metamodelResolvers, resolvers } from './resolvers.js';
import { timeBudgetPlugin, withTimeBudget } from './time-budget.js';
import { editTypeDefs, kindFieldInputs } from './schema-edit.js';
import { exchangeTypeDefs } from './schema-exchange.js';
import { impactTypeDefs } from './schema-impact.js';
import { metamodelTypeDefs } from './schema-metamodel.js';
import { metamodelChangeResolvers, type SchemaPreparer } from './metamodel-resolvers.js';
import { buildTypeDefs } from './schema.js';
import { CODE_METAMODEL, type Metamodel } from '../domain/metamodel/index.js';
import { qualityTypeDefs } from './schema-quality.js';

export interface GraphqlOptions {
  readonly production: boolean;
  readonly introspection: boolean;
  readonly maxDepth: number;
  /** The most an operation may cost, in the units of api/cost.ts. */
  readonly maxCost: number;
  /** How long a query may run before it is stopped (api/time-budget.ts). */
  readonly timeBudgetMs: number;
  /** The most nodes plus relationships exportGraph answers; bigger graphs are downloads. */
  readonly exportMaxElements: number;
  /** The metamodel loaded at start-up: the schema's types, enums and inputs, and the metamodel query. */
  readonly metamodel: Metamodel;
  /** Builds the schema of another metamodel for the HTTP layer to serve (changeMetamodel);
   *  without it a change is refused. */
  readonly prepareSchema?: SchemaPreparer;
}

export const DEFAULT_GRAPHQL_OPTIONS: GraphqlOptions = {
  production: false,
  introspection: true,
  maxDepth: 12,
  maxCost: 100_000,
  timeBudgetMs: 10_000,
  exportMaxElements: 10_000,
  metamodel: CODE_METAMODEL,
};

export function createGraphqlServer(
  overrides: Partial<GraphqlOptions> = {},
  logger?: Logger,
): ApolloServer<ApiContext> {
  const options = { ...DEFAULT_GRAPHQL_OPTIONS, ...overrides };
  const armor = new ApolloArmor({
    maxDepth: { n: options.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    // Armor's cost rule multiplies by `first` alone and cannot see variables: api/cost.ts weighs
    // the work each field's arguments ask for instead.
    costLimit: { enabled: false },
    maxAliases: { n: 30, exposeLimits: true },
    // Token counting is done by graphql-js's parser (parseOptions below): armor's version
    // throws from a plugin hook, which Apollo answers with 500 instead of 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50, exposeLimits: true },
    // Suggestions ("did you mean …") help a developer; they also map the schema for a stranger.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  return new ApolloServer<ApiContext>({
    typeDefs: [
      buildTypeDefs(options.metamodel),
      impactTypeDefs,
      editTypeDefs,
      kindFieldInputs(options.metamodel),
      exchangeTypeDefs,
      metamodelTypeDefs,
      qualityTypeDefs,
    ],
    resolvers: withTimeBudget(
      withPermissions([
        resolvers,
        metamodelResolvers(options.metamodel),
        metamodelChangeResolvers(options.metamodel, options.prepareSchema),
        impactResolvers,
        editResolvers,
        kindHistoryResolvers(options.metamodel.kinds),
        exchangeResolvers({ exportMaxElements: options.exportMaxElements }),
        qualityResolvers,
      ]),
    ) as IResolvers[],
    formatError: formatError(options.production),
    // Apollo's own SIGTERM/SIGINT handler re-sends the signal once Apollo has stopped, ending the
    // process before the store is closed and checkpointed: start.ts stops everything in order.
    stopOnTerminationSignals: false,
    ...(logger ? { logger } : {}),
    // The default landing page loads Apollo's sandbox from the internet: not here.
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      costLimitPlugin<ApiContext>(options.maxCost, { exportMaxElements: options.exportMaxElements }),
      timeBudgetPlugin<ApiContext>(options.timeBudgetMs),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set or read: Apollo's default cache-control plugin only wrapped every
      // field's resolver to compute them (a tenth of a search's time on the event loop, profiled
      // by `npm run bench:many -- --profile`). With no plugin watching fields, none are wrapped.
      ApolloServerPluginCacheControlDisabled(),
      ...(logger ? [errorLogPlugin(logger)] : []),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: 5000 },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    introspection: options.introspection,
    csrfPrevention: true,
  });
}

/** The per-request context; who is asking comes from the HTTP layer. */
export function contextFor(
  store: GraphStore,
  impact: ImpactService,
  principalOf: (headers: Record<string, string | string[] | undefined>) => Principal,
  backupDir: string,
  /** The record the HTTP layer keeps for this request's log line. */
  recordOf: (req: object) => RequestRecord | undefined = () => undefined,
) {
  return async ({
    req,
  }: {
    req: { headers: Record<string, string | string[] | undefined> };
  }): Promise<ApiContext> => {
    try {
      return createContext(store, impact, principalOf(req.headers), backupDir, recordOf(req));
    } catch (error) {
      if (error instanceof AppError) {
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
      }
      throw error;
    }
  };
}
