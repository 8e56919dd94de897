// The server's schema as SDL, read through introspection of the Apollo Server the app builds,
// so every type definition the server assembles is included, whichever file declares it.
// `npm run codegen` writes it to client/src/generated/schema.graphql; a test compares the two.
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import prettier from 'prettier';
import { createGraphqlServer } from '../../server/src/api/graphql-server.js';
import type { ApiContext } from '../../server/src/api/context.js';

export const GENERATED_SCHEMA = new URL('../src/generated/schema.graphql', import.meta.url);

export async function serverSdl(): Promise<string> {
  const server = createGraphqlServer({ production: false });
  await server.start();
  try {
    // Introspection resolvers never read the context; the store is not needed to describe the schema.
    const response = await server.executeOperation(
      { query: getIntrospectionQuery({ descriptions: true }) },
      { contextValue: {} as ApiContext },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) {
      throw new Error(`[client/codegen] introspection failed: ${JSON.stringify(response.body)}`);
    }
    const data = response.body.singleResult.data as unknown as IntrospectionQuery;
    // Formatted as the repository's prettier check expects, so the committed file passes lint.
    const options = await prettier.resolveConfig(GENERATED_SCHEMA);
    return prettier.format(printSchema(buildClientSchema(data)), { ...options, parser: 'graphql' });
  } finally {
    await server.stop();
  }
}
