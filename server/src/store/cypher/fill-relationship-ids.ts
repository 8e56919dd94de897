// Start-up migration of a store written before relationships had ids: each relationship gets
// its default id (a function of its ends and type: a store then held at most one relationship
// per ends and type), and each history entry about one is rewritten to name it by that id and
// its ends. Runs in one transaction, so a crash leaves the store as it was and the next start
// does it again; a store with nothing to fill reads two empty results.
import {
  parseRelationshipKey,
  defaultRelationshipId,
  type RelationshipType,
} from '../../domain/metamodel/index.js';
import type { Row } from '../records.js';
import type { CypherSession } from './session.js';
import type { Statements } from './statements.js';

export async function fillRelationshipIds(session: CypherSession, q: Statements): Promise<number> {
  const rels = await session.read(q.relationshipsWithoutId);
  const changes = await session.read(q.changesWithoutEnds);
  if (rels.length === 0 && changes.length === 0) return 0;
  const byType = new Map<RelationshipType, Row[]>();
  for (const row of rels) {
    const type = String(row.type) as RelationshipType;
    const src = String(row.src);
    const dst = String(row.dst);
    const rows = byType.get(type) ?? [];
    rows.push({ src, dst, id: defaultRelationshipId(src, type, dst) });
    byType.set(type, rows);
  }
  const changeRows = changes.flatMap((row): Row[] => {
    const key = parseRelationshipKey(String(row.targetId));
    if (!key) return [];
    return [
      {
        id: String(row.id),
        targetId: defaultRelationshipId(key.from, key.type, key.to),
        src: key.from,
        dst: key.to,
      },
    ];
  });
  await session.write(async (tx) => {
    for (const [type, rows] of byType) await tx.run(q.setRelationshipIds[type], { rows });
    if (changeRows.length) await tx.run(q.setChangeEnds, { rows: changeRows });
  });
  return rels.length;
}
