// Formula cells (OWASP's CSV injection rule). A spreadsheet runs a cell that starts with = + - @
// (or a tab or carriage return before one) as a formula, so `=cmd|' /C calc'!A0` in a name would
// run on the reader's machine. The export writes such a cell with a leading single quote, which
// spreadsheets show as text, and the import takes that quote off again, so the product's own CSV
// round-trips exactly:
//   - written: a cell starting with = + - @ tab or CR, or with a ', gets one more ' in front;
//   - read: a cell starting with ' followed by one of those (or another ') loses its first '.
// A hand-typed '=1 therefore reads as =1 (what a spreadsheet user means by it) and 'abc stays 'abc.
const NEEDS_QUOTE = /^[=+\-@\t\r']/;

/** The cell as the export writes it. */
export const neutraliseCell = (text: string): string => (NEEDS_QUOTE.test(text) ? `'${text}` : text);

/** The value an exported (or hand-written) cell stands for. */
export const restoreCell = (text: string): string =>
  text.startsWith("'") && NEEDS_QUOTE.test(text.slice(1)) ? text.slice(1) : text;
