import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded store under ./data on port 4000', () => {
    const config = loadConfig({});
    expect(config.store).toEqual({
      kind: 'ladybug',
      file: path.resolve('data/graph.lbug'),
      bufferPoolBytes: 512 * 1024 * 1024,
    });
    expect(config.port).toBe(4000);
  });

  it('sizes the embedded store’s buffer pool from LADYBUG_BUFFER_POOL_MB; 0 leaves it to the engine', () => {
    expect(loadConfig({ LADYBUG_BUFFER_POOL_MB: '128' }).store).toMatchObject({
      bufferPoolBytes: 128 * 1024 * 1024,
    });
    expect(loadConfig({ LADYBUG_BUFFER_POOL_MB: '0' }).store).not.toHaveProperty('bufferPoolBytes');
    expect(() => loadConfig({ LADYBUG_BUFFER_POOL_MB: 'lots' })).toThrow(/LADYBUG_BUFFER_POOL_MB/);
  });

  it('reads the limits on one request', () => {
    const config = loadConfig({ GRAPHQL_TIME_BUDGET_MS: '2500', GRAPHQL_EXPORT_MAX_ELEMENTS: '50000' });
    expect(config.graphql).toMatchObject({ maxCost: 100_000, timeBudgetMs: 2500, exportMaxElements: 50_000 });
  });

  it('chooses Neo4j when NEO4J_URI and a password are set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_PASSWORD: 'p' });
    expect(config.store).toMatchObject({ kind: 'neo4j', uri: 'neo4j+s://db.example:7687', user: 'neo4j' });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": .*number/],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'p' }, /NEO4J_URI=.*Bolt URI/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD="": required when NEO4J_URI is set/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
    [{ SEED_ON_EMPTY: 'maybe' }, /SEED_ON_EMPTY="maybe"/],
    [{ GRAPHQL_TIME_BUDGET_MS: '0' }, /GRAPHQL_TIME_BUDGET_MS="0"/],
    [{ GRAPHQL_EXPORT_MAX_ELEMENTS: 'lots' }, /GRAPHQL_EXPORT_MAX_ELEMENTS="lots"/],
  ])('stops on %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
