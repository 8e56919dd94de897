// Backup while the server runs and writes go on, then restore with the CLI: the restored graph
// is one consistent state (every write either wholly in it or wholly out).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../server/src/app/load-seed.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { graphqlClient, startTestServer } from '../fixtures/test-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-backup-'));
const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/src/app/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));

describe('backup and restore of the embedded store', () => {
  it('takes a consistent copy while writes go on, and restores exactly it', async () => {
    const file = path.join(dir, 'graph.lbug');
    const store = await openLadybugStore(file);
    await loadSeed(store);
    const seeded = {
      version: await store.graphVersion(),
      nodes: (await store.exportTopology()).nodes.length,
    };
    const server = await startTestServer(store, { clientDir: dir, backupDir: path.join(dir, 'backups') });
    const gql = (query: string) =>
      graphqlClient(server.graphqlUrl)<Record<string, { directory: string }>>(query);
    const writes = Array.from({ length: 20 }, (_, i) =>
      gql(`mutation { createNode(node: { kind: Partner, id: "partner:p${i}", name: "P${i}" }) { id } }`),
    );
    const backup = await gql('mutation { backup { directory graphVersion at } }');
    await Promise.all(writes);
    expect(backup.errors).toBeUndefined();
    const directory = backup.data!.backup!.directory;

    // With the server running, restore is refused and says why.
    const refused = cli(['restore', directory]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/in use by another process/);

    await server.close();
    await store.close();
    const restored = cli(['restore', directory]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/kept as .*graph\.lbug\.replaced-/);

    const back = await openLadybugStore(file);
    try {
      const version = await back.graphVersion();
      const nodes = (await back.exportTopology()).nodes.length;
      // Each write adds one node and one version: a consistent copy keeps them in step.
      expect(nodes - seeded.nodes).toBe(version - seeded.version);
      expect(version).toBeGreaterThanOrEqual(seeded.version);
      expect((await back.history({ first: 1 }))[0]?.version ?? seeded.version).toBe(version);
    } finally {
      await back.close();
    }
  });

  it('refuses to restore from something that is not a backup, changing nothing', () => {
    const res = cli(['restore', path.join(dir, 'nowhere')]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/is not a backup/);
  });

  it('backs up from the command line when no server runs', () => {
    const out = path.join(dir, 'cli-backup');
    const res = cli(['backup', '--out', out]);
    expect(res.status, res.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, 'schema.cypher'))).toBe(true);
  });
});
