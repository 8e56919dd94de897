// LadybugDB (the maintained continuation of Kùzu), in process: one database file under the data
// directory. Writes go one at a time through a dedicated connection in explicit transactions;
// reads use their own connection and see the last committed state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { StoreUnavailableError } from '../../domain/errors.js';
import type { ReadRow } from '../records.js';
import type { CypherSession, CypherTx, Params } from '../cypher/session.js';

const MODULE = 'store/ladybug';
type Connection = InstanceType<typeof lbug.Connection>;
type Prepared = Awaited<ReturnType<Connection['prepare']>>;

/** Who holds the database, written beside it so a second server can name the holder. */
interface Holder {
  pid: number;
  host: string;
  since: string;
}

export class LadybugSession implements CypherSession {
  private writeTail: Promise<unknown> = Promise.resolve();
  private readonly prepared = new WeakMap<Connection, Map<string, Prepared>>();
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly db: InstanceType<typeof lbug.Database>,
    private readonly reader: Connection,
    private readonly writer: Connection,
  ) {}

  static async open(file: string): Promise<LadybugSession> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new lbug.Database(file);
    try {
      await db.init();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/lock/i.test(message)) {
        throw new StoreUnavailableError(
          `[${MODULE}] the database ${file} is in use by another process${describeHolder(file)}; stop it or set DATA_DIR to another directory`,
          { cause: error },
        );
      }
      throw new StoreUnavailableError(`[${MODULE}] cannot open the database ${file}: ${message}`, {
        cause: error,
      });
    }
    const holder: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    fs.writeFileSync(holderFile(file), JSON.stringify(holder));
    const session = new LadybugSession(file, db, new lbug.Connection(db), new lbug.Connection(db));
    await Promise.all([session.reader.init(), session.writer.init()]);
    return session;
  }

  read(statement: string, params: Params = {}): Promise<ReadRow[]> {
    return this.execute(this.reader, statement, params);
  }

  /** Schema statements (DDL) run outside the write queue's transactions. */
  async ddl(statement: string): Promise<ReadRow[]> {
    return this.serialised(() => this.execute(this.writer, statement, {}));
  }

  write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      await this.writer.query('BEGIN TRANSACTION');
      const tx: CypherTx = { run: (statement, params = {}) => this.execute(this.writer, statement, params) };
      try {
        const result = await work(tx);
        await this.writer.query('COMMIT');
        return result;
      } catch (error) {
        await this.writer.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeTail.catch(() => undefined);
    await this.reader.close();
    await this.writer.close();
    await this.db.close();
    fs.rmSync(holderFile(this.file), { force: true });
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writeTail.then(work, work);
    this.writeTail = run.catch(() => undefined);
    return run;
  }

  private async execute(connection: Connection, statement: string, params: Params): Promise<ReadRow[]> {
    let cache = this.prepared.get(connection);
    if (!cache) this.prepared.set(connection, (cache = new Map()));
    let prepared = cache.get(statement);
    if (!prepared) {
      prepared = await connection.prepare(statement);
      if (!prepared.isSuccess()) {
        throw new Error(`[${MODULE}] cannot prepare statement: ${prepared.getErrorMessage()}\n${statement}`);
      }
      cache.set(statement, prepared);
    }
    const result = await connection.execute(prepared, params as Record<string, never>);
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return last ? ((await last.getAll()) as ReadRow[]) : [];
  }
}

function holderFile(file: string): string {
  return `${file}.holder.json`;
}

function describeHolder(file: string): string {
  try {
    const holder = JSON.parse(fs.readFileSync(holderFile(file), 'utf8')) as Holder;
    return ` (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
  } catch {
    return '';
  }
}
