// The anchor for the what-if on Neo4j: what a Neo4j user would write for "what depends on this
// hub?" in plain Cypher, timed beside the product's answer. One variable-length pattern can follow
// one direction only, so it walks the relationships whose failure travels from target to source
// (most of them: depends on, hosted at, supplied under, uses, …), and it counts what it reaches:
// it cannot tell down from degraded or exposed, nor honour redundancy groups and fallbacks.
import { RELATIONSHIP_RULES, RELATIONSHIP_TYPES } from '../server/src/domain/metamodel/index.js';
import type { CypherGraphStore } from '../server/src/store/cypher/cypher-store.js';
import { sample, type Sample } from './timing.js';

const SOURCE_IMPACT = RELATIONSHIP_TYPES.filter((t) => RELATIONSHIP_RULES[t].impact === 'SOURCE');

/** `count(DISTINCT n)` lets Neo4j plan the walk as a breadth-first, pruning expansion. */
export const PLAIN_CYPHER_WHAT_IF =
  `MATCH (h:Node {id: $hub}) MATCH (h)<-[:${SOURCE_IMPACT.map((t) => `\`${t}\``).join('|')}*1..]-(n:Node) ` +
  'RETURN count(DISTINCT n) AS reached';

export async function plainCypherImpact(
  store: CypherGraphStore,
  hub: string,
  budgetMs: number,
): Promise<Sample & { readonly reached: number; readonly statement: string }> {
  const run = async () => Number((await store.session.read(PLAIN_CYPHER_WHAT_IF, { hub }))[0]?.reached ?? 0);
  const reached = await run();
  const timed = await sample(run, { budgetMs });
  return { ...timed, reached, statement: PLAIN_CYPHER_WHAT_IF };
}
