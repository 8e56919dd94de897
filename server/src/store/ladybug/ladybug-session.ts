// LadybugDB (the maintained continuation of Kùzu), in process: one database file under the data
// directory. Writes go one at a time through a dedicated connection in explicit transactions;
// reads use their own connection and see the last committed state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { parse as parseCsv } from 'csv-parse';
import { AppError, BadInputError, StoreFailureError, StoreUnavailableError } from '../../domain/errors.js';
import type { ReadRow, Row } from '../records.js';
import type { BulkInsert, CypherSession, CypherTx, Params } from '../cypher/session.js';
import { writeCopyFiles } from './copy-file.js';

const MODULE = 'store/ladybug';
const STORE = 'ladybug';
/** Below this many rows an UNWIND statement is as quick as writing a file for COPY. */
const COPY_THRESHOLD = 1000;
/** A transaction that wrote this many rows is followed by a CHECKPOINT before the write returns:
 *  LadybugDB 0.19 keeps rows loaded by COPY in the data file only, not in its WAL, so until a
 *  checkpoint has written them they are not on disk (tests/durability/upstream-repro.mjs). */
const CHECKPOINT_ROWS = COPY_THRESHOLD;
const READERS = Math.max(2, Math.min(8, os.availableParallelism() * 2));
type Connection = InstanceType<typeof lbug.Connection>;
type Prepared = Awaited<ReturnType<Connection['prepare']>>;

/** Who holds the database, written beside it so a second server can name the holder. */
interface Holder {
  pid: number;
  host: string;
  since: string;
}

export class LadybugSession implements CypherSession {
  /** COPY writes any batch in one transaction: the engine spills to disk, not to a memory cap. */
  readonly staging = null;
  private writeTail: Promise<unknown> = Promise.resolve();
  private readonly prepared = new WeakMap<Connection, Map<string, Prepared>>();
  private closed = false;
  private readonly reads = new Set<Promise<unknown>>();
  private copies = 0;
  private readonly tableColumns = new Map<string, string[]>();
  private readonly busy = new Map<Connection, number>();

  private constructor(
    readonly file: string,
    private readonly db: InstanceType<typeof lbug.Database>,
    /** Several read connections, so concurrent requests read in parallel on every core. */
    private readonly readers: readonly Connection[],
    private readonly writer: Connection,
  ) {}

