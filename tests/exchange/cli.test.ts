// The command line a person uses: `npm run cli -- export` and `import`, on the embedded store.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/dataset.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-cli-'));
// The Kent dataset's size, from the dataset itself, so that remodelling it does not break this test.
const kent = await readDataset();

function run(script: string, args: string[], dataDir: string) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}
const cli = (args: string[], dataDir: string) => run('server/src/app/cli.ts', args, dataDir);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));

describe('npm run cli', () => {
  it('exports the graph, imports it into an empty store, and exports the same files', () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    expect(run('server/src/app/seed-cli.ts', [], a).code).toBe(0);
    for (const format of ['json', 'csv']) {
      const first = cli(['export', '--format', format, '--out', path.join(tmp, `${format}-1`)], a);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain(
        `Exported ${kent.nodes.length} nodes and ${kent.relationships.length} relationships`,
      );
      const files = fs
        .readdirSync(path.join(tmp, `${format}-1`))
        .map((f) => path.join(tmp, `${format}-1`, f));
      const imported = cli(['import', ...files, '--replace'], path.join(b, format));
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toContain(`Imported: ${kent.nodes.length + kent.relationships.length} created`);
      expect(
        cli(['export', '--format', format, '--out', path.join(tmp, `${format}-2`)], path.join(b, format))
          .code,
      ).toBe(0);
      for (const f of fs.readdirSync(path.join(tmp, `${format}-1`))) {
        expect(fs.readFileSync(path.join(tmp, `${format}-2`, f), 'utf8')).toBe(
          fs.readFileSync(path.join(tmp, `${format}-1`, f), 'utf8'),
        );
      }
    }
  });

  it('refuses a bad file, saying where and why, and changes nothing', () => {
    const dataDir = path.join(tmp, 'c');
    const bad = path.join(tmp, 'nodes.csv');
    fs.writeFileSync(bad, 'id,kind,name,rtoHours\nsystem:a,System,A,4\nsystem:b,System,B,four\n');
    const res = cli(['import', bad], dataDir);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/nothing changed/);
    expect(res.stderr).toMatch(/line 3/);
    const dry = cli(['import', bad.replace('nodes.csv', 'none.csv')], dataDir);
    expect(dry.code).toBe(1);
    const empty = cli(['export', '--format', 'json', '--out', path.join(tmp, 'c-out')], dataDir);
    expect(empty.stdout).toMatch(/Exported 0 nodes and 0 relationships/);
  });
});
