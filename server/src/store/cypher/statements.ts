// Every Cypher statement the product sends to a graph store, built once per dialect.
// Values are always parameters; the only text spliced in is relationship type names,
// which come from the loaded metamodel's list (Cypher cannot parameterise them; the metamodel
// file's names are checked to be plain upper-case words, domain/metamodel/definition.ts).
import type { RelationshipType } from '../../domain/metamodel/index.js';
import {
  CHANGE_COLUMNS,
  COUNCIL_LAYOUT,
  SCENARIO_COLUMNS,
  TOPOLOGY_FIELDS,
  type ColumnType,
  type StoreLayout,
} from '../records.js';
import type { CypherDialect } from './dialect.js';

export const META_KEY = 'graph';

/** What the Meta record counts, kept in step with the tables by every write. */
export const COUNTS = ['nodes', 'relationships', 'changes'] as const;
export type Counts = Record<(typeof COUNTS)[number], number>;
/** Count parameters travel as text, like every number (see dialect.ts). */
export const countParams = (counts: Counts): Record<string, string> =>
  Object.fromEntries(COUNTS.map((c) => [c, String(counts[c])]));

/** Column names are quoted: some (`end`) are keywords in one dialect or the other. */
export const quote = (name: string): string => `\`${name}\``;

/** The statements for one dialect and one store layout (the metamodel's columns and types). */
export function buildStatements(d: CypherDialect, layout: StoreLayout = COUNCIL_LAYOUT) {
  const NODE_COLUMNS = layout.nodeColumns;
  const RELATIONSHIP_COLUMNS = layout.relationshipColumns;
  const RELATIONSHIP_TYPES = layout.relationshipTypes;
  const nodeReturn = NODE_COLUMNS.map((c) => `n.${quote(c.name)} AS ${quote(c.name)}`).join(', ');
  const assign = (v: string, columns: readonly { name: string; type: ColumnType }[], sep: ' = ' | ': ') =>
    columns
      .map((c) => `${v === '' ? '' : `${v}.`}${quote(c.name)}${sep}${d.cast(`r.${quote(c.name)}`, c.type)}`)
      .join(', ');
  const nodeSet = assign(
    'n',
    NODE_COLUMNS.filter((c) => c.name !== 'id'),
    ' = ',
  );
  const relReturn = (from: string, to: string) =>
    `${from}.id AS src, ${d.relType('e')} AS type, ${to}.id AS dst, ` +
    RELATIONSHIP_COLUMNS.map((c) => `e.${quote(c.name)} AS ${quote(c.name)}`).join(', ');
  const changeReturn = CHANGE_COLUMNS.map((c) => `c.${quote(c.name)} AS ${quote(c.name)}`).join(', ');
  const scenarioReturn = SCENARIO_COLUMNS.map((c) => `s.${quote(c.name)} AS ${quote(c.name)}`).join(', ');
  // $day is '' for no as-at; else only nodes live on it (derived columns, see records.ts).
  const searchWhere =
    "n.kind IN $kinds AND ($day = '' OR " +
    '((n.liveFrom IS NULL OR n.liveFrom <= $day) AND (n.liveUntil IS NULL OR n.liveUntil > $day)))';

  const perType = <T>(make: (type: RelationshipType) => T) =>
    Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, make(t)])) as Record<RelationshipType, T>;

  return {
    layout,
    getNodes: `UNWIND $ids AS i MATCH (n:Node {id: i}) RETURN ${nodeReturn}`,
    getKinds: `UNWIND $ids AS i MATCH (n:Node {id: i}) RETURN n.id AS id, n.kind AS kind`,
    // What search/match.ts ranks, in the order search-page.ts expects (name, then id).
    searchCandidates:
      `MATCH (n:Node) WHERE ${searchWhere} RETURN n.id AS id, n.kind AS kind, n.name AS name, ` +
      'n.aliasesJson AS aliasesJson, n.description AS description, n.sortName AS sortName ORDER BY sortName, id',
    // `a.id IN $ids` rather than UNWIND: with a relationship in the pattern, LadybugDB plans the
    // UNWIND form as a scan of every node (measured: 350 ms against 13 ms for one id at 100k).
    expandOut: `MATCH (a:Node)-[e]->(b:Node) WHERE a.id IN $ids AND ${d.relType('e')} IN $types RETURN ${relReturn('a', 'b')}`,
    expandIn: `MATCH (a:Node)<-[e]-(b:Node) WHERE a.id IN $ids AND ${d.relType('e')} IN $types RETURN ${relReturn('b', 'a')}`,
    updateNodes: `UNWIND $rows AS r MATCH (n:Node {id: r.id}) SET ${nodeSet}`,
    // By id, reached through the source's key (LadybugDB has no index on relationship columns).
    updateRelationships: perType(
      (t) =>
        `UNWIND $rows AS r MATCH (a:Node {id: r.src})-[e:${quote(t)}]->(b:Node) WHERE e.id = r.id ` +
        `SET ${assign('e', RELATIONSHIP_COLUMNS, ' = ')}`,
    ),
    deleteRelationships: perType(
      (t) =>
        `UNWIND $rows AS r MATCH (a:Node {id: r.src})-[e:${quote(t)}]->(b:Node) WHERE e.id = r.id DELETE e`,
    ),
    // One branch per type: Neo4j's relationship indexes (neo4j/open-neo4j.ts) are per type.
    relationshipsById: RELATIONSHIP_TYPES.map(
      (t) => `MATCH (a:Node)-[e:${quote(t)}]->(b:Node) WHERE e.id IN $ids RETURN ${relReturn('a', 'b')}`,
    ).join(' UNION ALL '),
    // Start-up migration of stores written before relationship ids (see fill-relationship-ids.ts).
    relationshipsWithoutId: `MATCH (a:Node)-[e]->(b:Node) WHERE e.id IS NULL RETURN a.id AS src, ${d.relType('e')} AS type, b.id AS dst`,
    setRelationshipIds: perType(
      (t) =>
        `UNWIND $rows AS r MATCH (a:Node {id: r.src})-[e:${quote(t)}]->(b:Node) WHERE b.id = r.dst AND e.id IS NULL SET e.id = r.id`,
    ),
    changesWithoutEnds:
      "MATCH (c:Change) WHERE c.target = 'RELATIONSHIP' AND c.src IS NULL RETURN c.id AS id, c.targetId AS targetId",
    setChangeEnds:
      'UNWIND $rows AS r MATCH (c:Change {id: r.id}) SET c.targetId = r.targetId, c.src = r.src, c.dst = r.dst',
    deleteNodes: 'UNWIND $ids AS i MATCH (n:Node {id: i}) DETACH DELETE n',
    deleteAllNodes: 'MATCH (n:Node) DETACH DELETE n',
    // The record counts move with the version in the same transaction: a store whose counts
    // disagree with its tables was torn by a crash (see ladybug/consistency.ts).
    bumpVersion:
      `MATCH (m:Meta {key: $key}) WHERE ${d.notStaging} SET m.version = m.version + 1, ` +
      COUNTS.map((c) => `m.${c} = m.${c} + ${d.cast(`$${c}`, 'INT64')}`).join(', ') +
      ' RETURN m.version AS version',
    setCounts: `MATCH (m:Meta {key: $key}) SET ${COUNTS.map((c) => `m.${c} = ${d.cast(`$${c}`, 'INT64')}`).join(', ')}`,
    meta: `MATCH (m:Meta {key: $key}) RETURN m.version AS version, ${COUNTS.map((c) => `m.${c} AS ${c}`).join(', ')}`,
    graphVersion: 'MATCH (m:Meta {key: $key}) RETURN m.version AS version',
    countChanges: 'MATCH (c:Change) RETURN count(c) AS count, max(c.version) AS version',
    countByKind: 'MATCH (n:Node) RETURN n.kind AS kind, count(n) AS count',
    countRelationships: 'MATCH (:Node)-[e]->(:Node) RETURN count(e) AS count',
    allNodes: `MATCH (n:Node) RETURN ${nodeReturn}`,
    allRelationships: `MATCH (a:Node)-[e]->(b:Node) RETURN ${relReturn('a', 'b')}`,
    topologyNodes:
      'MATCH (n:Node) RETURN ' +
      // Those the metamodel has (LadybugDB refuses a column its table lacks).
      ['id', 'kind', ...TOPOLOGY_FIELDS.filter((f) => NODE_COLUMNS.some((c) => c.name === f))]
        .map((f) => `n.${quote(f)} AS ${quote(f)}`)
        .join(', '),
    topologyEdges:
      `MATCH (a:Node)-[e]->(b:Node) RETURN e.id AS id, a.id AS src, ${d.relType('e')} AS type, b.id AS dst, ` +
      'e.redundancyGroup AS redundancyGroup, e.redundancyK AS redundancyK, e.fallback AS fallback, ' +
      'e.`start` AS `start`, e.`end` AS `end`, e.planned AS planned',
    listScenarios: `MATCH (s:Scenario) RETURN ${scenarioReturn} ORDER BY id`,
    getScenarios: `UNWIND $ids AS i MATCH (s:Scenario {id: i}) RETURN ${scenarioReturn} ORDER BY id`,
    createScenario: `CREATE (s:Scenario {${SCENARIO_COLUMNS.map((c) => `${quote(c.name)}: ${d.cast(`$${c.name}`, c.type)}`).join(', ')}})`,
    updateScenario: `MATCH (s:Scenario {id: $id}) SET ${SCENARIO_COLUMNS.filter((c) => c.name !== 'id')
      .map((c) => `s.${quote(c.name)} = ${d.cast(`$${c.name}`, c.type)}`)
      .join(', ')}`,
    deleteScenario: 'MATCH (s:Scenario {id: $id}) DELETE s',
    history:
      `MATCH (c:Change) WHERE c.at >= $since AND (c.version < $version OR (c.version = $version AND c.idx < $idx)) ` +
      `RETURN ${changeReturn} ORDER BY version DESC, idx DESC LIMIT $limit`,
    historyOf:
      // A node's own changes and its relationships' (by their ends).
      'MATCH (c:Change) WHERE (c.targetId = $subject OR c.src = $subject OR c.dst = $subject) ' +
      'AND c.at >= $since ' +
      `AND (c.version < $version OR (c.version = $version AND c.idx < $idx)) ` +
      `RETURN ${changeReturn} ORDER BY version DESC, idx DESC LIMIT $limit`,
    // Every change after a version, oldest first: what a server that saw that version missed.
    // `idx IS NOT NULL` lets Neo4j seek the (version, idx) index, in order, instead of scanning
    // every change (PROFILE: 5 db hits against 66,000 at 10k nodes); it holds for every entry.
    changesSince:
      `MATCH (c:Change) WHERE c.version > $version AND c.version <= $upto AND c.idx IS NOT NULL ` +
      `RETURN ${changeReturn} ORDER BY version, idx LIMIT $limit`,
    // The changes of these targets from a version on: their `before` is an earlier change's `after`.
    changesAfter:
      'MATCH (c:Change) WHERE c.targetId IN $targets AND c.version >= $version ' +
      'RETURN c.targetId AS targetId, c.version AS version, c.idx AS idx, c.before AS before',
    // The store knows which records exist before it writes, so new ones are CREATEd (on
    // LadybugDB twice as fast as MERGE for nodes, 20 times for relationships), and sessions with
    // a bulk path (LadybugDB's COPY) use it for large batches. The WITH between the two MATCHes
    // makes LadybugDB look both ends up by key; in one MATCH it scans (a thousand times slower).
    inserts: {
      nodes: {
        statement: `UNWIND $rows AS r CREATE (n:Node {${assign('', NODE_COLUMNS, ': ')}})`,
        table: 'Node',
        relationship: false,
      },
      changes: {
        statement: `UNWIND $rows AS r CREATE (c:Change {${assign('', CHANGE_COLUMNS, ': ')}})`,
        table: 'Change',
        relationship: false,
      },
      relationships: perType((t) => ({
        statement:
          `UNWIND $rows AS r MATCH (a:Node {id: r.src}) WITH a, r MATCH (b:Node {id: r.dst}) ` +
          `CREATE (a)-[e:${quote(t)} {${assign('', RELATIONSHIP_COLUMNS, ': ')}}]->(b)`,
        table: t,
        relationship: true,
      })),
    },
  } as const;
}

export type Statements = ReturnType<typeof buildStatements>;

/** Every statement as a flat list, for the parser check. */
export function listStatements(s: Statements): string[] {
  const { inserts, layout: _layout, ...rest } = s;
  return [
    ...Object.values(rest).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))),
    inserts.nodes.statement,
    inserts.changes.statement,
    ...Object.values(inserts.relationships).map((i) => i.statement),
  ];
}
