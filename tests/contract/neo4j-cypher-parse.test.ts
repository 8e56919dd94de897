// Every Cypher statement the Neo4j adapter can send, checked by Neo4j's own parser
// (@neo4j-cypher/language-support). Parameters are declared, so a misspelt one is caught too.
import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../server/src/domain/metamodel/index.js';
import { neo4jDialect } from '../../server/src/store/cypher/dialect.js';
import { STAGING_STATEMENTS } from '../../server/src/store/cypher/staged-batch.js';
import { COUNTS, buildStatements, listStatements } from '../../server/src/store/cypher/statements.js';
import { NEO4J_META_STATEMENT, NEO4J_SCHEMA_STATEMENTS } from '../../server/src/store/neo4j/open-neo4j.js';
import {
  CHANGE_COLUMNS,
  NODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  SCENARIO_COLUMNS,
} from '../../server/src/store/records.js';

const PARAMETERS = [
  'ids',
  'rows',
  'text',
  'kinds',
  'exact',
  'prefix',
  'rank',
  'sortName',
  'id',
  'limit',
  'day',
  'types',
  'key',
  'after',
  'name',
  'description',
  'events',
  'version',
  'upto',
  'createdAt',
  'updatedAt',
  'since',
  'subject',
  'subjectFrom',
  'subjectTo',
  'targets',
  'idx',
  // The staged import's lease (cypher/staged-batch.ts).
  'import',
  'held',
  'now',
  'lease',
  'keys',
  ...COUNTS,
];

const schema: DbSchema = {
  labels: ['Node', 'Meta', 'Scenario', 'Change'],
  relationshipTypes: [...RELATIONSHIP_TYPES],
  // Property keys of stored records, plus the fields of the parameter rows (src, type, dst).
  propertyKeys: [...NODE_COLUMNS, ...RELATIONSHIP_COLUMNS, ...SCENARIO_COLUMNS, ...CHANGE_COLUMNS]
    .map((c) => c.name)
    .concat('key', 'src', 'type', 'dst', 'importing', 'importLease', 'importSince', ...COUNTS),
  parameters: Object.fromEntries(PARAMETERS.map((p) => [p, null])),
};

const statements = [
  ...listStatements(buildStatements(neo4jDialect)),
  ...Object.values(STAGING_STATEMENTS),
  ...NEO4J_SCHEMA_STATEMENTS,
  NEO4J_META_STATEMENT,
];

const problems = (statement: string) =>
  lintCypherQuery(statement, schema).diagnostics.map((d) => `${d.message} at ${d.offsets.start}`);

describe('Neo4j Cypher statements', () => {
  it('covers every relationship type’s write statements', () => {
    expect(statements.length).toBeGreaterThanOrEqual(15 + 2 * RELATIONSHIP_TYPES.length);
  });

  it.each(statements.map((s) => [s.slice(0, 70), s]))('%s… parses with no diagnostics', (_, statement) => {
    expect(problems(statement)).toEqual([]);
  });

  it('is a checker that can fail: a broken statement and an undeclared parameter are reported', () => {
    expect(problems('MATCH (n:Node {id: $id} RETURN n')).not.toEqual([]);
    expect(problems('MATCH (n:Node {id: $idd}) RETURN n').join()).toMatch(/\$idd/);
  });
});
