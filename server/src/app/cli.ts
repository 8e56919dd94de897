// `npm run cli -- import FILE [FILE…] [--replace] [--dry-run] [--format F] [--mapping M.json] [--actor NAME]`
// `npm run cli -- export [--format json|csv|archimate] [--out DIR]`
// `npm run cli -- backup [--out DIR]`   `npm run cli -- restore DIR`   (the embedded store)
// Works on the store the environment configures (see README), like the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { AppError, BadInputError } from '../domain/errors.js';
import { importGraph } from '../services/exchange-service.js';
import { exportText, FILES_OF_FORMAT } from '../services/export-stream.js';
import { FORMATS, formatOf, readFiles, type Format } from '../services/formats.js';
import { restoreLadybug } from '../store/ladybug/ladybug-session.js';
import { openStore } from '../store/open-store.js';
import { loadConfig } from './config.js';

const USAGE = `usage:
  npm run cli -- import FILE [FILE…] [--replace] [--dry-run] [--format json|csv|archimate] [--mapping MAPPING.json] [--actor NAME]
  npm run cli -- export [--format json|csv|archimate] [--out DIR]
  npm run cli -- backup [--out DIR]      (embedded store, server stopped; while it runs, use the backup mutation)
  npm run cli -- restore BACKUP_DIR      (embedded store, server stopped; the old file is kept beside it)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    replace: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    format: { type: 'string' },
    mapping: { type: 'string' },
    actor: { type: 'string', default: `cli:${os.userInfo().username}` },
    out: { type: 'string' },
  },
});

function chosenFormat(files: string[]): Format {
  const named = values.format?.toUpperCase();
  if (named) {
    if (!(FORMATS as readonly string[]).includes(named))
      throw new Error(`--format must be one of ${FORMATS.join(', ').toLowerCase()}`);
    return named as Format;
  }
  const implied = formatOf(files[0] ?? '');
  if (!implied) throw new Error(`cannot tell the format of "${files[0]}": give --format`);
  return implied;
}

async function main(): Promise<void> {
  const [command, ...files] = positionals;
  if (!['import', 'export', 'backup', 'restore'].includes(command ?? '')) throw new Error(USAGE);
  const config = loadConfig();
  if (command === 'restore') {
    if (config.store.kind !== 'ladybug' || !files[0]) throw new Error(USAGE);
    const kept = await restoreLadybug(config.store.file, path.resolve(files[0]));
    console.log(
      `Restored ${config.store.file} from ${files[0]}; the database it replaced is kept as ${kept}`,
    );
    return;
  }
  const store = await openStore(config.store);
  // Progress goes to stderr, so stdout stays clean for the summary.
  const bar = new SingleBar(
    { format: ' {bar} {percentage}% | {step}', stream: process.stderr },
    Presets.shades_classic,
  );
  try {
    if (command === 'import') {
      if (files.length === 0) throw new Error(USAGE);
      const format = chosenFormat(files);
      bar.start(4, 0, { step: 'reading' });
      const texts = files.map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
      bar.update(1, { step: 'parsing' });
      const mapping: unknown = values.mapping
        ? JSON.parse(fs.readFileSync(values.mapping, 'utf8'))
        : undefined;
      const parsed = readFiles(format, texts, mapping);
      bar.update(2, { step: values['dry-run'] ? 'checking (dry run)' : 'validating and writing' });
      const report = await importGraph(store, {
        parsed,
        mode: values.replace ? 'REPLACE' : 'MERGE',
        dryRun: values['dry-run'],
        actor: values.actor,
        // A batch too large for one transaction (Neo4j) is written in stages: the last half of the bar.
        onProgress: (written, total) =>
          bar.update(2 + (2 * written) / Math.max(1, total), {
            step: `writing ${written} of ${total} changes`,
          }),
      });
      bar.update(4, { step: 'done' });
      bar.stop();
      const r = report.result;
      console.log(
        `${r.dryRun ? 'Dry run: would have' : 'Imported:'} ${r.created} created, ${r.updated} updated, ` +
          `${r.deleted} deleted, ${r.unchanged} unchanged${r.dryRun ? '' : ` (graph version ${r.graphVersion})`}`,
      );
      for (const u of report.unmapped)
        console.log(`not imported: ${u.where} ${u.type}${u.name ? ` "${u.name}"` : ''}: ${u.reason}`);
    } else if (command === 'backup') {
      const directory = path.resolve(
        values.out ?? path.join(config.backupDir, `backup-${new Date().toISOString().replace(/[:.]/g, '-')}`),
      );
      await store.backup(directory);
      console.log(`Backed up the graph (version ${await store.graphVersion()}) to ${directory}`);
    } else {
      const format = chosenFormat([`x.${(values.format ?? 'json').toLowerCase()}`]);
      const nodes = Object.values(await store.countByKind()).reduce((a, b) => a + b, 0);
      const relationships = await store.countRelationships();
      const total = nodes + relationships;
      bar.start(total + 1, 0, { step: 'writing' });
      const out = values.out ?? '.';
      fs.mkdirSync(out, { recursive: true });
      // Streamed from the store to the file: the export's text is never held whole.
      const written: string[] = [];
      for (const name of FILES_OF_FORMAT[format]) {
        const file = path.join(out, name);
        await pipeline(Readable.from(exportText(store, name)), fs.createWriteStream(file));
        written.push(file);
      }
      bar.update(total + 1, { step: 'done' });
      bar.stop();
      console.log(`Exported ${nodes} nodes and ${relationships} relationships to ${written.join(', ')}`);
    }
  } finally {
    bar.stop();
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof BadInputError) {
    console.error(
      `${error.message.split(': invalid input')[0]}: the file was not imported, nothing changed:`,
    );
    for (const issue of error.issues)
      console.error(`  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  } else {
    console.error(error instanceof AppError || error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
