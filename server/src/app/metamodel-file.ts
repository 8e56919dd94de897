// Which metamodel file a store starts with: a name (METAMODEL=archimate reads
// metamodels/archimate.yaml) or a path to a file of one's own. A bad file stops start-up
// naming the line and the reason (MetamodelFileError).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, type ErrorCode } from '../domain/errors.js';
import {
  CODE_METAMODEL,
  MetamodelFileError,
  compileMetamodel,
  metamodelDifferences,
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

/** A good metamodel file that this build's stores cannot hold yet. */
export class MetamodelNotServableError extends AppError {
  readonly code: ErrorCode = 'NOT_SUPPORTED';
}

/**
 * The metamodel start-up serves. The stores' columns and relationship tables and the typed write
 * path still follow the council declarations in code, so a file that differs from them in what
 * they hold is refused by name with the differences, rather than served half.
 */
export async function loadServableMetamodel(nameOrPath: string): Promise<Metamodel> {
  const metamodel = await loadMetamodelFile(nameOrPath);
  const differences = metamodelDifferences(metamodel, CODE_METAMODEL);
  if (differences.length > 0) {
    throw new MetamodelNotServableError(
      `[app/metamodel] the ${metamodel.name} metamodel (${metamodelPath(nameOrPath)}) is valid, but the stores ` +
        `of this version hold only the council metamodel's kinds and relationship types: ${differences
          .slice(0, 5)
          .join('; ')}${differences.length > 5 ? `; and ${differences.length - 5} more` : ''}`,
    );
  }
  return metamodel;
}
