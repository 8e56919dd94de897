// Start-up loads the metamodel file METAMODEL names: a bad file stops it, before any store is
// opened, with the file, the line and the reason; a valid file the stores cannot hold yet is
// refused by name; the council file starts the server as before and is what the API describes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadServableMetamodel } from '../../server/src/app/metamodel-file.js';
import { CODE_METAMODEL, metamodelDifferences } from '../../server/src/domain/metamodel/index.js';
import { metamodelStamp } from '../../server/src/store/cypher/metamodel-record.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-metamodel-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));

const start = (metamodel: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/src/app/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: path.join(tmp, 'data'),
      PORT: '0',
      LOG_LEVEL: 'warn',
      METAMODEL: metamodel,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('METAMODEL at start-up', () => {
  it('stops start-up on a bad file, naming the file, the line and the reason, and opens no store', () => {
    const council = fs.readFileSync(path.join(ROOT, 'metamodels/council.yaml'), 'utf8');
    const bad = path.join(tmp, 'bad.yaml');
    // HOSTED_AT's target becomes a kind nobody declared.
    fs.writeFileSync(
      bad,
      council.replace(/(HOSTED_AT:\n {4}from: \[System\]\n {4}to: )\[Site\]/, '$1[Sight]'),
    );
    const line = council.split('\n').findIndex((l) => l.includes('HOSTED_AT:')) + 3;
    const run = start(bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toContain(
      `line ${line} (relationships.HOSTED_AT.to.0): "Sight" is not a kind of this metamodel`,
    );
    expect(fs.existsSync(path.join(tmp, 'data'))).toBe(false);
  });

  it('stops start-up on a file that is not YAML, with the line', () => {
    const broken = path.join(tmp, 'broken.yaml');
    fs.writeFileSync(broken, 'name: broken\nkinds:\n  Box: {fields: [\n');
    const run = start(broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.yaml is not a usable metamodel: line [34]/);
  });

  it('serves the ArchiMate profile from its file', async () => {
    const archimate = await loadServableMetamodel('archimate');
    expect(archimate.name).toBe('archimate');
    expect(archimate.kinds).toHaveLength(62);
  });

  it('serves the council file, which says what the code declares (the same stamp in the store)', async () => {
    const council = await loadServableMetamodel('council');
    expect(metamodelDifferences(council, CODE_METAMODEL)).toEqual([]);
    expect(metamodelStamp(council).hash).toBe(metamodelStamp(CODE_METAMODEL).hash);
  });
});
