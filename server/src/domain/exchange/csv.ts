// Two spreadsheets, nodes.csv and relationships.csv: the shape people edit by hand. One column per
// kind field, an empty cell is an absent value, and every reading problem names a line and column.
import { stringify } from 'csv-stringify/sync';
import { CODE_METAMODEL, type Metamodel, type NodeKind } from '../metamodel/index.js';
import { neutraliseCell } from './csv-cells.js';
import { readTable, type TableRow } from './csv-table.js';
import type { GraphContent, ImportProblem, ParsedImport } from './types.js';
import {
  fieldOf,
  formatAliases,
  formatFieldValue,
  formatProvenance,
  idAllocator,
  kindNamed,
  parseAliases,
  parseCount,
  parseFlag,
  parseFieldValue,
  parseJsonList,
  relationshipTypeNamed,
  type Parsed,
} from './values.js';
import { writeAll, type GraphWriter } from './writer.js';

/** nodes.csv's columns: the common ones, then every kind field of the metamodel. */
export const nodeColumns = (metamodel: Metamodel): readonly string[] => [
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'provenance',
  ...metamodel.allFields.keys(),
];
/** `id` names the relationship; left empty, the import matches by from, type and to. */
const COMMON_RELATIONSHIP_COLUMNS: readonly string[] = [
  'id',
  'from',
  'type',
  'to',
  'redundancy_group',
  'redundancy_k',
  'fallback',
  'note',
  'provenance',
  'start',
  'end',
  'planned',
];
/** Fields of the metamodel's relationships beyond the common ones (the ArchiMate profile's). */
const ownRelationshipFields = (metamodel: Metamodel) =>
  Object.entries(metamodel.relationshipFields).filter(
    ([name]) => !COMMON_RELATIONSHIP_COLUMNS.includes(name),
  );
/** relationships.csv's columns: the common ones, then the metamodel's relationship fields. */
export const relationshipColumns = (metamodel: Metamodel): readonly string[] => [
  ...COMMON_RELATIONSHIP_COLUMNS,
  ...ownRelationshipFields(metamodel).map(([name]) => name),
];
/** The council metamodel's node columns. */
export const NODE_COLUMNS: readonly string[] = nodeColumns(CODE_METAMODEL);

export interface CsvNames {
  readonly nodes: string;
  readonly relationships: string;
}
const DEFAULT_NAMES: CsvNames = { nodes: 'nodes.csv', relationships: 'relationships.csv' };

type Batch = ParsedImport['batch'];
type NodeItem = Batch['nodes'][number];
type RelationshipItem = Batch['relationships'][number];

export function writeCsv(
  content: GraphContent,
  metamodel: Metamodel = CODE_METAMODEL,
): { nodes: string; relationships: string } {
  return {
    nodes: writeAll(csvNodesWriter(metamodel), content),
    relationships: writeAll(csvRelationshipsWriter(metamodel), content),
  };
}

/** nodes.csv, a row per node. */
export function csvNodesWriter(metamodel: Metamodel = CODE_METAMODEL): GraphWriter {
  const fields = [...metamodel.allFields.keys()];
  return {
    wantsRelationships: false,
    start: () => csvLine(nodeColumns(metamodel)),
    node: (node) => {
      const values = node as unknown as Record<string, unknown>;
      return csvLine([
        node.id,
        node.kind,
        node.name,
        formatAliases(node.aliases),
        node.description ?? '',
        formatProvenance(node.provenance),
        ...fields.map((f) => formatFieldValue(values[f])),
      ]);
    },
    relationship: () => '',
    end: () => '',
  };
}

/** relationships.csv, a row per relationship. */
export function csvRelationshipsWriter(metamodel: Metamodel = CODE_METAMODEL): GraphWriter {
  const own = ownRelationshipFields(metamodel).map(([name]) => name);
  return {
    wantsRelationships: true,
    start: () => csvLine(relationshipColumns(metamodel)),
    node: () => '',
    relationship: (r) =>
      csvLine([
        r.id,
        r.from,
        r.type,
        r.to,
        r.redundancy?.group ?? '',
        formatFieldValue(r.redundancy?.k),
        r.fallback ?? '',
        r.note ?? '',
        formatProvenance(r.provenance),
        r.start ?? '',
        r.end ?? '',
        formatFieldValue(r.planned),
        ...own.map((f) => formatFieldValue((r as Record<string, unknown>)[f])),
      ]),
    end: () => '',
  };
}

/** One CSV record, every cell safe to open in a spreadsheet (csv-cells.ts). */
const csvLine = (cells: readonly string[]): string => stringify([cells.map(neutraliseCell)]);