  /** `bufferPoolBytes`: the engine's page cache and working memory; by default LadybugDB sizes it
   *  to the machine (most of its memory), and pages read once (the read cache's start-up read of
   *  the whole graph) stay resident in it. */
  static async open(file: string, bufferPoolBytes?: number): Promise<LadybugSession> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new lbug.Database(file, bufferPoolBytes);
    try {
      await db.init();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/lock/i.test(message)) {
        throw new StoreUnavailableError(
          `[${MODULE}] the database ${file} is in use by another process${describeHolder(file)}; stop it or set DATA_DIR to another directory`,
          { cause: error, store: STORE },
        );
      }
      throw new StoreUnavailableError(`[${MODULE}] cannot open the database ${file}: ${message}`, {
        cause: error,
        store: STORE,
      });
    }
    const holder: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    fs.writeFileSync(holderFile(file), JSON.stringify(holder));
    const readers = Array.from({ length: READERS }, () => new lbug.Connection(db));
    const session = new LadybugSession(file, db, readers, new lbug.Connection(db));
    await Promise.all([...readers.map((r) => r.init()), session.writer.init()]);
    return session;
  }

  read(statement: string, params: Params = {}): Promise<ReadRow[]> {
    return this.boundary(() => this.readNow(statement, params));
  }

  private readNow(statement: string, params: Params): Promise<ReadRow[]> {
    return this.tracked(() => {
      // The least busy reader: each connection runs one query at a time.
      const reader = this.readers.reduce((a, b) =>
        (this.busy.get(a) ?? 0) <= (this.busy.get(b) ?? 0) ? a : b,
      );
      this.busy.set(reader, (this.busy.get(reader) ?? 0) + 1);
      return this.execute(reader, statement, params).finally(() =>
        this.busy.set(reader, this.busy.get(reader)! - 1),
      );
    });
  }

  readAll<T>(statement: string, map: (row: ReadRow) => T): Promise<T[]> {
    return this.boundary(() => this.tracked(() => this.readAllNow(statement, map)));
  }

  /** The driver's errors become the product's, with the store's name and the driver's error as
   *  `cause`: a closed database is STORE_UNAVAILABLE; anything else a store failure. The product's
   *  own errors (thrown by the work inside a write) pass through. */
  private async boundary<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) {
      throw new StoreUnavailableError(`[${MODULE}] the database ${this.file} is closed`, { store: STORE });
    }
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreFailureError(STORE, `[${MODULE}] ${reason}`, { cause: error });
    }
  }

  /** A read that close() waits for: a connection closed mid-query leaves its result open, and
   *  with it the database and its file lock. */
  private tracked<T>(read: () => Promise<T>): Promise<T> {
    const reading = read();
    this.reads.add(reading);
    return reading.finally(() => this.reads.delete(reading));
  }

  private async readAllNow<T>(statement: string, map: (row: ReadRow) => T): Promise<T[]> {
    const file = this.tempFile();
    const connection = new lbug.Connection(this.db);
    try {
      await plain(connection, `COPY (${statement}) TO '${file}' (header=true)`);
      // Parsed as a stream and mapped row by row: at 100k nodes the relationships' rows, held
      // all at once, would add ~100 MB to the server's peak.
      const mapped: T[] = [];
      const rows = fs.createReadStream(file).pipe(parseCsv({ columns: true })) as AsyncIterable<
        Record<string, unknown>
      >;
      for await (const row of rows) {
        // CSV cannot tell NULL from empty text; the store never holds empty text.
        for (const key in row) if (row[key] === '') row[key] = null;
        mapped.push(map(row as ReadRow));
      }
      return mapped;
    } finally {
      await connection.close();
      fs.rmSync(file, { force: true });
    }
  }

  /** Schema statements (DDL) run outside the write queue's transactions. */
  async ddl(statement: string): Promise<ReadRow[]> {
    return this.serialised(async () => {
      const rows = await this.execute(this.writer, statement, {});
      // A statement prepared before binds the tables and columns it saw (an unlabelled
      // relationship, every REL table then), and COPY its columns: prepared again after a change.
      this.tableColumns.clear();
      for (const connection of [...this.readers, this.writer]) this.prepared.get(connection)?.clear();
      return rows;
    });
  }

  write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.boundary(() => this.writeNow(work));
  }

  private writeNow<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      await plain(this.writer, 'BEGIN TRANSACTION');
      let rowsWritten = 0;
      const queue = new WriterQueue();
      const tx: CypherTx = {
        run: (statement, params = {}) => queue.run(() => this.execute(this.writer, statement, params)),
        insert: (bulk, rows) => {
          rowsWritten += rows.length;
          return rows.length < COPY_THRESHOLD
            ? queue.run(() => this.execute(this.writer, bulk.statement, { rows })).then(() => undefined)
            : this.copy(bulk, rows, queue);
        },
      };
      let result: T;
      try {
        result = await work(tx);
        await queue.drain();
        await plain(this.writer, 'COMMIT');
      } catch (error) {
        await queue.settled();
        await plain(this.writer, 'ROLLBACK').catch(() => undefined);
        throw error;
      }
      // Committed: a failed checkpoint does not undo that, and the next one (at the latest on
      // close) writes the same pages.
      if (rowsWritten >= CHECKPOINT_ROWS) await this.checkpointNow().catch(() => undefined);
      return result;
    });
  }

  /** Writes everything committed into the database file and empties the WAL. */
  private checkpointNow(): Promise<void> {
    return plain(this.writer, 'CHECKPOINT');
  }

  /** EXPORT DATABASE is one read transaction: a consistent copy while writes go on. Paths are
   *  literals in that statement (no parameters there), so quotes are refused. */
  async backup(directory: string): Promise<void> {
    if (/['"\\]/.test(directory)) {
      throw new BadInputError(MODULE, [
        { path: 'directory', message: 'must not contain quotes or backslashes' },
      ]);
    }
    if (fs.existsSync(directory)) {
      throw new BadInputError(MODULE, [{ path: 'directory', message: `${directory} already exists` }]);
    }
    fs.mkdirSync(path.dirname(directory), { recursive: true });
    const backupConnection = new lbug.Connection(this.db);
    try {
      await plain(backupConnection, `EXPORT DATABASE '${directory}' (format="parquet")`);
    } finally {
      await backupConnection.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeTail.catch(() => undefined);
    await Promise.allSettled(this.reads);
    // Explicitly, so that after a clean stop the database file holds the graph on its own (the
    // engine's own checkpoint on close is skipped when the process is ended before it runs).
    const failed = await this.checkpointNow().then(
      () => null,
      (error: unknown) => error,
    );
    for (const reader of this.readers) await reader.close();
    await this.writer.close();
    await this.db.close();
    fs.rmSync(holderFile(this.file), { force: true });
    if (failed) {
      throw new StoreUnavailableError(`[${MODULE}] could not checkpoint ${this.file} on close`, {
        cause: failed,
      });
    }
  }

  /** COPY … FROM files written for the purpose: the bulk path, inside the caller's
   *  transaction (so it rolls back with it). Columns go in the table's own order. Returns once
   *  the files are written, with the COPY queued (see WriterQueue). */
  private async copy(bulk: BulkInsert, rows: readonly Row[], queue: WriterQueue): Promise<void> {
    let columns = this.tableColumns.get(bulk.table);
    if (!columns) {
      const info = await queue.run(() =>
        this.execute(this.writer, `CALL table_info('${bulk.table}') RETURN name`, {}),
      );
      columns = [...(bulk.relationship ? ['src', 'dst'] : []), ...info.map((r) => String(r.name))];
      this.tableColumns.set(bulk.table, columns);
    }
    const files = writeCopyFiles(rows, columns, () => this.tempFile());
    queue.enqueue(
      async () => {
        for (const { file, options } of files) {
          await this.execute(this.writer, `COPY \`${bulk.table}\` FROM '${file}' (${options})`, {});
        }
      },
      () => {
        for (const { file } of files) fs.rmSync(file, { force: true });
      },
    );
  }

  /** A file name for COPY: a literal in the statement, so no quotes allowed. */
  private tempFile(): string {
    const file = path.join(os.tmpdir(), `explorer-copy-${process.pid}-${++this.copies}.csv`);
    if (/['"\\]/.test(file))
      throw new Error(`[${MODULE}] the temporary folder ${os.tmpdir()} has quotes in its path`);
    return file;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writeTail.then(work, work);
    this.writeTail = run.catch(() => undefined);
    return run;
  }

  private async execute(connection: Connection, statement: string, params: Params): Promise<ReadRow[]> {
    let cache = this.prepared.get(connection);
    if (!cache) this.prepared.set(connection, (cache = new Map<string, Prepared>()));
    let prepared = cache.get(statement);
    if (!prepared) {
      prepared = await connection.prepare(statement);
      if (!prepared.isSuccess()) {
        throw new Error(`[${MODULE}] cannot prepare statement: ${prepared.getErrorMessage()}\n${statement}`);
      }
      cache.set(statement, prepared);
    }
    const result = await connection.execute(prepared, params as Record<string, never>);
    const results = Array.isArray(result) ? result : [result];
    try {
      const last = results[results.length - 1];
      return last ? ((await last.getAll()) as ReadRow[]) : [];
    } finally {
      // Open results keep the database open: its file lock would outlive close().
      for (const r of results) r.close();
    }
  }
}

/**
 * The statements of one write transaction, in order on the writer connection. A COPY is queued
 * and not waited for: the engine copies one table on its own threads while JavaScript makes the
 * next table's file (at 100k nodes that overlap is a third of the load). A later statement waits
 * for what is queued before it, and so does the commit; the first queued failure fails every
 * statement after it and the commit, so the transaction rolls back as a whole.
 */
class WriterQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private failure: { readonly error: unknown } | null = null;

  /** Runs `statement` after everything queued before it; its result, or the queue's failure. */
  run<T>(statement: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => {
      if (this.failure) throw this.failure.error;
      return statement();
    });
    // A failed statement is its caller's to handle: the queue goes on after it.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Queues `work` without waiting for it; `cleanUp` runs after it, or instead of it once the
   *  queue has failed. */
  enqueue(work: () => Promise<void>, cleanUp: () => void): void {
    this.tail = this.tail
      .then(async () => {
        if (this.failure) return;
        try {
          await work();
        } catch (error) {
          this.failure = { error };
        }
      })
      .finally(cleanUp);
  }

  /** Waits for everything queued; throws the first failure. */
  async drain(): Promise<void> {
    await this.tail;
    if (this.failure) throw this.failure.error;
  }

  /** Waits for everything queued, failed or not (before a rollback). */
  async settled(): Promise<void> {
    await this.tail.catch(() => undefined);
  }
}

/** Runs a statement without parameters and closes its results: an open result keeps the
 *  database, and so its file lock, alive after close(). */
async function plain(connection: Connection, statement: string): Promise<void> {
  const result = await connection.query(statement);
  for (const r of Array.isArray(result) ? result : [result]) r.close();
}

/** Files beside the database that a checkpoint killed half-way leaves. */
const CHECKPOINT_LEFTOVERS = ['.wal.checkpoint', '.shadow'] as const;

function holderFile(file: string): string {
  return `${file}.holder.json`;
}

/** Whether the process named in the holder file still runs on this host. */
function holderIsAlive(file: string): boolean {
  try {
    const holder = JSON.parse(fs.readFileSync(holderFile(file), 'utf8')) as Holder;
    if (holder.host !== os.hostname()) return true;
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user. No holder file, or no such process: nobody holds it.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describeHolder(file: string): string {
  try {
    const holder = JSON.parse(fs.readFileSync(holderFile(file), 'utf8')) as Holder;
    return ` (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
  } catch {
    return '';
  }
}

/**
 * Replaces the database file with the contents of a backup directory. Only with no server on
 * it: the old file (and its WAL) are kept beside it, renamed, so nothing is lost.
 */
export async function restoreLadybug(file: string, backupDirectory: string): Promise<string> {
  if (!fs.existsSync(path.join(backupDirectory, 'schema.cypher'))) {
    throw new BadInputError(MODULE, [
      { path: 'backup', message: `${backupDirectory} is not a backup (no schema.cypher)` },
    ]);
  }
  if (/['"\\]/.test(backupDirectory)) {
    throw new BadInputError(MODULE, [{ path: 'backup', message: 'must not contain quotes or backslashes' }]);
  }
  const kept = `${file}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  // What an interrupted checkpoint left is moved aside first: the engine would drop it on opening,
  // or refuse to open at all. Never while a server holds the file (its checkpoint may be running).
  const leftovers = CHECKPOINT_LEFTOVERS.filter((suffix) => fs.existsSync(`${file}${suffix}`));
  if (leftovers.length && holderIsAlive(file)) {
    throw new StoreUnavailableError(
      `[${MODULE}] the database ${file} is in use by another process${describeHolder(file)}; stop it first`,
    );
  }
  for (const suffix of leftovers) fs.renameSync(`${file}${suffix}`, `${kept}${suffix}`);
  // Opening takes the lock: a running server makes this fail with the usual clear message.
  const current = await LadybugSession.open(file);
  await current.close();
  fs.renameSync(file, kept);
  if (fs.existsSync(`${file}.wal`)) fs.renameSync(`${file}.wal`, `${kept}.wal`);
  const db = new lbug.Database(file);
  try {
    await db.init();
    const connection = new lbug.Connection(db);
    try {
      await plain(connection, `IMPORT DATABASE '${backupDirectory}'`);
    } finally {
      await connection.close();
    }
  } catch (error) {
    // Put the old database back: a failed restore leaves things as they were.
    await db.close().catch(() => undefined);
    for (const f of [file, `${file}.wal`]) fs.rmSync(f, { force: true, recursive: true });
    fs.renameSync(kept, file);
    if (fs.existsSync(`${kept}.wal`)) fs.renameSync(`${kept}.wal`, `${file}.wal`);
    throw new StoreUnavailableError(
      `[${MODULE}] restore from ${backupDirectory} failed; the database is as it was`,
      {
        cause: error,
      },
    );
  }
  await db.close();
  return kept;
}
