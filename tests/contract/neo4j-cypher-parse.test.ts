// Every Cypher statement the Neo4j adapter can send, checked by Neo4j's own parser
// (@neo4j-cypher/language-support). Parameters are declared, so a misspelt one is caught too.
import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import { READ_STAMP, WRITE_STAMP } from '../../server/src/store/cypher/metamodel-record.js';
import { neo4jDialect } from '../../server/src/store/cypher/dialect.js';
import { STAGING_STATEMENTS } from '../../server/src/store/cypher/staged-batch.js';
import { COUNTS, buildStatements, listStatements } from '../../server/src/store/cypher/statements.js';
import { NEO4J_META_STATEMENT, neo4jSchemaStatements } from '../../server/src/store/neo4j/open-neo4j.js';
import {
  CHANGE_COLUMNS,
  COUNCIL_LAYOUT,
  SCENARIO_COLUMNS,
  storeLayout,
  type StoreLayout,
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
  // The metamodel the graph holds (cypher/metamodel-record.ts).
  'hash',
  ...COUNTS,
];

const schemaOf = (layout: StoreLayout): DbSchema => ({
  labels: ['Node', 'Meta', 'Scenario', 'Change'],
  relationshipTypes: [...layout.relationshipTypes],
  // Property keys of stored records, plus the fields of the parameter rows (src, type, dst).
  propertyKeys: [...layout.nodeColumns, ...layout.relationshipColumns, ...SCENARIO_COLUMNS, ...CHANGE_COLUMNS]
    .map((c) => c.name)
    .concat('key', 'src', 'type', 'dst', 'importing', 'importLease', 'importSince', ...COUNTS)
    .concat('metamodel', 'metamodelHash', 'metamodelDescription'),
  parameters: Object.fromEntries(PARAMETERS.map((p) => [p, null])),
});

const statementsOf = (layout: StoreLayout) => [
  ...listStatements(buildStatements(neo4jDialect, layout)),
  ...Object.values(STAGING_STATEMENTS),
  ...neo4jSchemaStatements(layout),
  NEO4J_META_STATEMENT,
  READ_STAMP,
  WRITE_STAMP,
];

// The statements follow the metamodel the store is opened with: both shipped ones are checked.
const archimate = storeLayout(await loadMetamodelFile('archimate'));
const layouts = { council: COUNCIL_LAYOUT, archimate };
const statements = Object.entries(layouts).flatMap(([name, layout]) =>
  statementsOf(layout).map((s) => [`${name}: ${s.slice(0, 70)}`, s, schemaOf(layout)] as const),
);
const councilSchema = schemaOf(COUNCIL_LAYOUT);

const problems = (statement: string, schema: DbSchema = councilSchema) =>
  lintCypherQuery(statement, schema).diagnostics.map((d) => `${d.message} at ${d.offsets.start}`);

describe('Neo4j Cypher statements', () => {
  it('covers every relationship type’s write statements, for each metamodel', () => {
    for (const layout of Object.values(layouts))
      expect(statementsOf(layout).length).toBeGreaterThanOrEqual(15 + 2 * layout.relationshipTypes.length);
    expect(archimate.relationshipTypes).toContain('SERVING');
    expect(archimate.nodeColumns.map((c) => c.name)).toContain('identifier');
  });

  it.each(statements)('%s… parses with no diagnostics', (_, statement, schema) => {
    expect(problems(statement, schema)).toEqual([]);
  });

  it('is a checker that can fail: a broken statement and an undeclared parameter are reported', () => {
    expect(problems('MATCH (n:Node {id: $id} RETURN n')).not.toEqual([]);
    expect(problems('MATCH (n:Node {id: $idd}) RETURN n').join()).toMatch(/\$idd/);
  });
});
