// LadybugDB 0.19.1 on its own (only @ladybugdb/core): what a SIGKILL during a checkpoint, or
// between a COMMIT and the next checkpoint, leaves on disk. See README.md beside this file.
// Usage: node tests/durability/upstream-repro.mjs [ROWS]   (default 300000; about 30 s)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lbug from '@ladybugdb/core';

const [role, dir, csv, autoCheckpoint] = process.argv.slice(2);
const ROWS = Number(role && !dir ? role : 300_000);

async function open(d, auto = true) {
  // The constructor's defaults, with automatic checkpoints switched as asked.
  const db = new lbug.Database(path.join(d, 'g.lbug'), 0, true, false, 0, auto);
  await db.init();
  const c = new lbug.Connection(db);
  await c.init();
  const q = async (s) => {
    const r = await c.query(s);
    const all = Array.isArray(r) ? r : [r];
    const rows = await all.at(-1).getAll();
    for (const x of all) x.close();
    return rows;
  };
  return { q, close: async () => (await c.close(), await db.close()) };
}

// The child: one small committed write, then one transaction that COPYs ROWS rows and bumps a
// version row, committed; then an explicit CHECKPOINT. It says when each returns.
if (role === 'child') {
  const s = await open(dir, autoCheckpoint === 'on');
  await s.q("CREATE (:M {k: 'edit', v: 1})");
  console.log('ACK edit');
  await s.q('BEGIN TRANSACTION');
  await s.q(`COPY N FROM '${csv}' (HEADER=false)`);
  await s.q("MATCH (m:M {k: 'version'}) SET m.v = m.v + 1");
  await s.q('COMMIT');
  console.log('ACK copy');
  if (autoCheckpoint === 'off') {
    // Killed here, after the acknowledged COMMIT and before any checkpoint.
    process.kill(process.pid, 'SIGKILL');
  }
  await s.q('CHECKPOINT');
  console.log('CHECKPOINTED');
  process.exit(0);
}

const files = (d) =>
  fs
    .readdirSync(d)
    .map((f) => `${f}:${fs.statSync(path.join(d, f)).size}`)
    .join(' ');

async function state(d) {
  try {
    const s = await open(d);
    const [n] = await s.q('MATCH (n:N) RETURN count(n) AS c');
    const m = await s.q('MATCH (m:M) RETURN m.k AS k, m.v AS v ORDER BY k');
    await s.close();
    return `rows N=${n.c}, ${m.map((r) => `${r.k}=${r.v}`).join(', ')}`;
  } catch (e) {
    return `cannot open: ${e.message}`;
  }
}

const rows = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lbug-repro-')), 'rows.csv');
fs.writeFileSync(rows, Array.from({ length: ROWS }, (_, i) => `n${i},${'x'.repeat(40)}`).join('\n') + '\n');
console.log(`@ladybugdb/core ${lbug.Database.getVersion()}, ${ROWS} rows per COPY\n`);

/** Kills the child when the file event `when` is seen (or lets it kill itself), then reopens. */
async function scenario(title, when, auto) {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lbug-repro-'));
  const s = await open(d);
  await s.q('CREATE NODE TABLE N(id STRING, v STRING, PRIMARY KEY(id))');
  await s.q('CREATE NODE TABLE M(k STRING, v INT64, PRIMARY KEY(k))');
  await s.q("CREATE (:M {k: 'version', v: 0})");
  await s.close();
  const child = spawn(process.execPath, [process.argv[1], 'child', d, rows, auto], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let said = '';
  child.stdout.on('data', (b) => (said += b));
  let killedOn = null;
  const watcher = fs.watch(d, (_, f) => {
    if (!killedOn && when && when(String(f), fs.existsSync(path.join(d, String(f))))) {
      child.kill('SIGKILL');
      killedOn = String(f);
    }
  });
  await new Promise((r) => child.once('exit', r));
  watcher.close();
  const left = files(d);
  console.log(`${title}`);
  console.log(`  child said:        ${said.trim().split('\n').join(', ') || '(nothing)'}`);
  console.log(`  files after kill:  ${left}`);
  console.log(`  first reopen:      ${await state(d)}   files then: ${files(d)}`);
  console.log(`  second reopen:     ${await state(d)}\n`);
}

await scenario(
  '1. SIGKILL while COMMIT checkpoints the COPY, as soon as the WAL is renamed to .wal.checkpoint',
  (f, exists) => f.endsWith('.wal.checkpoint') && exists,
  'on',
);
await scenario(
  '2. SIGKILL in the same checkpoint, as soon as its shadow file is written',
  (f, exists) => f.endsWith('.shadow') && exists,
  'on',
);
await scenario(
  '3. Automatic checkpoints off: SIGKILL right after COMMIT returned, before any checkpoint',
  null,
  'off',
);
await scenario('4. No kill (the expected end state)', null, 'on');
