// The Apollo Server over the store: schema, resolvers and the error mapping, no HTTP.
import { ApolloServer } from '@apollo/server';
import type { GraphStore } from '../store/port.js';
import { formatError } from './errors.js';
import { resolvers, type ApiContext } from './resolvers.js';
import { typeDefs } from './schema.js';

export interface GraphqlOptions {
  readonly production: boolean;
}

export function createGraphqlServer(options: GraphqlOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    formatError: formatError(options.production),
    includeStacktraceInErrorResponses: !options.production,
    introspection: true,
  });
}

export function contextFor(store: GraphStore): () => Promise<ApiContext> {
  return async () => ({ store });
}
