// The metamodel a graph was written with is kept beside it, on the graph-version record: its
// name, a hash of what the store's schema follows from it, and that description as JSON. A store
// opened with another metamodel is refused naming both (its columns and relationship tables
// would not fit), unless it has no nodes: then it adopts the metamodel it was opened with.
import { createHash } from 'node:crypto';
import { AppError, type ErrorCode } from '../../domain/errors.js';
import { CODE_METAMODEL, fieldShape, type Metamodel } from '../../domain/metamodel/index.js';
import type { CypherSession, CypherTx } from './session.js';
import { META_KEY } from './statements.js';

export interface MetamodelStamp {
  readonly name: string;
  readonly hash: string;
  /** What the hash is taken of: kinds, fields, impact roles, relationship rules and fields. */
  readonly description: string;
}

/** The metamodel as far as a store holds it; two metamodels with the same stamp share a schema
 *  (the same comparison as metamodelDifferences: docs of kinds and other wording are left out). */
export function metamodelStamp(metamodel: Metamodel): MetamodelStamp {
  const description = JSON.stringify({
    kinds: metamodel.kinds.map((kind) => [
      kind,
      metamodel.impactRoles[kind],
      Object.entries(metamodel.kindFields[kind] ?? {}).map(([name, spec]) => [name, fieldShape(spec)]),
    ]),
    relationshipTypes: metamodel.relationshipTypes.map((type) => [type, metamodel.rules[type]]),
    relationshipFields: Object.entries(metamodel.relationshipFields).map(([name, spec]) => [
      name,
      fieldShape(spec),
    ]),
  });
  return {
    name: metamodel.name,
    hash: createHash('sha256').update(description).digest('hex').slice(0, 16),
    description,
  };
}

/** The store holds a graph of another metamodel than the one it was opened with. */
export class MetamodelMismatchError extends AppError {
  readonly code: ErrorCode = 'CONFLICT';
  constructor(
    module: string,
    readonly stored: { name: string; hash: string },
    readonly given: { name: string; hash: string },
  ) {
    super(
      `[${module}] the store holds a graph of the ${stored.name} metamodel (${stored.hash}); it was opened ` +
        `with the ${given.name} metamodel (${given.hash}). Start with METAMODEL naming the ${stored.name} ` +
        'metamodel, change the metamodel through changeMetamodel, or open an empty store.',
    );
  }
}

export const READ_STAMP =
  'MATCH (m:Meta {key: $key}) RETURN m.metamodel AS name, m.metamodelHash AS hash, m.metamodelDescription AS description';
export const WRITE_STAMP =
  'MATCH (m:Meta {key: $key}) SET m.metamodel = $name, m.metamodelHash = $hash, m.metamodelDescription = $description';
const COUNT_NODES = 'MATCH (n:Node) RETURN count(n) AS count';

export function writeStamp(tx: Pick<CypherTx, 'run'>, stamp: MetamodelStamp) {
  return tx.run(WRITE_STAMP, { key: META_KEY, ...stamp });
}

/** The stamp of the graph the store holds; null when it holds none (no nodes). A store written before metamodels
 *  were stored (`legacy`) holds the council metamodel, the only one those versions served. */
export async function storedStamp(
  session: Pick<CypherSession, 'read'>,
  legacy: boolean,
): Promise<{ name: string; hash: string } | null> {
  // A store with no nodes holds no graph to misread: it takes the metamodel it is opened with.
  const [count] = await session.read(COUNT_NODES);
  if (Number(count?.count ?? 0) === 0) return null;
  if (!legacy) {
    const [row] = await session.read(READ_STAMP, { key: META_KEY });
    if (row?.hash != null) return { name: String(row.name), hash: String(row.hash) };
  }
  const council = metamodelStamp(CODE_METAMODEL);
  return { name: council.name, hash: council.hash };
}

/** Refuses a store that holds a graph of another metamodel (before its schema is touched).
 *  `legacy`: the graph-version record has no metamodel fields yet (LadybugDB cannot read a
 *  column it does not have). */
export async function refuseOtherMetamodel(
  session: Pick<CypherSession, 'read'>,
  module: string,
  metamodel: Metamodel,
  legacy: boolean,
): Promise<void> {
  const given = metamodelStamp(metamodel);
  const stored = await storedStamp(session, legacy);
  if (stored && stored.hash !== given.hash) throw new MetamodelMismatchError(module, stored, given);
}

/** Records the metamodel on the graph-version record, where it is not already there. */
export async function recordMetamodel(session: CypherSession, metamodel: Metamodel): Promise<void> {
  const given = metamodelStamp(metamodel);
  const [row] = await session.read(READ_STAMP, { key: META_KEY });
  if (row?.hash === given.hash && row?.name === given.name && row?.description === given.description) return;
  await session.write((tx) => writeStamp(tx, given));
}
