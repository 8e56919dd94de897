// GraphQL for import and export of the whole graph: JSON snapshot, CSV, ArchiMate exchange format.
import { IMPORT_MODES } from '../services/exchange-service.js';
import { FORMATS } from '../services/formats.js';

export const exchangeTypeDefs = /* GraphQL */ `
enum ExchangeFormat { ${FORMATS.join(' ')} }
"MERGE adds and updates; REPLACE also deletes what the file does not have."
enum ImportMode { ${IMPORT_MODES.join(' ')} }

input FileInput {
  name: String!
  text: String!
}

type ExportedFile {
  name: String!
  text: String!
}

"Something the file has that the metamodel cannot take: reported, never silently dropped."
type UnmappedItem {
  where: String!
  type: String!
  name: String
  reason: String!
}

type ImportResult {
  summary: ChangeSummary!
  unmapped: [UnmappedItem!]!
}

type Backup {
  "Where the copy was written, on the server's machine."
  directory: String!
  graphVersion: Int!
  at: DateTime!
}

extend type Query {
  "The whole graph as files of the format (CSV: nodes.csv and relationships.csv)."
  exportGraph(format: ExchangeFormat!): [ExportedFile!]!
}

extend type Mutation {
  """
  Imports files of one format in one transaction; a malformed or invalid file changes nothing
  and the error names the line or element and the reason. With dryRun, reports what would change.
  mapping: an edited ArchiMate mapping (see ARCHIMATE.md), for ARCHIMATE only.
  """
  importGraph(
    format: ExchangeFormat!
    files: [FileInput!]!
    mode: ImportMode = MERGE
    dryRun: Boolean = false
    mapping: JSON
  ): ImportResult!
  "A consistent copy of the embedded store, taken while it runs, into the backup folder (admin)."
  backup: Backup!
}
`;
