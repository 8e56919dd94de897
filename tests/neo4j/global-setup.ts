// Vitest global setup for the `neo4j` project: uses NEO4J_URI when set, otherwise starts one
// Neo4j from Maven Central for the whole run. Without Java or Maven the Neo4j tests are skipped
// with one line saying why, unless REQUIRE_NEO4J=1 (CI), where that is a failure.
import type { TestProject } from 'vitest/node';
import { neo4jUnavailableReason, startNeo4j, type Neo4jServer } from './launch.js';

export type Neo4jTarget =
  { readonly uri: string; readonly user: string; readonly password: string } | { readonly skip: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
    });
    return;
  }
  const required = env.REQUIRE_NEO4J === '1';
  const skip = (reason: string) => {
    if (required) throw new Error(`REQUIRE_NEO4J=1 but Neo4j cannot run: ${reason}`);
    console.log(`[neo4j] skipping the Neo4j tests: ${reason}`);
    project.provide('neo4j', { skip: reason });
  };
  const missing = neo4jUnavailableReason();
  if (missing) return skip(missing);
  const started = performance.now();
  let server: Neo4jServer;
  try {
    server = await startNeo4j({ password: 'contract-test-password' });
  } catch (error) {
    return skip(error instanceof Error ? error.message : String(error));
  }
  console.log(
    `[neo4j] Neo4j ready at ${server.uri} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password });
  return () => server.stop();
}
