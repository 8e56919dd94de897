// A child process for the staged-import test: opens the Neo4j store (staged transactions of
// `rows` records, a lease of `leaseMs`) and imports a hub of `size` spokes; after its `killAt`th
// write transaction has committed it SIGKILLs itself, between two staged transactions.
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import type { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import type { CypherTx } from '../../server/src/store/cypher/session.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { hub } from '../fixtures/graphs.js';

const [uri, user, size, rows, leaseMs, killAt] = process.argv.slice(2);
const store = (await openNeo4jStore(
  { uri: uri!, user: user!, password: process.env.NEO4J_PASSWORD ?? '' },
  { staging: { rows: Number(rows), leaseMs: Number(leaseMs) } },
)) as CypherGraphStore;
const session = store.session;
const write = session.write.bind(session);
let committed = 0;
session.write = async <T>(work: (tx: CypherTx) => Promise<T>): Promise<T> => {
  const result = await write(work);
  if (++committed === Number(killAt)) {
    console.log(`KILLING after ${committed} transactions`);
    process.kill(process.pid, 'SIGKILL');
  }
  return result;
};
await store.applyBatch(parseBatch(hub(Number(size), 'killed-')));
console.log('IMPORTED');
await store.close();