export function readCsv(
  files: { nodes?: string; relationships?: string },
  names: CsvNames = DEFAULT_NAMES,
  metamodel: Metamodel = CODE_METAMODEL,
): ParsedImport {
  const problems: ImportProblem[] = [];
  const nodes: NodeItem[] = [];
  const nodeOrigins: string[] = [];
  const relationships: RelationshipItem[] = [];
  const relationshipOrigins: string[] = [];

  if (files.nodes !== undefined) {
    const rows = readTable(files.nodes, names.nodes, {
      columns: nodeColumns(metamodel),
      required: ['id', 'kind', 'name'],
      problems,
    });
    // Ids the file gives are reserved first, so a derived id never takes one of them.
    const ids = idAllocator();
    for (const row of rows) {
      const id = row.get('id');
      if (id) ids.reserve(id);
    }
    for (const row of rows) {
      nodes.push(readNode(row, ids, problems, metamodel));
      nodeOrigins.push(row.origin);
    }
  }
  if (files.relationships !== undefined) {
    const rows = readTable(files.relationships, names.relationships, {
      columns: relationshipColumns(metamodel),
      required: ['from', 'type', 'to'],
      synonyms: { source: 'from', target: 'to' },
      problems,
    });
    for (const row of rows) {
      relationships.push(readRelationship(row, problems, metamodel));
      relationshipOrigins.push(row.origin);
    }
  }
  return { batch: { nodes, relationships }, nodeOrigins, relationshipOrigins, problems, unmapped: [] };
}

function readNode(
  row: TableRow,
  ids: ReturnType<typeof idAllocator>,
  problems: ImportProblem[],
  metamodel: Metamodel,
): NodeItem {
  const cell = cellReader(row, problems);
  const kindText = row.get('kind');
  const kind = kindText === undefined ? undefined : kindNamed(kindText, metamodel.kinds);
  if (kindText !== undefined && !kind) {
    problems.push({
      where: row.at('kind'),
      message: `"${kindText}" is not a kind (${metamodel.kinds.join(', ')})`,
    });
  }
  const name = row.get('name');
  // An empty id with a kind and a name is a new node: its id follows from them.
  const id = row.get('id') ?? (kind && name ? ids.derive(kind, name) : undefined);
  const node: Record<string, unknown> = {
    kind: kind ?? kindText,
    id,
    name,
    aliases: cell('aliases', parseAliases) ?? [],
    description: row.get('description'),
    provenance: cell('provenance', parseJsonList) ?? [],
  };
  for (const [column, spec] of metamodel.allFields) {
    if (row.get(column) === undefined) continue;
    if (kind && !fieldOf(kind, column, metamodel.kindFields[kind])) {
      problems.push({
        where: row.at(column),
        message: `a ${kind} has no ${column} (${ownFields(metamodel, kind)})`,
      });
      continue;
    }
    node[column] = cell(column, (text) => parseFieldValue(spec, text));
  }
  for (const key of Object.keys(node)) if (node[key] === undefined) delete node[key];
  // The metamodel's schema checks the rest of the shape and names each bad field.
  return node as NodeItem;
}

function readRelationship(row: TableRow, problems: ImportProblem[], metamodel: Metamodel): RelationshipItem {
  const cell = cellReader(row, problems);
  const typeText = row.get('type');
  const type =
    typeText === undefined ? undefined : relationshipTypeNamed(typeText, metamodel.relationshipTypes);
  if (typeText !== undefined && !type) {
    problems.push({ where: row.at('type'), message: `"${typeText}" is not a relationship type` });
  }
  const group = row.get('redundancy_group');
  const k = cell('redundancy_k', parseCount);
  if ((group === undefined) !== (row.get('redundancy_k') === undefined)) {
    problems.push({
      where: row.at(group === undefined ? 'redundancy_k' : 'redundancy_group'),
      message: 'redundancy_group and redundancy_k go together: give both or neither',
    });
  }
  const relationship: Record<string, unknown> = {
    id: row.get('id'),
    from: row.get('from'),
    type: type ?? typeText,
    to: row.get('to'),
    redundancy: group !== undefined && k !== undefined ? { group, k } : undefined,
    fallback: row.get('fallback'),
    note: row.get('note'),
    provenance: cell('provenance', parseJsonList) ?? [],
    start: row.get('start'),
    end: row.get('end'),
    planned: cell('planned', parseFlag),
  };
  for (const [column, spec] of ownRelationshipFields(metamodel))
    relationship[column] = cell(column, (text) => parseFieldValue(spec, text));
  for (const key of Object.keys(relationship)) if (relationship[key] === undefined) delete relationship[key];
  return relationship as RelationshipItem;
}

/** Reads a cell through a parser; a failure becomes a problem at that line and column. */
function cellReader(row: TableRow, problems: ImportProblem[]) {
  return <T>(column: string, parse: (text: string) => Parsed<T>): T | undefined => {
    const text = row.get(column);
    if (text === undefined) return undefined;
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    problems.push({ where: row.at(column), message: parsed.message });
    return undefined;
  };
}

const ownFields = (metamodel: Metamodel, kind: NodeKind): string => {
  const fields = Object.keys(metamodel.kindFields[kind] ?? {});
  return fields.length ? `its fields are ${fields.join(', ')}` : 'it has no fields of its own';
};
