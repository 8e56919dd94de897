// The exchange formats by name: how to read a set of files into a ParsedImport and how to
// write the whole graph as files. The parsing itself is pure (domain/exchange).
import { readArchimate, writeArchimate } from '../domain/exchange/archimate.js';
import {
  archimateMappingSchema,
  type ArchimateMapping,
  DEFAULT_ARCHIMATE_MAPPING,
} from '../domain/exchange/archimate-mapping.js';
import { readArchimateProfile, writeArchimateProfile } from '../domain/exchange/archimate-profile.js';
import { readCsv, writeCsv } from '../domain/exchange/csv.js';
import { readSnapshot, writeSnapshot } from '../domain/exchange/json-snapshot.js';
import type { GraphContent, ParsedImport } from '../domain/exchange/types.js';
import { BadInputError } from '../domain/errors.js';
import { CODE_METAMODEL, zodIssues, type Metamodel } from '../domain/metamodel/index.js';

export const FORMATS = ['JSON', 'CSV', 'ARCHIMATE'] as const;
export type Format = (typeof FORMATS)[number];

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** A metamodel whose relationship types name the ArchiMate type they carry (metamodels/archimate.yaml)
 *  exchanges ArchiMate files as they are, with nothing to map (domain/exchange/archimate-profile.ts). */
export const isArchimateProfile = (metamodel: Metamodel): boolean =>
  metamodel.relationshipTypes.length > 0 &&
  metamodel.relationshipTypes.every((t) => metamodel.rules[t]?.archimate);

/** Reads files of one format for the store's metamodel (the council one by default). CSV takes a
 *  nodes file and a relationships file, told apart by their headers. */
export function readFiles(
  format: Format,
  files: readonly NamedText[],
  mapping?: unknown,
  metamodel: Metamodel = CODE_METAMODEL,
): ParsedImport {
  if (files.length === 0)
    throw new BadInputError('services/formats', [{ path: 'files', message: 'no file given' }]);
  switch (format) {
    case 'JSON':
      return readSnapshot(files[0]!.text, files[0]!.name);
    case 'ARCHIMATE': {
      if (!isArchimateProfile(metamodel)) return readArchimate(files[0]!.text, parseMapping(mapping));
      const read = readArchimateProfile(files[0]!.text, metamodel);
      const origin = (what: string) => (item: Record<string, unknown>) =>
        `${files[0]!.name}: ${what} ${String(item.identifier ?? item.id ?? '')}`;
      return {
        batch: {
          nodes: read.nodes as ParsedImport['batch']['nodes'],
          relationships: read.relationships as ParsedImport['batch']['relationships'],
        },
        nodeOrigins: read.nodes.map(origin('element')),
        relationshipOrigins: read.relationships.map(origin('relationship')),
        problems: read.problems,
        unmapped: read.unmapped,
      };
    }
    case 'CSV': {
      // The relationships file is the one with a from (or source) column; both may start with id.
      const isRelationships = (f: NamedText) =>
        (f.text.trimStart().split(/\r?\n/, 1)[0] ?? '')
          .split(',')
          .some((cell) => /^\s*"?(from|source)"?\s*$/i.test(cell));
      const nodes = files.find((f) => !isRelationships(f));
      const relationships = files.find(isRelationships);
      return readCsv(
        {
          ...(nodes ? { nodes: nodes.text } : {}),
          ...(relationships ? { relationships: relationships.text } : {}),
        },
        { nodes: nodes?.name ?? 'nodes.csv', relationships: relationships?.name ?? 'relationships.csv' },
        metamodel,
      );
    }
  }
}

export function writeFiles(
  format: Format,
  content: GraphContent,
  metamodel: Metamodel = CODE_METAMODEL,
): NamedText[] {
  switch (format) {
    case 'JSON':
      return [{ name: 'graph.json', text: writeSnapshot(content) }];
    case 'ARCHIMATE':
      return [
        {
          name: 'graph.archimate.xml',
          text: isArchimateProfile(metamodel)
            ? writeArchimateProfile(
                content as unknown as Parameters<typeof writeArchimateProfile>[0],
                metamodel,
              )
            : writeArchimate(content),
        },
      ];
    case 'CSV': {
      const { nodes, relationships } = writeCsv(content, metamodel);
      return [
        { name: 'nodes.csv', text: nodes },
        { name: 'relationships.csv', text: relationships },
      ];
    }
  }
}

/** The format a file name implies, if any. */
export function formatOf(name: string): Format | null {
  if (/\.json$/i.test(name)) return 'JSON';
  if (/\.csv$/i.test(name)) return 'CSV';
  if (/\.(xml|archimate)$/i.test(name)) return 'ARCHIMATE';
  return null;
}

function parseMapping(mapping: unknown): ArchimateMapping {
  if (mapping === undefined) return DEFAULT_ARCHIMATE_MAPPING;
  const parsed = archimateMappingSchema.safeParse(mapping);
  if (!parsed.success) throw new BadInputError('services/formats', zodIssues(parsed.error, 'mapping'));
  return parsed.data;
}
