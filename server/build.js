// `npm run build:server`: compiles the server to dist/ for plain `node` (tsconfig.build.json)
// and copies the Kent dataset's YAML beside the compiled seed loader, which reads the folder it
// lives in. Plain JavaScript, so that building needs no TypeScript runner.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

// A module deleted from the source must not linger in the output.
for (const folder of ['server', 'seed']) fs.rmSync(path.join(dist, folder), { recursive: true, force: true });

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

const seed = path.join(root, 'seed');
for (const file of fs.readdirSync(seed).filter((f) => f.endsWith('.yaml'))) {
  fs.copyFileSync(path.join(seed, file), path.join(dist, 'seed', file));
}

// The metamodel files (metamodels/*.yaml), where the compiled start-up looks for them.
const metamodels = path.join(root, 'metamodels');
fs.rmSync(path.join(dist, 'metamodels'), { recursive: true, force: true });
fs.mkdirSync(path.join(dist, 'metamodels'), { recursive: true });
for (const file of fs.readdirSync(metamodels).filter((f) => f.endsWith('.yaml'))) {
  fs.copyFileSync(path.join(metamodels, file), path.join(dist, 'metamodels', file));
}
