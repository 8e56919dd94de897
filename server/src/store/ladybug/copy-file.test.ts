import { describe, expect, it } from 'vitest';
import { copyFiles } from './copy-file.js';

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

  it('reads a quoted file serially when a text holds a line break', () => {
    const [file] = copyFiles([{ id: 'a', note: 'two\nlines' }], ['id', 'note']);
    expect(file).toEqual({ text: '"a","two\nlines"\n', options: 'HEADER=false, PARALLEL=false' });
  });
});
