// How Neo4j holds the change history: in blocks, one record per write statement (up to a few
// thousand entries of one graph version, consecutive by index), each entry's fields in parallel
// lists. As one node per entry, with the indexes a node's history needs (version and index,
// target, both ends of a relationship), every history entry of an import cost Neo4j as much as
// the record it describes, and at commit more (bench/neo4j-anchor.bench.ts). A block is one
// record, one entry in the (version, first) index and one document in a full-text index over
// its subjects, whose keyword analyser keeps every id whole (an exact, case-sensitive term).
// LadybugDB keeps one row per entry: its COPY writes them in bulk already.
//
// The reads return the same columns as entries stored one per node did, so the store reads
// both: databases written before blocks keep their `Change` nodes, and the queries below take
// the union. Empty text stands for null in the lists (Neo4j's lists hold no nulls).

/** The full-text index over the subjects of blocks (see neo4j/open-neo4j.ts). */
export const BLOCK_SUBJECTS_INDEX = 'change_block_subjects';

/** Cypher: the Lucene query for exactly the id in `expression`: a quoted phrase, which the
 *  keyword analyser makes a single term; backslashes and quotes escaped. `field` narrows it to
 *  one list (`targetIds`). */
const luceneTerm = (expression: string, field = ''): string =>
  String.raw`'${field ? `${field}:` : ''}"' + replace(replace(${expression}, '\\', '\\\\'), '"', '\\"') + '"'`;

const orNull = (expression: string) => `CASE ${expression} WHEN '' THEN null ELSE ${expression} END`;

/** The columns of entry `i` of block `b`, whose lists have been read as `ac`, `tg`, `ti`, `bf`,
 *  `sr`, `ds`, from `offset` on (a slice) — the columns rowToChange reads. */
const entryColumns = (i: string, offset = '0') =>
  `toString(b.version) + ':' + toString(b.first + ${offset} + ${i}) AS id, b.version AS version, ` +
  `b.first + ${offset} + ${i} AS idx, b.at AS at, b.actor AS actor, ac[${i}] AS action, tg[${i}] AS target, ` +
  `ti[${i}] AS targetId, ${orNull(`bf[${i}]`)} AS \`before\`, ${orNull(`sr[${i}]`)} AS src, ${orNull(`ds[${i}]`)} AS dst`;

/** The lists of block `b` from entry `lo` to entry `hi` (inclusive), read once per block. */
const sliceLists = (keep: string, lo: string, hi: string) =>
  `WITH ${keep}, b.actions[${lo}..${hi} + 1] AS ac, b.targets[${lo}..${hi} + 1] AS tg, ` +
  `b.targetIds[${lo}..${hi} + 1] AS ti, b.befores[${lo}..${hi} + 1] AS bf, ` +
  `b.srcs[${lo}..${hi} + 1] AS sr, b.dsts[${lo}..${hi} + 1] AS ds`;

/** Before the cursor ($version, $idx), since the time $since. */
const beforeCursor = (v: string, first: string) =>
  `${v}.at >= $since AND (${v}.version < $version OR (${v}.version = $version AND ${first} < $idx))`;

/**
 * The history statements over blocks and the nodes of older databases. `changeReturn` is the
 * column list of an entry node `c`; each statement keeps the parameters and the columns of the
 * one-node-per-entry statement it replaces (cypher/statements.ts).
 */
