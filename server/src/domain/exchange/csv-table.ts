// One CSV file as rows of named cells, each row knowing the line it starts on in the file, so that
// problems point where a person would look in a text editor or a spreadsheet.
import { CsvError, parse } from 'csv-parse/sync';
import { restoreCell } from './csv-cells.js';
import type { ImportProblem } from './types.js';
import { looseName } from './values.js';

export interface TableRow {
  /** "nodes.csv line 12": the line the record starts on, header being line 1. */
  readonly origin: string;
  /** The cell under a column (by its canonical name), or undefined when absent or blank. */
  get(column: string): string | undefined;
  /** "nodes.csv line 12, column rtoHours", with the header as the file spells it. */
  at(column: string): string;
}

export interface TableSpec {
  readonly columns: readonly string[];
  readonly required: readonly string[];
  /** Other header names accepted for a column (`source` for `from`). */
  readonly synonyms?: Readonly<Record<string, string>>;
  readonly problems: ImportProblem[];
}

// csv-parse's messages name a line already; ours say what to do about it.
const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed (a " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'text follows a closing quote; a quote inside a quoted cell is written ""',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted cell; quote the whole cell and write the quote as ""',
};

export function readTable(text: string, file: string, spec: TableSpec): TableRow[] {
  const { problems } = spec;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Line ends are made \n first: csv-parse counts lines one too many after a \r\n record.
    // With `info`, each record comes as { record, info }; csv-parse's types do not say so.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    problems.push({
      where: line ? `${file} line ${line}` : file,
      message: CSV_ERRORS[error.code] ?? error.message,
    });
    return [];
  }
  const [header, ...body] = records;
  if (!header) {
    problems.push({
      where: file,
      message: `the file is empty; it needs a header row (${spec.columns.join(', ')})`,
    });
    return [];
  }

  const headerLine = startLine(header);
  const byLoose = new Map(spec.columns.map((c) => [looseName(c), c]));
  for (const [synonym, column] of Object.entries(spec.synonyms ?? {}))
    byLoose.set(looseName(synonym), column);
  const columnAt: (string | undefined)[] = [];
  const headerText = new Map<string, string>();
  header.record.forEach((raw, i) => {
    const name = raw.trim();
    const column = byLoose.get(looseName(name));
    const where = `${file} line ${headerLine}, column ${name || i + 1}`;
    if (!name) return;
    if (!column) {
      problems.push({
        where,
        message: `unknown column "${name}" (the columns are ${spec.columns.join(', ')})`,
      });
    } else if (headerText.has(column)) {
      problems.push({ where, message: `column ${column} appears twice` });
    } else {
      columnAt[i] = column;
      headerText.set(column, name);
    }
  });
  for (const column of spec.required) {
    if (!headerText.has(column)) {
      problems.push({ where: `${file} line ${headerLine}`, message: `missing column "${column}"` });
    }
  }

  return body.map(({ record, info }) => {
    const line = startLine({ record, info });
    const cells = new Map<string, string>();
    record.forEach((value, i) => {
      const column = columnAt[i];
      if (value.trim() === '') return;
      // The export's quote before a formula-like cell comes off here (csv-cells.ts).
      if (column) cells.set(column, restoreCell(value));
      else if (i >= header.record.length || !header.record[i]?.trim()) {
        problems.push({
          where: `${file} line ${line}, column ${i + 1}`,
          message: `"${value}" is in a column with no header`,
        });
      }
    });
    return {
      origin: `${file} line ${line}`,
      get: (column) => cells.get(column),
      at: (column) => `${file} line ${line}, column ${headerText.get(column) ?? column}`,
    };
  });
}

/** csv-parse reports the line a record ends on; a quoted cell may span lines before it. */
function startLine({ record, info }: { record: string[]; info: { lines: number } }): number {
  const inner = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  return info.lines - inner;
}
