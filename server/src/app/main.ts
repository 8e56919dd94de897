// `npm start`: builds nothing, opens the configured store, serves the API and the client.
import { AppError } from '../domain/errors.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startApp } from './start.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  try {
    const app = await startApp(config, logger);
    const where =
      config.store.kind === 'neo4j' ? `Neo4j at ${config.store.uri}` : `embedded store ${config.store.file}`;
    const stop = async (signal: string) => {
      logger.info({ signal }, 'stopping');
      await app.stop();
      process.exit(0);
    };
    // Before saying we are ready: whoever reads that line may signal at once, and with no
    // handler yet the default action would kill the process without closing the store.
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    logger.info({ url: app.http.url, store: app.store.name }, 'listening');
    console.log(`Explorer ready at ${app.http.url} (GraphQL at ${app.http.graphqlUrl}) on the ${where}`);
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

await main();
