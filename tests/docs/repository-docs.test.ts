// The documentation travels with the code: the README's configuration table lists every
// variable the server reads, each top-level folder says what it holds, and nothing points
// outside the repository (a clone has only what is in it).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../server/src/app/config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', 'data', 'coverage', '.git', '.scratch', 'target', 'generated']);
const TEXT = /\.(md|ts|tsx|js|json|css|html|ya?ml)$|^Dockerfile$/;

/** Every text file of ours, relative to the root. */
function files(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return TEXT.test(entry.name) && entry.name !== 'package-lock.json' ? [path.relative(ROOT, full)] : [];
  });
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('the repository documents itself', () => {
  it('lists every configuration variable in the README, and no other', () => {
    const section = read('README.md').split('## Configuration')[1]!.split('\n## ')[0]!;
    const documented = [...section.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it.each(['server', 'client', 'seed', 'tests', 'bench', 'docs'])('has a README in %s/', (folder) => {
    expect(fs.existsSync(path.join(ROOT, folder, 'README.md'))).toBe(true);
  });

  it('links to nothing outside the repository', () => {
    const outside: string[] = [];
    for (const file of files().filter((f) => f.endsWith('.md'))) {
      for (const [, target] of read(file).matchAll(/\]\(([^)\s#]+)[^)]*\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue; // a web address, not a path
        const resolved = path.resolve(ROOT, path.dirname(file), target!);
        if (path.relative(ROOT, resolved).startsWith('..')) outside.push(`${file}: ${target}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('cites no design file that a clone does not have', () => {
    const name = ['DESIGN', 'md'].join('.');
    const citing = files().filter((f) => read(f).includes(name));
    expect(citing).toEqual([]);
  });
});

describe('docs/impact-semantics.md', () => {
  // Quotes as typed or as typeset are the same words.
  const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

  it('names, for every rule, a test that exists in the file it names', () => {
    const rules = read('docs/impact-semantics.md').split('## Rules')[1]!.split('\n## ')[0]!;
    const rows = rules.split('\n').filter((l) => /^\| (?!rule |-)/.test(l));
    expect(rows.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const row of rows) {
      const cell = row
        .split(' | ')[1]!
        .replace(/\s*\|\s*$/, '')
        .trim();
      if (cell.startsWith('same test')) continue;
      // `file`: name; name… (a trailing … : the name starts so). Domain files are named from
      // server/src/domain/, the others from the root.
      const [, file, names] = /^`([^`]+)`: (.+)$/.exec(cell) ?? [];
      if (!file || !names) {
        missing.push(`no test named: ${cell}`);
        continue;
      }
      const where = file.startsWith('tests/') ? file : path.join('server/src/domain', file);
      const text = fs.existsSync(path.join(ROOT, where)) ? plain(read(where)) : '';
      for (const name of names.split('; ')) {
        if (!text.includes(plain(name.replace(/…$/, '')))) missing.push(`${where}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
