// Start-up checks of the embedded store, so that a store a crash has damaged is refused with a
// clear message rather than served, or taken for a new one and seeded. LadybugDB 0.19 does not
// survive every SIGKILL during a checkpoint: on opening it drops an interrupted checkpoint's
// `.wal.checkpoint`, and with it part of a committed transaction (tests/durability/README.md).
import fs from 'node:fs';
import path from 'node:path';
import { StoreInconsistentError } from '../../domain/errors.js';
import { COUNTS, META_KEY, type Counts } from '../cypher/statements.js';
import type { LadybugSession } from './ladybug-session.js';

const MODULE = 'store/ladybug';
/** The tables every store this product created has; the relationship tables are added as the
 *  metamodel grows, so their absence proves nothing. */
export const BASE_TABLES = ['Node', 'Meta', 'Change'] as const;

/** What the files beside the database say before the engine opens (and recovers) it. */
export function filesBeforeOpening(file: string): { existed: boolean; problems: string[] } {
  const existed = fs.existsSync(file);
  const problems: string[] = [];
  if (fs.existsSync(`${file}.wal.checkpoint`)) {
    problems.push(
      `a checkpoint was interrupted (${path.basename(file)}.wal.checkpoint is present): opening it ` +
        'would drop the writes in that file',
    );
  }
  if (!existed && fs.existsSync(`${file}.wal`)) {
    problems.push(`${path.basename(file)}.wal is present but the database file is missing`);
  }
  return { existed, problems };
}

/** Base tables an existing store lacks. */
export async function missingTables(session: LadybugSession): Promise<string[]> {
  const present = new Set(
    (await session.read('CALL show_tables() RETURN name')).map((row) => String(row.name)),
  );
  return BASE_TABLES.filter((t) => !present.has(t));
}

export interface StoreCounts extends Counts {
  readonly version: number;
}

/** The counts the Meta record holds (null where a store older than the counts has none yet). */
export async function recordedCounts(session: LadybugSession): Promise<Partial<StoreCounts> | null> {
  const [row] = await session.read(
    `MATCH (m:Meta {key: $key}) RETURN m.version AS version, ${COUNTS.map((c) => `m.${c} AS ${c}`).join(', ')}`,
    { key: META_KEY },
  );
  if (!row) return null;
  const value = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));
  return {
    version: value(row.version),
    nodes: value(row.nodes),
    relationships: value(row.relationships),
    changes: value(row.changes),
  };
}

/** What the tables hold, and the newest version the history records. */
export async function actualCounts(session: LadybugSession): Promise<Counts & { lastChange: number }> {
  const [[nodes], [relationships], [changes]] = await Promise.all([
    session.read('MATCH (n:Node) RETURN count(n) AS count'),
    session.read('MATCH (:Node)-[e]->(:Node) RETURN count(e) AS count'),
    session.read('MATCH (c:Change) RETURN count(c) AS count, max(c.version) AS version'),
  ]);
  return {
    nodes: Number(nodes?.count ?? 0),
    relationships: Number(relationships?.count ?? 0),
    changes: Number(changes?.count ?? 0),
    lastChange: Number(changes?.version ?? 0),
  };
}

/** Where the recorded counts and the tables disagree, in words. */
export function countProblems(recorded: StoreCounts, actual: Counts & { lastChange: number }): string[] {
  const problems: string[] = [];
  for (const c of COUNTS) {
    if (recorded[c] !== actual[c]) {
      problems.push(
        `graph version ${recorded.version} records ${recorded[c]} ${c} but the store holds ${actual[c]}`,
      );
    }
  }
  if (actual.lastChange > recorded.version) {
    problems.push(
      `the history has changes at version ${actual.lastChange}, past the graph version ${recorded.version}`,
    );
  }
  return problems;
}

export function inconsistent(file: string, problems: readonly string[]): StoreInconsistentError {
  const dir = path.dirname(file);
  return new StoreInconsistentError(
    `[${MODULE}] the store in ${dir} is inconsistent, so it was not opened and nothing was written ` +
      `(no seeding): ${problems.join('; ')}. It was probably damaged by a crash. Restore the last ` +
      `backup with the server stopped: npm run cli -- restore BACKUP_DIR (the damaged files are kept ` +
      `beside it). Or, to start again from the Kent dataset and lose this graph and nothing more: ` +
      `npm run seed -- --wipe.`,
    { dataDir: dir, problems },
  );
}