export function blockHistoryStatements(changeReturn: string) {
  const ordered = (body: string, order: string, limit = '') =>
    `CALL { ${body} } RETURN id, version, idx, at, actor, action, target, targetId, \`before\`, src, dst ` +
    `ORDER BY ${order}${limit}`;
  // A block's subjects, in the order and up to the cursor: the entries of node `b` that name
  // $subject as their target or an end, newest first.
  const subjectHits =
    `WITH b, b.targetIds AS ti, b.srcs AS sr, b.dsts AS ds ` +
    `WITH b, ti, sr, ds, [i IN range(size(ti) - 1, 0, -1) WHERE (ti[i] = $subject OR sr[i] = $subject OR ds[i] = $subject) ` +
    `AND (b.version < $version OR b.first + i < $idx)] AS hits WHERE size(hits) > 0 ` +
    `WITH b, ti, sr, ds, hits, b.actions AS ac, b.targets AS tg, b.befores AS bf UNWIND hits AS i `;
  return {
    /** One block per statement of rows (one version, consecutive indexes, in order). */
    insert:
      'WITH $rows AS rows WHERE size(rows) > 0 ' +
      'CREATE (b:ChangeBlock {version: toInteger(rows[0].version), first: toInteger(rows[0].idx), ' +
      'last: toInteger(rows[size(rows) - 1].idx), at: rows[0].at, actor: rows[0].actor, ' +
      'actions: [r IN rows | r.action], targets: [r IN rows | r.target], targetIds: [r IN rows | r.targetId], ' +
      "befores: [r IN rows | coalesce(r.`before`, '')], srcs: [r IN rows | coalesce(r.src, '')], " +
      "dsts: [r IN rows | coalesce(r.dst, '')]})",
    // The newest $limit entries before the cursor: at most $limit blocks, and of each at most
    // its newest $limit entries before the cursor.
    history: ordered(
      `MATCH (c:Change) WHERE ${beforeCursor('c', 'c.idx')} ` +
        `RETURN ${changeReturn} ORDER BY version DESC, idx DESC LIMIT $limit ` +
        'UNION ALL ' +
        `MATCH (b:ChangeBlock) WHERE b.first IS NOT NULL AND ${beforeCursor('b', 'b.first')} ` +
        'WITH b ORDER BY b.version DESC, b.first DESC LIMIT $limit ' +
        'WITH b, CASE WHEN b.version = $version AND b.last >= $idx THEN $idx - 1 - b.first ELSE b.last - b.first END AS top ' +
        'WITH b, top, CASE WHEN top - $limit + 1 > 0 THEN top - $limit + 1 ELSE 0 END AS lo ' +
        `${sliceLists('b, top, lo', 'lo', 'top')} ` +
        `UNWIND range(top - lo, 0, -1) AS j RETURN ${entryColumns('j', 'lo')}`,
      'version DESC, idx DESC',
      ' LIMIT $limit',
    ),
    // A node's own entries and its relationships' (by their ends).
    historyOf: ordered(
      'MATCH (c:Change) WHERE (c.targetId = $subject OR c.src = $subject OR c.dst = $subject) ' +
        `AND ${beforeCursor('c', 'c.idx')} RETURN ${changeReturn} ORDER BY version DESC, idx DESC LIMIT $limit ` +
        'UNION ALL ' +
        `CALL db.index.fulltext.queryNodes('${BLOCK_SUBJECTS_INDEX}', ${luceneTerm('$subject')}) YIELD node AS b ` +
        `WITH b WHERE ${beforeCursor('b', 'b.first')} ${subjectHits} RETURN ${entryColumns('i')}`,
      'version DESC, idx DESC',
      ' LIMIT $limit',
    ),
    // Every change after a version up to another, oldest first; at most $limit.
    changesSince: ordered(
      'MATCH (c:Change) WHERE c.version > $version AND c.version <= $upto AND c.idx IS NOT NULL ' +
        `RETURN ${changeReturn} ORDER BY version, idx LIMIT $limit ` +
        'UNION ALL ' +
        'MATCH (b:ChangeBlock) WHERE b.version > $version AND b.version <= $upto AND b.first IS NOT NULL ' +
        'WITH b ORDER BY b.version, b.first LIMIT $limit ' +
        'WITH b, CASE WHEN b.last - b.first < $limit THEN b.last - b.first ELSE $limit - 1 END AS top ' +
        `${sliceLists('b, top', '0', 'top')} UNWIND range(0, top) AS i RETURN ${entryColumns('i')}`,
      'version, idx',
      ' LIMIT $limit',
    ),
    // The changes of these targets from a version on (their `before` is an earlier change's
    // `after`): the blocks naming any of them as a target, each read once.
    changesAfter:
      'MATCH (c:Change) WHERE c.targetId IN $targets AND c.version >= $version ' +
      'RETURN c.targetId AS targetId, c.version AS version, c.idx AS idx, c.before AS `before` ' +
      'UNION ALL ' +
      'UNWIND $targets AS t ' +
      `CALL db.index.fulltext.queryNodes('${BLOCK_SUBJECTS_INDEX}', ${luceneTerm('t', 'targetIds')}) YIELD node AS b ` +
      'WITH DISTINCT b WHERE b.version >= $version ' +
      'WITH b, b.targetIds AS ti, b.befores AS bf ' +
      'UNWIND [i IN range(0, size(ti) - 1) WHERE ti[i] IN $targets] AS i ' +
      `RETURN ti[i] AS targetId, b.version AS version, b.first + i AS idx, ${orNull('bf[i]')} AS \`before\``,
    countChanges:
      'CALL { MATCH (c:Change) RETURN count(c) AS count, max(c.version) AS version ' +
      'UNION ALL MATCH (b:ChangeBlock) RETURN sum(b.last - b.first + 1) AS count, max(b.version) AS version } ' +
      'RETURN sum(count) AS count, max(version) AS version',
    /** A staged import's entries past the graph version, newest first, to be undone: at most
     *  $limit of the older nodes, or the whole newest block (dropped whole by dropBlocks). */
    staged: ordered(
      `MATCH (c:Change) WHERE c.version > $version AND c.idx IS NOT NULL RETURN ${changeReturn} ` +
        'ORDER BY version DESC, idx DESC LIMIT $limit ' +
        'UNION ALL ' +
        'MATCH (b:ChangeBlock) WHERE b.version > $version AND b.first IS NOT NULL ' +
        'WITH b ORDER BY b.version DESC, b.first DESC LIMIT 1 ' +
        `${sliceLists('b', '0', 'b.last - b.first')} UNWIND range(b.last - b.first, 0, -1) AS i RETURN ${entryColumns('i')}`,
      'version DESC, idx DESC',
    ),
    /** Drops the blocks whose first entries are among the keys (version, idx). */
    dropBlocks:
      'UNWIND $keys AS k MATCH (b:ChangeBlock) WHERE b.version = k.version AND b.first = k.idx DELETE b',
  } as const;
}
