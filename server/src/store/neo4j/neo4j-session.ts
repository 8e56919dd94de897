// Neo4j through the official driver. Integers come back as plain numbers (values we store fit
// in 53 bits); writes run in explicit transactions, retried here on the transient errors that a
// retry can get past. Reads and writes share one bookmark manager: on a cluster a read goes to a
// follower, and the bookmarks of this server's writes make that follower wait until it holds
// them, so a server always reads its own writes (causal consistency).
import neo4j, { Neo4jError, type BookmarkManager, type Driver } from 'neo4j-driver';
import {
  AppError,
  NotSupportedError,
  StoreFailureError,
  StoreUnavailableError,
  TransactionTooLargeError,
} from '../../domain/errors.js';
import type { ReadRow } from '../records.js';
import type { CypherSession, CypherTx, Params, Staging } from '../cypher/session.js';

const MODULE = 'store/neo4j';
const STORE = 'neo4j';
/** The driver's codes for "the server cannot be reached or went away". */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const INSERT_CHUNK = 5000;
/** Changes per staged transaction: tens of MB of transaction state, far below Neo4j's default
 *  limit (70 % of the heap for all transactions), and few enough commits (each one a forced
 *  write of the log) that they do not dominate: 10k nodes and 50k relationships take 12. */
const STAGED_ROWS = 10_000;
/** A staged import not heard of for this long is taken to be dead (see staged-batch.ts). */
const STAGED_LEASE_MS = 60_000;
/** How long a write is retried on errors Neo4j calls transient (as the driver's own default for
 *  reads here: a leader change, a deadlock). */
const RETRY_MS = 5_000;
/** Transient by Neo4j's classification, but a retry of the same transaction cannot fit either:
 *  the transaction needs more memory than one (or all) may have. */
const TOO_LARGE = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string | undefined;
}

export interface Neo4jSessionOptions {
  /** One per server by default; a test passes its own to see the bookmarks go by. */
  readonly bookmarks?: BookmarkManager;
  /** How large imports are staged (cypher/staged-batch.ts); tests make slices small. */
  readonly staging?: Partial<Staging>;
}

export class Neo4jSession implements CypherSession {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly uri: string,
    private readonly bookmarks: BookmarkManager,
    readonly staging: Staging,
  ) {}

  static async open(connection: Neo4jConnection, options: Neo4jSessionOptions = {}): Promise<Neo4jSession> {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 30_000,
      // Retries ride out a leader change; a server that is down answers STORE_UNAVAILABLE
      // within seconds instead of holding every request for the driver's default 30 s.
      maxTransactionRetryTime: 5_000,
      maxConnectionPoolSize: 50,
    });
    try {
      await driver.verifyConnectivity({ database: connection.database });
    } catch (error) {
      await driver.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(
        `[${MODULE}] cannot reach Neo4j at ${connection.uri} as "${connection.user}": ${reason}`,
        { cause: error, store: STORE },
      );
    }
    return new Neo4jSession(
      driver,
      connection.database,
      connection.uri,
      options.bookmarks ?? neo4j.bookmarkManager(),
      {
        rows: options.staging?.rows ?? STAGED_ROWS,
        leaseMs: options.staging?.leaseMs ?? STAGED_LEASE_MS,
      },
    );
  }

  async read(statement: string, params: Params = {}): Promise<ReadRow[]> {
    try {
      const result = await this.driver.executeQuery(statement, toNeo4jParams(params), {
        routing: neo4j.routing.READ,
        database: this.database,
        bookmarkManager: this.bookmarks,
      });
      return result.records.map((record) => record.toObject() as ReadRow);
    } catch (error) {
      throw this.mapped(error);
    }
  }

  async readAll<T>(statement: string, map: (row: ReadRow) => T): Promise<T[]> {
    return (await this.read(statement)).map(map);
  }

  /** One transaction, retried while Neo4j says a retry may succeed (a deadlock, a leader
   *  change), for up to RETRY_MS; not when the transaction cannot fit in memory, which Neo4j marks
   *  transient but which the same transaction would meet again (it fails as our own typed error).
   *  Explicit transactions, because the driver's managed ones retry a failed commit on their own. */
  async write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const began = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.WRITE,
        bookmarkManager: this.bookmarks,
      });
      const tx = session.beginTransaction();
      try {
        const result = await work({
          run: async (statement, params = {}) =>
            (await tx.run(statement, toNeo4jParams(params))).records.map(
              (record) => record.toObject() as ReadRow,
            ),
          insert: async (bulk, rows) => {
            // Neo4j takes UNWIND batches well; chunks keep each message a sensible size.
            for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
              await tx.run(bulk.statement, toNeo4jParams({ rows: rows.slice(i, i + INSERT_CHUNK) }));
            }
          },
        });
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        const retry =
          error instanceof Neo4jError &&
          error.retryable &&
          !TOO_LARGE.has(error.code) &&
          Date.now() - began < RETRY_MS;
        if (!retry) throw this.mapped(error);
      } finally {
        await session.close().catch(() => undefined);
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt) * (0.5 + Math.random())),
      );
    }
  }

  async backup(): Promise<void> {
    throw new NotSupportedError(
      STORE,
      `[${MODULE}] a Neo4j database is backed up with Neo4j's own tools (neo4j-admin database dump, or Aura's snapshots), not through this app`,
    );
  }

  /** Driver errors become the product's: unreachable is STORE_UNAVAILABLE (the client may retry);
   *  anything else is a store failure carrying the driver's error. The product's own errors
   *  (thrown by the work inside a transaction) pass through. */
  private mapped(error: unknown): unknown {
    if (error instanceof AppError) return error;
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof Neo4jError && TOO_LARGE.has(error.code)) {
      return new TransactionTooLargeError(
        STORE,
        `[${MODULE}] the write needs more memory than Neo4j allows one transaction ` +
          `(db.memory.transaction.max) or all of them (db.memory.transaction.total.max); nothing was written. ` +
          `Split it into smaller batches, or raise those settings. Neo4j said: ${reason}`,
        { cause: error },
      );
    }
    if (error instanceof Neo4jError && UNREACHABLE.has(error.code)) {
      return new StoreUnavailableError(`[${MODULE}] Neo4j at ${this.uri} is not answering: ${reason}`, {
        cause: error,
        store: STORE,
      });
    }
    return new StoreFailureError(STORE, `[${MODULE}] ${reason}`, { cause: error });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** JavaScript has one number type; Neo4j sends it as a float unless told, and LIMIT, SKIP and
 *  integer comparisons then fail. Whole numbers go as Neo4j integers. Inside a parameter, a map's
 *  null entries are left out: `r.x` of a missing key is null in Cypher all the same, and a row
 *  of a bulk write is mostly nulls (the columns of other kinds): half the bytes to send and
 *  for Neo4j to unpack. Top-level parameters stay, null or not (a missing one is an error). */
function toNeo4jParams(params: Params): Params {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const key in value) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== null && v !== undefined) out[key] = convert(v);
      }
      return out;
    }
    return value;
  };
  const out: Params = {};
  for (const key in params) out[key] = convert(params[key]);
  return out;
}
