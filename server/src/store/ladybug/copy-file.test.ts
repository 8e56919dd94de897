import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Row } from '../records.js';
import { writeCopyFiles } from './copy-file.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copy-file-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
let made = 0;
/** The files written, as their text and COPY options. */
const copyFiles = (rows: Row[], columns: string[]) =>
  writeCopyFiles(rows, columns, () => path.join(folder, `${++made}.csv`)).map(({ file, options }) => ({
    text: fs.readFileSync(file, 'utf8'),
    options,
  }));

const PLAIN_OPTIONS = `HEADER=false, PARALLEL=true, DELIM='\\t', QUOTE='\u0001', ESCAPE='\u0001'`;

describe('COPY files', () => {
  it('writes plain rows tab-separated, absent values empty and lists bracketed', () => {
    const files = copyFiles(
      [
        { id: 'a', name: 'Email', tags: ['x', 'y'], note: null },
        { id: 'b', name: 'Payroll', tags: [] },
      ],
      ['id', 'name', 'tags', 'note'],
    );
    expect(files).toEqual([{ text: 'a\tEmail\t[x,y]\t\nb\tPayroll\t[]\t\n', options: PLAIN_OPTIONS }]);
  });

  it('quotes only the rows that need it: empty text, tabs, line breaks, the stand-in quote', () => {
    const files = copyFiles(
      [
        { id: 'a', note: 'plain' },
        { id: 'b', note: '' },
        { id: 'c', note: 'one\ttwo' },
        { id: 'd', note: 'say "hi"\u0001' },
        { id: 'e', note: null, tags: ['in\tlist'] },
      ],
      ['id', 'note', 'tags'],
    );
    expect(files).toEqual([
      { text: 'a\tplain\t\n', options: PLAIN_OPTIONS },
      {
        text: '"b","",\n"c","one\ttwo",\n"d","say ""hi""\u0001",\n"e",,"[in\tlist]"\n',
        options: 'HEADER=false, PARALLEL=true',
      },
    ]);
  });

  it('writes a large file in pieces, every line once and in order', () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ id: `n${i}`, note: 'x'.repeat(20) }));
    const [file] = copyFiles(rows, ['id', 'note']);
    const lines = file!.text.split('\n');
    expect(lines).toHaveLength(60_001);
    expect(lines[59_999]).toBe(`n59999\t${'x'.repeat(20)}`);
  });

  it('writes nothing for no rows', () => {
    expect(copyFiles([], ['id'])).toEqual([]);
  });

  it('reads a quoted file serially when a text holds a line break', () => {
    const [file] = copyFiles([{ id: 'a', note: 'two\nlines' }], ['id', 'note']);
    expect(file).toEqual({ text: '"a","two\nlines"\n', options: 'HEADER=false, PARALLEL=false' });
  });
});
