// The built-in dataset: every `*.yaml` file in this folder, merged into one write batch and
// checked against the metamodel, with every node and relationship citing a source document.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { BadInputError, type InputIssue } from '../server/src/domain/errors.js';
import {
  checkBatchAgainstGraph,
  parseBatch,
  type GraphBatch,
  type NodeInput,
  type RelationshipInput,
} from '../server/src/domain/metamodel/index.js';
import { SOURCE_REGISTER } from './source-register.js';

const MODULE = 'seed';

/** The folder of this file, where the dataset's YAML files live. */
export const SEED_DIR: string = path.dirname(fileURLToPath(import.meta.url));

/** The public source documents that provenance may cite, by file name (see the register). */
export const SOURCE_DOCUMENTS: readonly string[] = Object.keys(SOURCE_REGISTER).sort();

/** Where the source documents' texts are kept, beside the dataset, so every clone can check quotes. */
export const SOURCES_DIR: string = path.join(SEED_DIR, 'sources');

/** One seed file, parsed: its name and the items it declares. */
export interface DatasetFile {
  readonly file: string;
  readonly nodes: readonly NodeInput[];
  readonly relationships: readonly RelationshipInput[];
}

/** Collapses runs of whitespace, so that quotes can be compared with the documents' text. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lists the folder's `*.yaml` files, sorted by name. */
export async function listDatasetFiles(dir = SEED_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith('.yaml')).sort();
}

/** Reads and shape-checks each file on its own, so that issues name the file and the item. */
export async function readDatasetFiles(dir = SEED_DIR): Promise<DatasetFile[]> {
  const files: DatasetFile[] = [];
  const issues: InputIssue[] = [];
  for (const file of await listDatasetFiles(dir)) {
    let raw: unknown;
    try {
      raw = parse(await readFile(path.join(dir, file), 'utf8'));
    } catch (error) {
      issues.push({ path: file, message: `not valid YAML: ${(error as Error).message}` });
      continue;
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.push({ path: file, message: 'expected an object { nodes: [...], relationships: [...] }' });
      continue;
    }
    const extra = Object.keys(raw).filter((k) => k !== 'nodes' && k !== 'relationships');
    if (extra.length > 0) {
      issues.push({
        path: file,
        message: `only nodes and relationships belong in a seed file, not ${extra.join(', ')}`,
      });
      continue;
    }
    try {
      const batch = parseBatch(raw);
      files.push({ file, nodes: batch.nodes, relationships: batch.relationships });
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      issues.push(...error.issues.map((i) => ({ path: `${file}: ${i.path}`, message: i.message })));
    }
  }
  if (issues.length > 0) throw new BadInputError(MODULE, issues);
  return files;
}

/** Where each item of the merged batch came from, to name it in issues. */
function locator(files: readonly DatasetFile[]): (path: string) => string {
  const nodeAt: string[] = [];
  const relAt: string[] = [];
  for (const f of files) {
    f.nodes.forEach((n, i) => nodeAt.push(`${f.file}: nodes.${i} (${n.id})`));
    f.relationships.forEach((r, i) =>
      relAt.push(`${f.file}: relationships.${i} (${r.from} ${r.type} ${r.to})`),
    );
  }
  return (p) => {
    const m = /^(nodes|relationships)\.(\d+)(.*)$/.exec(p);
    if (!m) return p;
    const where = (m[1] === 'nodes' ? nodeAt : relAt)[Number(m[2])];
    return where ? `${where}${m[3] ?? ''}` : p;
  };
}

/** Provenance rules beyond the schema: at least one entry, a known document, a quote. */
function provenanceIssues(files: readonly DatasetFile[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const known = new Set(SOURCE_DOCUMENTS);
  for (const f of files) {
    const items: [string, { provenance: readonly { document: string; quote?: string | undefined }[] }][] = [
      ...f.nodes.map((n, i) => [`${f.file}: nodes.${i} (${n.id})`, n] as [string, NodeInput]),
      ...f.relationships.map(
        (r, i) =>
          [`${f.file}: relationships.${i} (${r.from} ${r.type} ${r.to})`, r] as [string, RelationshipInput],
      ),
    ];
    for (const [where, item] of items) {
      if (item.provenance.length === 0) issues.push({ path: where, message: 'has no provenance' });
      item.provenance.forEach((p, j) => {
        if (!known.has(p.document)) {
          issues.push({
            path: `${where}.provenance.${j}.document`,
            message: `"${p.document}" is not a source document`,
          });
        }
        if (!p.quote)
          issues.push({ path: `${where}.provenance.${j}.quote`, message: 'needs a verbatim quote' });
      });
    }
  }
  return issues;
}

/**
 * Reads every `*.yaml` file in `dir` (sorted by name), merges them into one batch, and checks
 * it: shape (zod), provenance, and consistency (endpoints, kinds, duplicates, redundancy).
 * Throws BadInputError whose issues name the file and the item.
 */
export async function readDataset(dir = SEED_DIR): Promise<GraphBatch> {
  const files = await readDatasetFiles(dir);
  const merged = parseBatch({
    nodes: files.flatMap((f) => f.nodes),
    relationships: files.flatMap((f) => f.relationships),
  });
  const where = locator(files);
  const issues = [
    ...provenanceIssues(files),
    ...checkBatchAgainstGraph(merged, { kinds: new Map(), existingRelationships: new Set() }).map((i) => ({
      path: where(i.path),
      message: i.message.replace(/(nodes|relationships)\.\d+/g, (m) => where(m)),
    })),
  ];
  if (issues.length > 0) throw new BadInputError(MODULE, issues);
  return merged;
}
