// Rows written as files for LadybugDB's `COPY … FROM`. Its CSV reader is many times slower on
// quoted fields than on plain ones (measured at 100k nodes: 600k history rows in 2.4 s
// tab-separated and unquoted, 22 s quoted), so rows go tab-separated with a quote character
// that never occurs in text, and only the rows that need quoting (a tab, a line break, an
// empty text, which unquoted would read as NULL) go to a second, quoted file.
import type { Row } from '../records.js';

/** U+0001 stands in as the quote and escape character of the plain file: text never holds it. */
const NO_QUOTE = '\u0001';
/** What makes a text need quoting: a field or line break, or the stand-in quote. Empty text
 *  needs it too (unquoted, it reads as NULL). */
const NEEDS_QUOTES = new RegExp(`[\t\n\r${NO_QUOTE}]`);
const needsQuotes = (text: string) => text === '' || NEEDS_QUOTES.test(text);

export interface CopyFile {
  readonly text: string;
  /** The COPY options that read this file. */
  readonly options: string;
}

export function copyFiles(rows: readonly Row[], columns: readonly string[]): CopyFile[] {
  const plain: string[] = [];
  const quoted: string[] = [];
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
    if (isPlain) plain.push(line);
    else quoted.push(columns.map((c) => quotedCell(row[c] ?? null)).join(','));
  }
  const files: CopyFile[] = [];
  if (plain.length) {
    files.push({
      text: `${plain.join('\n')}\n`,
      options: `HEADER=false, PARALLEL=true, DELIM='\\t', QUOTE='${NO_QUOTE}', ESCAPE='${NO_QUOTE}'`,
    });
  }
  if (quoted.length) {
    // LadybugDB's parallel CSV reader refuses quoted line breaks.
    const parallel = !quoted.some((line) => line.includes('\n') || line.includes('\r'));
    files.push({ text: `${quoted.join('\n')}\n`, options: `HEADER=false, PARALLEL=${parallel}` });
  }
  return files;
}

const listText = (value: readonly string[]) => `[${value.join(',')}]`;

/** One CSV field as LadybugDB reads it: empty is NULL, text is quoted, lists are `[a,b]`. */
function quotedCell(value: Row[string]): string {
  if (value === null) return '';
  const text = Array.isArray(value) ? listText(value) : value;
  return `"${text.replace(/"/g, '""')}"`;
}
