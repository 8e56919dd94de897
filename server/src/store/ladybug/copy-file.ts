// Rows written as files for LadybugDB's `COPY … FROM`. Its CSV reader is many times slower on
// quoted fields than on plain ones (measured at 100k nodes: 600k history rows in 2.4 s
// tab-separated and unquoted, 22 s quoted), so rows go tab-separated with a quote character
// that never occurs in text, and only the rows that need quoting (a tab, a line break, an
// empty text, which unquoted would read as NULL) go to a second, quoted file.
import fs from 'node:fs';
import type { Row } from '../records.js';

/** U+0001 stands in as the quote and escape character of the plain file: text never holds it. */
const NO_QUOTE = '\u0001';
/** What makes a text need quoting: a field or line break, or the stand-in quote. Empty text
 *  needs it too (unquoted, it reads as NULL). */
const NEEDS_QUOTES = new RegExp(`[\t\n\r${NO_QUOTE}]`);
const needsQuotes = (text: string) => text === '' || NEEDS_QUOTES.test(text);

export interface CopyFile {
  readonly file: string;
  /** The COPY options that read this file. */
  readonly options: string;
}

const PLAIN_OPTIONS = `HEADER=false, PARALLEL=true, DELIM='\\t', QUOTE='${NO_QUOTE}', ESCAPE='${NO_QUOTE}'`;
/** Lines go to the file in pieces of about this many characters, so that neither every line
 *  nor the whole text is held at once (a first import's history file is ~100 MB). */
const PIECE = 1 << 20;

/** A file written a piece at a time; created on its first line. */
class Output {
  private fd: number | null = null;
  private piece = '';
  lines = 0;
  constructor(private readonly path: () => string) {}
  file = '';

  add(line: string): void {
    this.piece += `${line}\n`;
    this.lines++;
    if (this.piece.length >= PIECE) this.flush();
  }

  flush(): void {
    if (this.piece === '') return;
    if (this.fd === null) {
      this.file = this.path();
      this.fd = fs.openSync(this.file, 'w');
    }
    fs.writeSync(this.fd, this.piece);
    this.piece = '';
  }

  close(): void {
    this.flush();
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }
}

/** Writes the rows as COPY files at paths `path` gives, the plain one first; on failure removes
 *  what it wrote. The caller removes the files once copied. */
export function writeCopyFiles(
  rows: readonly Row[],
  columns: readonly string[],
  path: () => string,
): CopyFile[] {
  const plain = new Output(path);
  const quoted = new Output(path);
  let breaks = false;
  try {
    // Each row's plain line is written as its cells are checked, without an array per row: a
    // first import writes 1.2 million rows here.
    const width = columns.length;
    for (const row of rows) {
      let line = '';
      let isPlain = true;
      for (let c = 0; c < width; c++) {
        const value = row[columns[c]!];
        if (c > 0) line += '\t';
        if (value === null || value === undefined) continue;
        if (typeof value === 'string') {
          if (needsQuotes(value)) {
            isPlain = false;
            break;
          }
          line += value;
        } else {
          if (value.some(needsQuotes)) {
            isPlain = false;
            break;
          }
          line += listText(value);
        }
      }
      if (isPlain) plain.add(line);
      else {
        const text = columns.map((c) => quotedCell(row[c] ?? null)).join(',');
        breaks ||= text.includes('\n') || text.includes('\r');
        quoted.add(text);
      }
    }
    plain.close();
    quoted.close();
  } catch (error) {
    plain.close();
    quoted.close();
    for (const output of [plain, quoted]) if (output.file) fs.rmSync(output.file, { force: true });
    throw error;
  }
  const files: CopyFile[] = [];
  if (plain.lines) files.push({ file: plain.file, options: PLAIN_OPTIONS });
  // LadybugDB's parallel CSV reader refuses quoted line breaks.
  if (quoted.lines) files.push({ file: quoted.file, options: `HEADER=false, PARALLEL=${!breaks}` });
  return files;
}

const listText = (value: readonly string[]) => `[${value.join(',')}]`;

/** One CSV field as LadybugDB reads it: empty is NULL, text is quoted, lists are `[a,b]`. */
function quotedCell(value: Row[string]): string {
  if (value === null) return '';
  const text = Array.isArray(value) ? listText(value) : value;
  return `"${text.replace(/"/g, '""')}"`;
}
