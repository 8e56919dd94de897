// The write path's statements as Neo4j plans them: every record found through an index (the
// unique constraint on node ids, the Meta key, the history's version and index), none through a
// scan of a label. At 100k nodes a statement that scans per row turns a load of seconds into
// hours, and nothing else would notice. Plans from EXPLAIN on the shared test Neo4j.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../server/src/domain/metamodel/index.js';
import { neo4jDialect } from '../../server/src/store/cypher/dialect.js';
import { STAGING_STATEMENTS } from '../../server/src/store/cypher/staged-batch.js';
import { buildStatements } from '../../server/src/store/cypher/statements.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';

const target = inject('neo4j');
const SCANS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
];

interface Plan {
  readonly operatorType: string;
  readonly children: readonly Plan[];
}
const operators = (plan: Plan): string[] => [plan.operatorType, ...plan.children.flatMap(operators)];

if ('skip' in target) {
  describe.skip(`Neo4j write plans (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  describe('Neo4j write plans', () => {
    const q = buildStatements(neo4jDialect);
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    beforeAll(async () => {
      // The schema (constraints and indexes) as the store creates it.
      await (await openNeo4jStore(target)).close();
    });
    afterAll(() => driver.close());

    const plan = async (statement: string, params: Record<string, unknown>) =>
      operators((await driver.executeQuery(`EXPLAIN ${statement}`, params)).summary.plan as unknown as Plan);

    const rows = { rows: [] };
    const cases: [string, string, Record<string, unknown>][] = [
      ['getKinds', q.getKinds, { ids: [] }],
      ['getNodes', q.getNodes, { ids: [] }],
      ['updateNodes', q.updateNodes, rows],
      ['deleteNodes', q.deleteNodes, { ids: [] }],
      ['bumpVersion', q.bumpVersion, { key: 'graph', nodes: '0', relationships: '0', changes: '0' }],
      ['inserts.nodes', q.inserts.nodes.statement, rows],
      ['inserts.changes', q.inserts.changes.statement, rows],
      ...RELATIONSHIP_TYPES.flatMap((t): [string, string, Record<string, unknown>][] => [
        [`inserts.relationships.${t}`, q.inserts.relationships[t].statement, rows],
        [`updateRelationships.${t}`, q.updateRelationships[t], rows],
        [`deleteRelationships.${t}`, q.deleteRelationships[t], rows],
      ]),
      ['staged: renew', STAGING_STATEMENTS.renew, { key: 'graph', import: 'x', lease: 0 }],
      [
        'staged: finish',
        STAGING_STATEMENTS.finish,
        { key: 'graph', import: 'x', nodes: '0', relationships: '0', changes: '0' },
      ],
      ['staged: entries past a version', STAGING_STATEMENTS.staged, { version: 0, limit: 10 }],
      ['staged: drop entries', STAGING_STATEMENTS.dropChanges, { keys: [] }],
      ['changesSince', q.changesSince, { version: 0, upto: 1, limit: 10 }],
    ];

    it.each(cases)('%s finds what it writes through an index, never a scan', async (_, statement, params) => {
      const ops = await plan(statement, params);
      expect(ops.filter((op) => SCANS.some((scan) => op.startsWith(scan)))).toEqual([]);
    });

    it('is a check that can fail: a lookup by an unindexed property scans', async () => {
      const ops = await plan('UNWIND $ids AS i MATCH (n:Node {name: i}) RETURN n.id', { ids: [] });
      expect(ops.some((op) => op.startsWith('NodeByLabelScan'))).toBe(true);
    });
  });
}
