// The Neo4j the benches start: the tests' launcher (tests/neo4j/launch.ts) with memory for a
// graph of 100k nodes, 500k relationships and their history, as a production Neo4j would be
// sized, rather than the tests' 64 MiB page cache and 1 GiB heap: a 100k import then no longer
// waits on page-cache evictions, and its transactions' state dies young.
export const BENCH_NEO4J = {
  pageCacheMb: 512,
  javaOpts: ['-Xms3g', '-Xmx3g', '-Xmn1536m'],
} as const;
