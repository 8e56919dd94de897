// Which metamodel file a store starts with: a name (METAMODEL=archimate reads
// metamodels/archimate.yaml) or a path to a file of one's own. A bad file stops start-up
// naming the line and the reason (MetamodelFileError).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MetamodelFileError,
  compileMetamodel,
  parseMetamodelText,
  type Metamodel,
} from '../domain/metamodel/index.js';

/** metamodels/ at the repository root (dist/metamodels once built: the same relative place). */
export const METAMODELS_DIR: string = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../metamodels',
);

/** A shipped metamodel's name, or a file path. */
export function metamodelPath(nameOrPath: string): string {
  return /^[a-z][a-z0-9-]*$/.test(nameOrPath)
    ? path.join(METAMODELS_DIR, `${nameOrPath}.yaml`)
    : path.resolve(nameOrPath);
}

export async function loadMetamodelFile(nameOrPath: string): Promise<Metamodel> {
  const file = metamodelPath(nameOrPath);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new MetamodelFileError(file, [
      {
        line: 0,
        path: '',
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      },
    ]);
  }
  return compileMetamodel(parseMetamodelText(text, file));
}

/**
 * The metamodel start-up serves: the file, checked. The stores' columns and relationship tables,
 * the batch checks and the GraphQL schema all follow from it; one that says what the code's
 * council declarations say (council.yaml) is served through those declarations' typed schemas
 * (store/records.ts, domain/metamodel/validate-batch.ts), with its own docs.
 */
export async function loadServableMetamodel(nameOrPath: string): Promise<Metamodel> {
  return loadMetamodelFile(nameOrPath);
}
