// What the shared Cypher store needs from a database driver: reads, and writes inside one
// transaction that commits when the function returns and rolls back when it throws.
import type { ReadRow, Row } from '../records.js';

export type Params = Record<string, unknown>;

/** Many records of one table created at once: the UNWIND statement that creates them, and the
 *  table, for databases with a faster bulk path (LadybugDB's COPY). */
export interface BulkInsert {
  readonly statement: string;
  readonly table: string;
  /** Relationship rows carry their ends as `src` and `dst`. */
  readonly relationship: boolean;
}

export interface CypherTx {
  run(statement: string, params?: Params): Promise<ReadRow[]>;
  /** Creates the rows inside this transaction (rolled back with it). */
  insert(bulk: BulkInsert, rows: readonly Row[]): Promise<void>;
}

/** How a store whose transactions are bounded in memory (Neo4j) writes a large batch: in
 *  transactions of about `rows` records each, staged so that a failure or a kill is rolled back
 *  (cypher/staged-batch.ts), under a lease that another server may take over once it has run
 *  `leaseMs` without being renewed. */
export interface Staging {
  readonly rows: number;
  readonly leaseMs: number;
}

export interface CypherSession {
  /** Null: every batch in one transaction, however large (LadybugDB's COPY path). */
  readonly staging: Staging | null;
  read(statement: string, params?: Params): Promise<ReadRow[]>;
  /** Every row of a large read without parameters. LadybugDB sends it through a file
   *  (COPY … TO: at 100k nodes a hundred times faster than rows through the driver). */
  readAll<T>(statement: string, map: (row: ReadRow) => T): Promise<T[]>;
  write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T>;
  /** A consistent copy of the whole database into a new directory (see GraphStore.backup). */
  backup(directory: string): Promise<void>;
  close(): Promise<void>;
}
