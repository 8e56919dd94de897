// The Apollo Server over the store: schema, resolvers and the error mapping, no HTTP.
import { ApolloServer } from '@apollo/server';
import type { ImpactService } from '../services/impact-service.js';
import type { GraphStore } from '../store/port.js';
import { createContext, type ApiContext } from './context.js';
import { editResolvers } from './edit-resolvers.js';
import { formatError } from './errors.js';
import { exchangeResolvers } from './exchange-resolvers.js';
import { impactResolvers } from './impact-resolvers.js';
import { resolvers } from './resolvers.js';
import { editTypeDefs } from './schema-edit.js';
import { exchangeTypeDefs } from './schema-exchange.js';
import { impactTypeDefs } from './schema-impact.js';
import { typeDefs } from './schema.js';

export interface GraphqlOptions {
  readonly production: boolean;
}

export function createGraphqlServer(options: GraphqlOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: [typeDefs, impactTypeDefs, editTypeDefs, exchangeTypeDefs],
    resolvers: [resolvers, impactResolvers, editResolvers, exchangeResolvers],
    formatError: formatError(options.production),
    includeStacktraceInErrorResponses: !options.production,
    introspection: true,
  });
}

export function contextFor(store: GraphStore, impact: ImpactService): () => Promise<ApiContext> {
  return async () => createContext(store, impact);
}
