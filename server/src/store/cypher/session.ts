// What the shared Cypher store needs from a database driver: reads, and writes inside one
// transaction that commits when the function returns and rolls back when it throws.
import type { ReadRow } from '../records.js';

export type Params = Record<string, unknown>;

export interface CypherTx {
  run(statement: string, params?: Params): Promise<ReadRow[]>;
}

export interface CypherSession {
  read(statement: string, params?: Params): Promise<ReadRow[]>;
  write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T>;
  /** A consistent copy of the whole database into a new directory (see GraphStore.backup). */
  backup(directory: string): Promise<void>;
  close(): Promise<void>;
}
